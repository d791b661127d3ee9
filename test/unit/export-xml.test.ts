// The .docx as XML (标准 profile): page, grid, fonts and sizes per element
// (as the style chain resolves them: the format lives in named styles),
// literal numbering, text that breaks files, footers, settings and document
// properties.
import { homedir, userInfo } from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '../../electron/export/docx-document';
import { block, type DraftMetadata, type ReportContent } from '../../shared/model';
import { bodyXmlParagraphs, footerXml, readDocxParts, xmlAttr as attr, type XmlParagraph } from '../support/docx-zip';
import { styleSheet, type StyleSheet } from '../support/docx-styles';
import { METADATA } from '../support/library-fixtures';

const metadata: DraftMetadata = METADATA;

const EXT_B = '\u{20000}\u{2A6A5}';
const EMOJI = '😀';
const CREATED = new Date('2025-12-01T08:30:00Z');
const MODIFIED = new Date('2026-03-01T02:00:00Z');

const content: ReportContent = [
  block('title', '某某县司法局关于2025年度法治政府建设情况的报告', { hint: '标题提示' }),
  block('addressee', '某某县人民政府', {}),
  block('paragraph', '\u3000\u3000开头段正文。', {}),
  block('paragraph', '', { hint: '这是一条只作提示的空段落' }),
  block('heading', '主要举措', { level: 1 }),
  block('heading', '加强组织领导', { level: 2 }),
  block('heading', '召开党组会议', { level: 3 }),
  block('heading', '研究法治议题', { level: 4 }),
  block('heading', '第二个小项', { level: 4 }),
  block('heading', '第二个三级', { level: 3 }),
  block('heading', '第二个二级', { level: 2 }),
  block('heading', '存在不足', { level: 1 }),
  block('heading', '', { level: 1, hint: '空标题不导出，也不占序号' }),
  block('heading', '下一步安排', { level: 1 }),
  block('heading', '第一项', { level: 2 }),
  block('paragraph', `控制\u0000字\u0001符\u0008与\u000C换\u001F页\uFFFE\uFFFF孤\uD800立\uDC00代理${EXT_B}${EMOJI}制表\t符\n换行\u000B竖\r回车`, {}),
  block('signature', '某某县司法局', {}),
  block('date', '2026年3月1日', {}),
];

let parts: Map<string, string>;
let doc: string;
let paras: XmlParagraph[];
let sheet: StyleSheet;
/** The fonts and size of a paragraph's first run, resolved through its style. */
const fontsOf = (xml: string) => {
  const { eastAsia, ascii, hAnsi, hint, size } = sheet.firstRun(xml);
  return { eastAsia, ascii, hAnsi, hint, size };
};
const para = (xml: string) => sheet.paragraph(xml);
const find = (start: string): XmlParagraph => {
  const p = paras.find((x) => x.text.startsWith(start));
  if (!p) throw new Error(`no paragraph starting ${start}`);
  return p;
};

beforeAll(async () => {
  parts = readDocxParts(
    await buildDocx({ title: '某某县司法局关于2025年度法治政府建设情况的报告', metadata, content, created: CREATED, modified: MODIFIED }),
  );
  doc = parts.get('word/document.xml')!;
  paras = bodyXmlParagraphs(parts);
  sheet = styleSheet(parts);
});

describe('page', () => {
  it('is A4 with the GB/T 9704 margins and a 22-line grid', () => {
    const sect = doc.slice(doc.indexOf('<w:sectPr'));
    expect(attr(sect, 'pgSz', 'w')).toBe('11906');
    expect(attr(sect, 'pgSz', 'h')).toBe('16838');
    expect(attr(sect, 'pgMar', 'top')).toBe('2098');
    expect(attr(sect, 'pgMar', 'bottom')).toBe('1984');
    expect(attr(sect, 'pgMar', 'left')).toBe('1587');
    expect(attr(sect, 'pgMar', 'right')).toBe('1474');
    expect(attr(sect, 'pgMar', 'footer')).toBe('1417');
    expect(attr(sect, 'docGrid', 'type')).toBe('lines');
    expect(attr(sect, 'docGrid', 'linePitch')).toBe('579');
  });

  it('sets every paragraph on the grid: exact 579, nothing before or after, no widow control', () => {
    expect(paras.length).toBeGreaterThan(10);
    for (const p of paras) {
      expect(para(p.xml).spacing).toEqual({ line: '579', lineRule: 'exact', before: '0', after: '0' });
      expect(para(p.xml).widowControl).toBe(false);
    }
  });

  it('condenses every 16 pt run by 0.25 pt', () => {
    const runs = paras.flatMap((p) => sheet.runs(p.xml)).filter((r) => r.size === '32');
    expect(runs.length).toBeGreaterThan(10);
    for (const r of runs) expect(r.spacing).toBe('-5');
  });

  it('gives every run with text the East Asian hint and Times New Roman for digits and Latin letters', () => {
    const runs = paras.flatMap((p) => sheet.runs(p.xml));
    expect(runs.length).toBeGreaterThan(15);
    for (const r of runs) expect(r).toMatchObject({ hint: 'eastAsia', ascii: 'Times New Roman', hAnsi: 'Times New Roman' });
  });
});

describe('elements', () => {
  it('title: 2号方正小标宋简体, centred, not condensed, followed by one empty line', () => {
    const title = paras[0]!;
    expect(title.text).toBe('某某县司法局关于2025年度法治政府建设情况的报告');
    expect(fontsOf(title.xml)).toEqual({ eastAsia: '方正小标宋简体', ascii: 'Times New Roman', hAnsi: 'Times New Roman', hint: 'eastAsia', size: '44' });
    expect(para(title.xml).jc).toBe('center');
    expect(sheet.runs(title.xml).map((r) => [r.spacing, r.bold])).toEqual([['0', false], ['0', false]]);
    // Off the grid, so its 22 pt lines keep the exact 579-twip pitch rather than taking two grid lines each.
    expect(para(title.xml)).toMatchObject({ snapToGrid: false, spacing: { line: '579', lineRule: 'exact' } });
    for (const p of paras.slice(1)) expect(para(p.xml).snapToGrid).toBe(true);
    expect(paras[1]!.text).toBe('');
    expect(paras[2]!.text).toBe('某某县人民政府：');
  });

  it('breaks the long title into lines at a joint of its structure (after the unit and 关于, or after the year)', () => {
    const lines = paras[0]!.xml.split('<w:br/>');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/(?:关于|年度)<\/w:t>/u);
  });

  it('addressee: 3号仿宋, flush left, no indent, ends with a full-width colon', () => {
    const p = find('某某县人民政府');
    expect(p.text).toBe('某某县人民政府：');
    expect(fontsOf(p.xml)).toMatchObject({ eastAsia: '仿宋_GB2312', size: '32' });
    expect(para(p.xml).jc).toBe('left');
    expect(para(p.xml).ind).toEqual({ left: 0, right: 0, firstLine: 0, hanging: 0 });
  });

  it('body: 3号仿宋_GB2312, Times New Roman for Latin, two-character first-line indent, justified', () => {
    const p = find('开头段');
    // Full-width spaces typed as an indent are dropped: the first-line indent is the indent.
    expect(p.text).toBe('开头段正文。');
    expect(fontsOf(p.xml)).toEqual({ eastAsia: '仿宋_GB2312', ascii: 'Times New Roman', hAnsi: 'Times New Roman', hint: 'eastAsia', size: '32' });
    // Two characters: a twip of left indent (LibreOffice paints hanging punctuation then) and 639 more.
    expect(para(p.xml).ind.left + para(p.xml).ind.firstLine).toBe(640);
    expect(para(p.xml).ind.left).toBeLessThanOrEqual(1);
    expect(para(p.xml).jc).toBe('both');
  });

  it('headings: literal numbers from the structure with each level’s punctuation, in the level font, one run', () => {
    const expected: [string, string][] = [
      ['一、主要举措', '黑体'],
      ['（一）加强组织领导', '楷体_GB2312'],
      ['1.召开党组会议', '仿宋_GB2312'],
      ['（1）研究法治议题', '仿宋_GB2312'],
      ['（2）第二个小项', '仿宋_GB2312'],
      ['2.第二个三级', '仿宋_GB2312'],
      ['（二）第二个二级', '楷体_GB2312'],
      ['二、存在不足', '黑体'],
      // The empty heading between is not exported and takes no number.
      ['三、下一步安排', '黑体'],
      // Level 2 restarts under a new level 1.
      ['（一）第一项', '楷体_GB2312'],
    ];
    for (const [text, font] of expected) {
      const p = find(text);
      expect(p.text).toBe(text);
      expect(fontsOf(p.xml)).toMatchObject({ eastAsia: font, ascii: 'Times New Roman', size: '32' });
      expect(para(p.xml).ind.left + para(p.xml).ind.firstLine).toBe(640);
      expect(p.xml.match(/<w:r>/gu)).toHaveLength(1);
    }
    // Numbers are text, never Word's automatic numbering.
    expect(doc).not.toContain('<w:numPr>');
  });

  it('signature and date: one empty line after the body, right-aligned, date two characters right of the signature', () => {
    const i = paras.findIndex((p) => p.text === '某某县司法局');
    expect(paras[i - 1]!.text).toBe('');
    const sig = paras[i]!;
    const date = paras[i + 1]!;
    expect(date.text).toBe('2026年3月1日');
    expect(para(sig.xml).jc).toBe('right');
    expect(para(date.xml).jc).toBe('right');
    expect(fontsOf(sig.xml)).toMatchObject({ eastAsia: '仿宋_GB2312', size: '32' });
    expect(fontsOf(date.xml)).toMatchObject({ eastAsia: '仿宋_GB2312', ascii: 'Times New Roman', size: '32' });
    expect(Math.min(para(sig.xml).ind.right, para(date.xml).ind.right)).toBe(640);
  });

  it('never exports hints, nor a paragraph that only carries one', () => {
    expect(doc).not.toContain('提示');
    expect(paras.filter((p) => p.text === '')).toHaveLength(2); // after the title, before the signature
  });
});

describe('text that breaks files', () => {
  it('strips characters XML 1.0 forbids, keeps CJK extension B and emoji, writes tabs and line breaks', () => {
    const p = find('控制');
    expect(p.text).toBe(`控制字符与换页孤立代理${EXT_B}${EMOJI}制表符换行竖回车`);
    for (const part of parts.values()) expect(part).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/u);
    expect(p.xml).toContain('<w:tab/>');
    expect(p.xml.match(/<w:br\/>/gu)).toHaveLength(3);
  });
});

describe('page numbers', () => {
  it('odd pages: — N — right-aligned one character in, 4号宋体 digits too, a PAGE field caching 1', () => {
    const xml = footerXml(parts, 'default');
    expect(attr(xml, 'jc', 'val')).toBe('right');
    expect(attr(xml, 'ind', 'right')).toBe('280');
    expect(sheet.runs(xml).map((r) => [r.text, r.eastAsia, r.ascii, r.hAnsi, r.size, r.spacing])).toEqual(
      ['— ', '1', ' —'].map((t) => [t, '宋体', '宋体', '宋体', '28', '0']),
    );
    expect(xml).toMatch(/<w:t[^>]*>— <\/w:t>[\s\S]*<w:fldSimple w:instr="PAGE">[\s\S]*<w:t[^>]*>1<\/w:t>[\s\S]*<\/w:fldSimple>[\s\S]*<w:t[^>]*> —<\/w:t>/u);
  });

  it('even pages: left-aligned one character in, the PAGE field caching 2', () => {
    const xml = footerXml(parts, 'even');
    expect(attr(xml, 'jc', 'val')).toBe('left');
    expect(attr(xml, 'ind', 'left')).toBe('280');
    expect(fontsOf(xml)).toMatchObject({ eastAsia: '宋体', size: '28' });
    expect(para(xml).spacing).toMatchObject({ line: '240', lineRule: 'auto' });
    expect(xml).toMatch(/<w:fldSimple w:instr="PAGE">[\s\S]*<w:t[^>]*>2<\/w:t>[\s\S]*<\/w:fldSimple>/u);
  });

  it('turns on different odd and even footers and never asks Word to update fields', () => {
    const settings = parts.get('word/settings.xml')!;
    expect(settings).toContain('<w:evenAndOddHeaders/>');
    expect(settings).not.toContain('updateFields');
  });
});

describe('document properties', () => {
  it('title is the draft title, author the unit, the dates those given', () => {
    const core = parts.get('docProps/core.xml')!;
    expect(core).toContain('<dc:title>某某县司法局关于2025年度法治政府建设情况的报告</dc:title>');
    expect(core).toContain('<dc:creator>某某县司法局</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>某某县司法局</cp:lastModifiedBy>');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2025-12-01T08:30:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-01T02:00:00Z</dcterms:modified>');
    expect(core).not.toContain('Un-named');
  });

  it('dates default to the time of export', async () => {
    const before = Date.now();
    const core = readDocxParts(await buildDocx({ title: '标题', metadata, content })).get('docProps/core.xml')!;
    for (const tag of ['created', 'modified']) {
      const value = new RegExp(`<dcterms:${tag}[^>]*>([^<]+)<`, 'u').exec(core)?.[1] ?? '';
      expect(Date.parse(value)).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
      expect(Date.parse(value)).toBeLessThanOrEqual(Date.now());
    }
  });

  it('writes a title and unit with control characters and markup characters as plain, legal text', async () => {
    const odd = { ...metadata, unit: '某某县\u0001司法局<&>' };
    const core = readDocxParts(await buildDocx({ title: '关于\u0000“A&B”<报告>\n说明', metadata: odd, content })).get('docProps/core.xml')!;
    expect(core).toContain('<dc:title>关于“A&amp;B”&lt;报告&gt; 说明</dc:title>');
    expect(core).toContain('<dc:creator>某某县司法局&lt;&amp;&gt;</dc:creator>');
    expect(core).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/u);
  });

  it('carries nothing of this machine: no login name, home folder or working folder in any part', () => {
    const user = userInfo().username;
    const home = homedir();
    expect(user.length).toBeGreaterThan(0);
    for (const [name, xml] of parts) {
      // A login name as short as “ci” can occur in ordinary XML; it is looked for as a word.
      if (user.length >= 3) expect(xml, name).not.toContain(user);
      else expect(xml, name).not.toMatch(new RegExp(`[>"\\s/\\\\]${user}[<"\\s/\\\\]`, 'u'));
      expect(xml, name).not.toContain(home);
      expect(xml, name).not.toContain(process.cwd());
    }
  });
});
