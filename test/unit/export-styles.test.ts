// The named styles of the .docx: 正文 (Normal) carries the body's format, so
// a paragraph with no formatting of its own is body text on the grid; the
// heading styles carry outline levels; every paragraph names its style and
// its runs carry only what differs; none of the docx library's defaults
// (a blue Heading 1, a 28 pt Title) is left.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '../../electron/export/docx-document';
import { FONT_PROFILES } from '../../shared/font-profiles';
import { block, FONT_PROFILE_IDS, type ReportContent } from '../../shared/model';
import { loadFixtureReport } from '../fixtures/export/reports';
import { styleSheet, type StyleSheet } from '../support/docx-styles';
import { bodyXmlParagraphs, readDocxParts, type XmlParagraph } from '../support/docx-zip';
import { METADATA } from '../support/library-fixtures';

const content: ReportContent = [
  block('title', '某某县司法局关于2025年度法治政府建设情况的报告', {}),
  block('addressee', '某某县人民政府', {}),
  block('paragraph', '开头段正文。', {}),
  block('heading', '主要举措', { level: 1 }),
  block('heading', '加强组织领导', { level: 2 }),
  block('heading', '召开党组会议', { level: 3 }),
  block('heading', '研究法治议题', { level: 4 }),
  block('heading', '强化组织保障。我局始终坚持。', { level: 2, runIn: true }),
  block('paragraph', '正文。', {}),
  block('attachment', '统计表', {}),
  block('signature', '某某县司法局', {}),
  block('date', '2026年3月1日', {}),
];

let parts: Map<string, string>;
let sheet: StyleSheet;
let paras: XmlParagraph[];
const find = (start: string) => paras.find((p) => p.text === start) ?? paras.find((p) => p.text.startsWith(start))!;

beforeAll(async () => {
  parts = readDocxParts(await buildDocx({ title: '标题', metadata: METADATA, content }));
  sheet = styleSheet(parts);
  paras = bodyXmlParagraphs(parts);
});

describe('正文 (Normal)', () => {
  it('is the default paragraph style: 3号仿宋, Times New Roman digits, exact 579-twip lines, −0.25 pt, two characters in, no widow control', () => {
    expect(sheet.defaultParagraphStyle).toBe('Normal');
    // A paragraph with no properties at all: what the supervisor types, or what 清除格式 leaves.
    const bare = '<w:r><w:t>新加的一段</w:t></w:r>';
    expect(sheet.run(bare)).toEqual({ eastAsia: '仿宋_GB2312', ascii: 'Times New Roman', hAnsi: 'Times New Roman', hint: 'eastAsia', size: '32', spacing: '-5', bold: false });
    const p = sheet.paragraph(bare);
    expect(p.style).toBe('Normal');
    expect(p.spacing).toEqual({ line: '579', lineRule: 'exact', before: '0', after: '0' });
    expect(p.ind.left + p.ind.firstLine).toBe(640);
    expect(p.ind.left).toBeLessThanOrEqual(1);
    expect(p).toMatchObject({ jc: 'both', widowControl: false, keepNext: false, snapToGrid: true });
    expect(p.outlineLevel).toBeUndefined();
  });

  it('follows the draft’s font profile', async () => {
    for (const id of FONT_PROFILE_IDS) {
      const own = styleSheet(readDocxParts(await buildDocx({ title: '标题', metadata: { ...METADATA, format: { fontProfile: id } }, content })));
      expect(own.run('<w:r><w:t>字</w:t></w:r>').eastAsia).toBe(FONT_PROFILES[id].faces.body);
    }
  });
});

describe('the styles', () => {
  it('are the report’s own: no Heading 5–6, TOC, Strong, Caption or Hyperlink left from docx, nothing blue, no 28 pt title', () => {
    const ids = [...sheet.styles.keys()];
    for (const id of ['Normal', 'Title', 'Addressee', 'Heading1', 'Heading2', 'Heading3', 'Heading4', 'Attachment', 'Signature', 'Date', 'Footer']) expect(ids).toContain(id);
    for (const gone of ['Heading5', 'Heading6', 'Strong', 'ListParagraph', 'Caption', 'Bibliography', 'TOC1', 'Hyperlink', 'LineNumber']) expect(ids).not.toContain(gone);
    const xml = parts.get('word/styles.xml')!;
    // Red only where GB/T 9704 puts it: the 版头's mark and separator.
    expect([...xml.matchAll(/<w:style [^>]*w:styleId="(\w+)"[^>]*>(?:(?!<\/w:style>)[\s\S])*? w:color="/gu)].map((m) => m[1])).toEqual(['RedRule']);
    expect([...xml.matchAll(/<w:style [^>]*w:styleId="(\w+)"[^>]*>(?:(?!<\/w:style>)[\s\S])*?<w:color /gu)].map((m) => m[1])).toEqual(['Mark']);
    expect(xml).not.toContain('w:val="56"');
    const names = [...xml.matchAll(/<w:style [^>]*w:type="paragraph"[^>]*>\s*<w:name w:val="([^"]+)"/gu)].map((m) => m[1]);
    expect(names).toEqual([
      'Normal', 'Title', '主送机关', 'heading 1', 'heading 2', 'heading 3', 'heading 4', '附件说明', '附件标识', '署名', '成文日期', 'footer',
      '发文机关标志', '发文字号', '版头分隔线', '版记', 'footnote text', 'endnote text',
    ]);
  });

  it('标题 1–4: 黑体, 楷体, 仿宋, 仿宋 at 3号, outline levels 0–3, kept with the next paragraph', () => {
    const faces = ['黑体', '楷体_GB2312', '仿宋_GB2312', '仿宋_GB2312'];
    faces.forEach((face, i) => {
      const bare = `<w:pPr><w:pStyle w:val="Heading${i + 1}"/></w:pPr><w:r><w:t>标题</w:t></w:r>`;
      expect(sheet.paragraph(bare)).toMatchObject({ outlineLevel: i, keepNext: true, keepLines: true, spacing: { line: '579', lineRule: 'exact' } });
      expect(sheet.run(bare)).toMatchObject({ eastAsia: face, size: '32', spacing: '-5', bold: false });
    });
  });

  it('标题 (Title): 2号小标宋, centred, off the grid so its lines keep the 579-twip pitch, not condensed', () => {
    const bare = '<w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>标题</w:t></w:r>';
    expect(sheet.paragraph(bare)).toMatchObject({ jc: 'center', snapToGrid: false, ind: { left: 0, firstLine: 0 }, spacing: { line: '579', lineRule: 'exact' } });
    expect(sheet.run(bare)).toMatchObject({ eastAsia: '方正小标宋简体', size: '44', spacing: '0' });
  });
});

describe('paragraphs', () => {
  it('every paragraph names its style; headings, title, addressee and closing theirs', () => {
    for (const p of paras) expect(p.xml).toMatch(/^<w:pPr><w:pStyle w:val="[A-Za-z0-9]+"\/>/u);
    const styleOf = (start: string) => sheet.styleOf(find(start).xml);
    expect(styleOf('某某县司法局关于')).toBe('Title');
    expect(styleOf('某某县人民政府')).toBe('Addressee');
    expect(styleOf('一、主要举措')).toBe('Heading1');
    expect(styleOf('（一）加强组织领导')).toBe('Heading2');
    expect(styleOf('1.召开党组会议')).toBe('Heading3');
    expect(styleOf('（1）研究法治议题')).toBe('Heading4');
    expect(styleOf('开头段')).toBe('Normal');
    expect(styleOf('附件')).toBe('Attachment');
    expect(styleOf('某某县司法局')).toBe('Signature');
    expect(styleOf('2026年')).toBe('Date');
  });

  it('runs carry only what differs from their style: nothing on plain text; the run-in heading’s lead in the heading face', () => {
    for (const start of ['某某县司法局关于', '某某县人民政府', '一、', '（一）加强', '1.', '（1）', '开头段', '正文。', '附件', '某某县司法局', '2026年']) {
      expect(find(start).xml, start).not.toContain('<w:rPr>');
    }
    // A run-in heading is a 正文 paragraph with its outline level: its lead sentence carries the level's face.
    const runIn = find('（二）强化组织保障');
    expect(sheet.styleOf(runIn.xml)).toBe('Normal');
    expect(sheet.paragraph(runIn.xml).outlineLevel).toBe(1);
    const runs = [...runIn.xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/gu)].map((m) => m[1]!);
    expect(runs[0]).toMatch(/^<w:rPr><w:rFonts [^>]*w:eastAsia="楷体_GB2312"[^>]*\/><\/w:rPr>/u);
    expect(runs[1]).not.toContain('<w:rPr>');
  });

  it('the fixture reports: outline levels 0 and 1 on every 一、 and （一） heading, and on nothing else but headings', async () => {
    for (const name of ['county-bureau-annual-2023', 'township-annual-2023'] as const) {
      const own = readDocxParts(await buildDocx(loadFixtureReport(name)));
      const s = styleSheet(own);
      for (const p of bodyXmlParagraphs(own)) {
        const level = s.paragraph(p.xml).outlineLevel;
        if (/^[一二三四五六七八九十]+、/u.test(p.text)) expect(level, p.text).toBe(0);
        else if (/^（[一二三四五六七八九十]+）/u.test(p.text)) expect(level, p.text).toBe(1);
        else if (level !== undefined) expect(p.text, `level ${level}`).toMatch(/^(\d+\.|（\d+）)/u);
      }
    }
  });
});
