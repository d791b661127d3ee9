// Blocks whose export has rules of its own: run-in headings, 一是 leads,
// the 附件说明, the signature and date with and without a seal, and literal
// heading numbers of the fixture reports.
import { describe, expect, it } from 'vitest';
import { attachmentLines } from '../../shared/layout/attachments';
import { bodyWidth, closingIndents } from '../../shared/layout/closing';
import { buildDocx } from '../../electron/export/docx-document';
import { block, type DraftFormat, type DraftMetadata, type ReportContent } from '../../shared/model';
import { loadFixtureReport } from '../fixtures/export/reports';
import { bodyXmlParagraphs, readDocxParts, xmlAttr, xmlRuns, type XmlParagraph } from '../support/docx-zip';
import { styleSheet, type StyleSheet } from '../support/docx-styles';

const metadata = (format?: DraftFormat): DraftMetadata => ({
  unit: '某某县司法局',
  unitShort: '我局',
  year: 2025,
  addressee: '',
  signature: '某某县司法局',
  date: '2026-03-01',
  ...(format ? { format } : {}),
});

/** The styles of the last export `paragraphs` read: runs and indents are resolved through them. */
let sheet: StyleSheet;

async function paragraphs(content: ReportContent, format?: DraftFormat): Promise<XmlParagraph[]> {
  const parts = readDocxParts(await buildDocx({ title: '标题', metadata: metadata(format), content }));
  sheet = styleSheet(parts);
  return bodyXmlParagraphs(parts);
}

const runs = (xml: string) => sheet.runs(xml);
const ind = (xml: string, name: 'left' | 'right' | 'hanging' | 'firstLine') => sheet.paragraph(xml).ind[name];

describe('run-in headings', () => {
  const content: ReportContent = [
    block('heading', '总体情况', { level: 1 }),
    {
      type: 'heading',
      level: 2,
      runIn: true,
      children: [{ text: '主要做法。' }, { text: '一是', lead: true }, { text: '加强统筹协调。' }, { text: '二是', lead: true }, { text: '优化工作机制。' }],
    },
    block('heading', '压实工作责任！其余是正文。', { level: 3, runIn: true }),
    block('heading', '只有一句的标题', { level: 2, runIn: true }),
  ];

  it('one paragraph: number and lead sentence in the level face, the rest in 仿宋, leads plain by default', async () => {
    const paras = await paragraphs(content);
    const p = paras.find((x) => x.text.startsWith('（一）'))!;
    expect(p.text).toBe('（一）主要做法。一是加强统筹协调。二是优化工作机制。');
    expect(runs(p.xml).map((r) => [r.text, r.eastAsia, r.size, r.bold])).toEqual([
      ['（一）主要做法。', '楷体_GB2312', '32', false],
      ['一是加强统筹协调。二是优化工作机制。', '仿宋_GB2312', '32', false],
    ]);
    expect(ind(p.xml, 'left') + ind(p.xml, 'firstLine')).toBe(640);
    const level3 = runs(paras.find((x) => x.text.startsWith('1.'))!.xml).map((r) => [r.text, r.eastAsia]);
    // Level 3 is set in 仿宋 like the body: lead sentence and body share one run.
    expect(level3).toEqual([['1.压实工作责任！其余是正文。', '仿宋_GB2312']]);
    const alone = runs(paras.find((x) => x.text.startsWith('（二）'))!.xml);
    expect(alone.map((r) => [r.text, r.eastAsia])).toEqual([['（二）只有一句的标题', '楷体_GB2312']]);
  });

  it('bold leads inside the body part when asked', async () => {
    const paras = await paragraphs(content, { boldLeads: true });
    expect(runs(paras.find((x) => x.text.startsWith('（一）'))!.xml).map((r) => [r.text, r.eastAsia, r.bold])).toEqual([
      ['（一）主要做法。', '楷体_GB2312', false],
      ['一是', '仿宋_GB2312', true],
      ['加强统筹协调。', '仿宋_GB2312', false],
      ['二是', '仿宋_GB2312', true],
      ['优化工作机制。', '仿宋_GB2312', false],
    ]);
  });
});

describe('一是 leads', () => {
  const content: ReportContent = [
    { type: 'paragraph', children: [{ text: '一是', lead: true }, { text: '加强学习。' }, { text: '二是', lead: true }, { text: '严格执法。' }] },
  ];

  it('plain unless the draft asks for bold leads; the text is the same either way', async () => {
    const plain = (await paragraphs(content))[0]!;
    expect(xmlRuns(plain.xml)).toHaveLength(1);
    expect(plain.xml).not.toContain('<w:b/>');
    const boldened = (await paragraphs(content, { boldLeads: true }))[0]!;
    expect(boldened.text).toBe(plain.text);
    expect(runs(boldened.xml).map((r) => [r.text, r.bold])).toEqual([
      ['一是', true],
      ['加强学习。', false],
      ['二是', true],
      ['严格执法。', false],
    ]);
    for (const r of runs(boldened.xml)) expect(r).toMatchObject({ eastAsia: '仿宋_GB2312', size: '32' });
  });
});

describe('附件说明', () => {
  const body = block('paragraph', '正文最后一段。', {});
  const closing = [block('signature', '某某县司法局', {}), block('date', '2026年3月1日', {})];

  it('one attachment: 附件：名称, a blank line before and after, two characters in, continuation under the name', async () => {
    const paras = await paragraphs([body, block('attachment', '2025年度行政执法统计表。', {}), ...closing]);
    const i = paras.findIndex((p) => p.text.startsWith('附件'));
    expect(paras[i - 1]!.text).toBe('');
    expect(paras[i + 1]!.text).toBe('');
    const p = paras[i]!;
    expect(p.text).toBe('附件：2025年度行政执法统计表');
    // First line at two characters (left − hanging = 640); continuation lines three characters further, under the name.
    expect(ind(p.xml, 'left') - ind(p.xml, 'hanging')).toBe(640);
    expect(ind(p.xml, 'left')).toBe(640 + Math.round(bodyWidth('附件：')));
    expect(p.xml).not.toContain('<w:tab/>');
  });

  it('several: 附件：1.名称, then 2.名称 under 1.; every name starts at the tab stop its continuation lines start at', async () => {
    const names = ['统计表', '某某县司法局关于2025年度行政执法案卷评查情况和2026年度行政执法工作安排的说明材料', '名单；'];
    const paras = await paragraphs([body, ...names.map((n) => block('attachment', n, {})), ...closing]);
    const items = paras.filter((p) => /^(附件：)?\d+\./u.test(p.text));
    expect(items.map((p) => p.text)).toEqual(['附件：1.统计表', `2.${names[1]}`, '3.名单']);
    const left = ind(items[0]!.xml, 'left');
    const labelEnd = 640 + Math.round(bodyWidth('附件：'));
    for (const [k, p] of items.entries()) {
      expect(ind(p.xml, 'left')).toBe(left);
      expect(Number(xmlAttr(p.xml, 'tab', 'pos'))).toBe(left);
      expect(xmlAttr(p.xml, 'tab', 'val')).toBe('left');
      expect(p.xml).toContain('<w:tab/>');
      // 附件：1. starts two characters in; 2. and 3. start where 1. does, after 附件：.
      expect(left - ind(p.xml, 'hanging')).toBe(k === 0 ? 640 : labelEnd);
    }
    // The tab stop leaves room for the number and no more than a character besides.
    expect(left - labelEnd).toBeGreaterThan(bodyWidth('3.') - 80);
    expect(left - labelEnd).toBeLessThan(bodyWidth('3.') + 320);
  });

  it('room for two-digit numbers from the tenth attachment on', () => {
    const ten = attachmentLines(Array.from({ length: 10 }, (_, i) => `附件${i + 1}`));
    const two = attachmentLines(['甲', '乙']);
    expect(ten[9]!.prefix).toBe('10.');
    expect(ten[0]!.left - two[0]!.left).toBeCloseTo(155, -1);
  });
});

describe('signature and date', () => {
  const sig = '某某自治州某某县人民政府办公室';
  const date = '2026年3月1日';
  const content: ReportContent = [block('paragraph', '正文。', {}), block('signature', sig, {}), block('date', date, {})];
  const width = (t: string) => bodyWidth(t);

  it('unsealed: signature two characters from the right, the date’s first character two characters right of the signature’s', async () => {
    const paras = await paragraphs(content);
    const s = paras.find((p) => p.text === sig)!;
    const d = paras.find((p) => p.text === date)!;
    expect(paras[paras.indexOf(s) - 1]!.text).toBe('');
    const sigRight = ind(s.xml, 'right');
    const dateRight = ind(d.xml, 'right');
    expect(sigRight).toBe(640);
    expect(sigRight + width(sig) - (dateRight + width(date))).toBeCloseTo(640, 0);
    expect(closingIndents(sig, date)).toEqual({ signatureRight: sigRight, dateRight });
  });

  it('sealed: date four characters from the right, signature centred over the date', async () => {
    const paras = await paragraphs(content, { sealed: true });
    const s = paras.find((p) => p.text === sig)!;
    const d = paras.find((p) => p.text === date)!;
    expect(sheet.paragraph(s.xml).jc).toBe('right');
    const dateRight = ind(d.xml, 'right');
    const sigRight = ind(s.xml, 'right');
    expect(dateRight).toBe(1280);
    // Centres, measured from the right edge of the text block, coincide.
    expect(sigRight + width(sig) / 2).toBeCloseTo(dateRight + width(date) / 2, -1);
    const short = closingIndents('某某局', date, true);
    expect(short.dateRight).toBe(1280);
    expect(short.signatureRight + width('某某局') / 2).toBeCloseTo(1280 + width(date) / 2, -1);
  });
});

describe('literal numbers of the fixture reports', () => {
  it('county bureau: the mis-typed （5） is written （五）, numbers run without gaps under each parent', async () => {
    const paras = bodyXmlParagraphs(readDocxParts(await buildDocx(loadFixtureReport('county-bureau-annual-2023'))));
    const headings = paras.map((p) => p.text).filter((t) => /^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/u.test(t));
    expect(headings).toEqual([
      '一、2023年度法治政府建设主要举措和成效',
      '（一）加强组织领导，强化基础保障',
      '（二）坚持法治宣传，营造浓郁氛围',
      '（三）履行部门职能，推行依法行政',
      '（四）坚持科学维稳，依法化解矛盾',
      '（五）强化应急演练，坚持未雨绸缪',
      '二、2023年推进法治政府建设存在的问题',
      '三、2024年度推进法治政府建设的主要安排',
    ]);
  });

  it('township: run-in headings numbered within their section', async () => {
    const paras = bodyXmlParagraphs(readDocxParts(await buildDocx(loadFixtureReport('township-annual-2023'))));
    expect(paras.filter((p) => p.text.startsWith('（一）主要做法。') || p.text.startsWith('（二）存在问题。'))).toHaveLength(2);
    expect(paras.filter((p) => /^[一二三]、/u.test(p.text)).map((p) => p.text)).toEqual(['一、2023年法治政府建设情况', '二、主要做法和存在问题', '三、2024年重点工作']);
  });
});
