// Reading .docx files: the fixture reports (typed numbers, and Word's automatic
// numbering), a WPS-made file, and the parts of WordprocessingML that carry
// text or must be left out.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxContent, importBytes } from '../../electron/import/import-file';
import { formatNumber } from '../../electron/import/docx-numbering';
import { blockText, type ReportContent } from '../../shared/model';
import { formatOutline, readerOutline } from '../../shared/recognize';
import { importSummary } from '../../shared/recognize/summary';
import { textBlocks } from '../../shared/tables';
import { contentChars, sourceBodyChars } from '../fixtures/import/body-chars';
import { buildZip, docxWithBody, para, partsOfFolder } from '../fixtures/import/build-zip';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');
const read = (name: string) => readFileSync(path.join(FIXTURES, name));
const today = new Date(2024, 2, 1);

describe.each([
  ['county-bureau-annual-2023.docx', 'county-bureau-annual-2023'],
  ['township-annual-2023.docx', 'township-annual-2023'],
  ['township-annual-2023.word-numbering.docx', 'township-annual-2023'],
])('%s', (file, name) => {
  const draft = importBytes(file, read(file), today);

  it('has exactly the outline of its .outline.json', () => {
    expect(formatOutline(readerOutline(draft.content))).toBe(read(`${name}.outline.json`).toString('utf8').trim());
  });

  it('keeps every character of the body text of the report, in order', () => {
    expect(contentChars(draft.content)).toBe(sourceBodyChars(read(`${name}.txt`).toString('utf8')));
  });

  it('guesses the metadata from the text', () => {
    expect(draft.metadata.year).toBe(2023);
    expect(draft.template).toBe('imported');
  });
});

describe('Word automatic numbering', () => {
  it('renders the numbers numbering.xml gives the headings, so they are recognised', () => {
    const content = importBytes('x.docx', read('township-annual-2023.word-numbering.docx'), today).content;
    const headings = content.filter((b) => b.type === 'heading');
    expect(headings.map((h) => h.level)).toEqual([1, 2, 2, 2, 2, 2, 1, 2, 2, 1, 2, 2]);
    expect(headings.some((h) => h.typedNumber)).toBe(false);
  });

  it('writes each number format as Word shows it', () => {
    expect(['decimal', 'chineseCounting', 'chineseCountingThousand', 'ideographTraditional', 'decimalEnclosedCircle', 'decimalFullWidth', 'lowerLetter', 'upperRoman', 'chineseLegalSimplified', 'none'].map((f) => formatNumber(12, f))).toEqual(
      ['12', '十二', '十二', '乙', '⑫', '１２', 'l', 'XII', '壹贰', ''],
    );
  });

  it('counts per list, restarts deeper levels, and follows numbering a paragraph style carries', () => {
    const numbering = `<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
      <w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
      <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="●"/></w:lvl></w:abstractNum>
      <w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num></w:numbering>`;
    const styles = `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
      <w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style></w:styles>`;
    const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="r2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="/word/styles.xml"/></Relationships>`;
    const num = (ilvl: number) => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="3"/></w:numPr>`;
    const body = [
      para('总体情况', '<w:pStyle w:val="H1"/>'),
      para('健全制度', num(1)),
      para('要点', num(2)),
      para('强化考核', num(1)),
      para('存在问题', '<w:pStyle w:val="H1"/>'),
      para('执法力量不足', num(1)),
    ].join('');
    const content = docxContent(
      docxWithBody(body, [
        { name: 'word/numbering.xml', data: Buffer.from(numbering) },
        { name: 'word/styles.xml', data: Buffer.from(styles) },
        { name: 'word/_rels/document.xml.rels', data: Buffer.from(rels) },
      ]),
      'x.docx',
    );
    expect(content.map((b) => (b.type === 'heading' ? `h${b.level} ${blockText(b)}` : blockText(b)))).toEqual([
      'h1 总体情况',
      'h3 健全制度',
      '要点',
      'h3 强化考核',
      'h1 存在问题',
      'h3 执法力量不足',
    ]);
  });
});

describe('a WPS-made .docx', () => {
  // Hand-written in the form WPS Writer saves: numbered heading styles, a title
  // in one paragraph with a line break, runs of single characters, a text box,
  // a table, a tracked deletion, a field, hidden text, full-width indentation,
  // zip entries with data descriptors.
  const draft = importBytes('wps.docx', buildZip(partsOfFolder(path.join(FIXTURES, 'wps-made'))), today);
  const text = (c: ReportContent) => c.map(blockText);

  it('has the outline a careful reader sees', () => {
    expect(formatOutline(readerOutline(draft.content))).toBe(read('wps-made.outline.json').toString('utf8').trim());
  });

  it('keeps visible text only: no deleted text, field codes or hidden runs; text boxes and tables kept', () => {
    const all = text(draft.content).join('\n');
    expect(all).not.toMatch(/删除的文字|HYPERLINK|草稿/u);
    expect(all).toContain('2024年，我镇在县委、县政府的坚强领导下，全面推进法治政府建设。现将有关情况报告如下。');
    expect(all).toContain('在县政府网站公开职责清单。');
    expect(textBlocks(draft.content).map(blockText)).toEqual(expect.arrayContaining(['图1 重大行政决策流程', '项目', '数量', '行政复议案件', '3件']));
  });

  it('keeps the table cell for cell, and marks the text box where it stood, with its text', () => {
    const table = draft.content.find((b) => b.type === 'table')!;
    expect(blockText(table)).toBe('项目\t数量\n行政复议案件\t3件');
    expect(table).toMatchObject({ columns: [4000, 4000] });
    const box = draft.content.find((b) => b.type === 'omitted')!;
    expect(box).toMatchObject({ kind: 'textbox', children: [{ text: '图1 重大行政决策流程' }] });
    const i = draft.content.indexOf(box);
    expect(blockText(draft.content[i - 1]!)).toBe('重大行政决策事项全部经过合法性审查。');
    expect(draft.content[i + 1]).toBe(table);
    expect(draft.notes).toEqual({ omitted: { textbox: 1 }, revisions: 2 });
    expect(importSummary(draft.content, draft.notes)).toMatch(/表格 1 个；1 个文本框未能导入，已在文中标出；2 处修订已按“接受修订”导入$/u);
  });

  it('recognises the attachments, signature and date, and guesses the metadata', () => {
    expect(draft.content.slice(-4).map((b) => `${b.type}: ${blockText(b)}`)).toEqual([
      'attachment: 2024年度行政执法统计表',
      'attachment: 法治宣传活动照片',
      'signature: 某某镇人民政府',
      'date: 2025年1月20日',
    ]);
    expect(draft.metadata).toEqual({ unit: '某某镇人民政府', unitShort: '', year: 2024, yearGuessed: 'text', addressee: '某某县人民政府', signature: '某某镇人民政府', date: '2025-01-20' });
  });
});

describe('WordprocessingML details', () => {
  const content = (body: string) => docxContent(docxWithBody(body), 'x.docx');

  it('joins a paragraph broken by line breaks, and splits where a numbered line starts', () => {
    const body = '<w:p><w:r><w:t>我局坚持依法行政，</w:t><w:br/><w:t>取得良好成效。</w:t><w:br/><w:t>（一）组织领导</w:t></w:r></w:p>';
    expect(content(body).map((b) => `${b.type}: ${blockText(b)}`)).toEqual(['paragraph: 我局坚持依法行政，取得良好成效。', 'heading: 组织领导']);
  });

  it('reads entities, tabs (as spaces, dropped between Chinese text) and the strict OOXML namespace by local names', () => {
    const strict = `<x:p xmlns:x="http://purl.oclc.org/ooxml/wordprocessingml/main"><x:r><x:t>甲&amp;乙&#x4E19;</x:t><x:tab/><x:t>丁</x:t></x:r></x:p>`;
    expect(content(strict).map(blockText)).toEqual(['甲&乙丙丁']);
  });
});
