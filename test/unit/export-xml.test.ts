// The .docx as XML: page, grid, fonts and sizes per element, numbering,
// footers, settings and document properties.
import { homedir, userInfo } from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '../../electron/export/docx-document';
import { block, type DraftMetadata, type ReportContent } from '../../shared/model';
import { readDocxParts } from '../support/docx-zip';

const metadata: DraftMetadata = {
  unit: '某某县司法局',
  unitShort: '我局',
  year: 2025,
  addressee: '某某县人民政府',
  signature: '某某县司法局',
  date: '2026-03-01',
};

const EXT_B = '\u{20000}\u{2A6D6}';
const EMOJI = '😀';

const content: ReportContent = [
  block('title', '某某县司法局关于2025年度法治政府建设情况的报告', { hint: '标题提示' }),
  block('addressee', '某某县人民政府：', {}),
  block('paragraph', '开头段正文。', {}),
  block('paragraph', '', { hint: '这是一条只作提示的空段落' }),
  block('heading', '主要举措', { level: 1 }),
  block('heading', '加强组织领导', { level: 2 }),
  block('heading', '召开党组会议', { level: 3 }),
  block('heading', '研究法治议题', { level: 4 }),
  block('heading', '第二个小项', { level: 4 }),
  block('heading', '第二个三级', { level: 3 }),
  block('heading', '第二个二级', { level: 2 }),
  block('heading', '存在不足', { level: 1 }),
  block('paragraph', `控制\u0000字\u0001符\u0008与\u000C换\u001F页\uFFFE\uFFFF孤\uD800立\uDC00代理${EXT_B}${EMOJI}制表\t符\n换行\u000B竖`, {}),
  block('signature', '某某县司法局', {}),
  block('date', '2026年3月1日', {}),
];

interface Para {
  xml: string;
  text: string;
}

function paragraphs(xml: string): Para[] {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*?>([\s\S]*?)<\/w:p>/gu)].map((m) => {
    const inner = m[1] ?? m[2] ?? '';
    const text = [...inner.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((t) => t[1]).join('');
    return { xml: inner, text };
  });
}

const attr = (xml: string, element: string, name: string): string | undefined =>
  new RegExp(`<w:${element}\\b[^>]*\\bw:${name}="([^"]*)"`, 'u').exec(xml)?.[1];

const fontsOf = (xml: string) => ({
  eastAsia: attr(xml, 'rFonts', 'eastAsia'),
  ascii: attr(xml, 'rFonts', 'ascii'),
  hAnsi: attr(xml, 'rFonts', 'hAnsi'),
  hint: attr(xml, 'rFonts', 'hint'),
  size: attr(xml, 'sz', 'val'),
});

let parts: Map<string, string>;
let doc: string;
let paras: Para[];
const find = (start: string): Para => {
  const p = paras.find((x) => x.text.startsWith(start));
  if (!p) throw new Error(`no paragraph starting ${start}`);
  return p;
};

beforeAll(async () => {
  parts = readDocxParts(await buildDocx({ title: '某某县司法局关于2025年度法治政府建设情况的报告', metadata, content }));
  doc = parts.get('word/document.xml')!;
  paras = paragraphs(doc.slice(0, doc.indexOf('<w:sectPr')));
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
      const spacing = /<w:pPr>[\s\S]*?<w:spacing ([^>]*)\/>/u.exec(p.xml)?.[1] ?? '';
      expect(spacing).toContain('w:line="579"');
      expect(spacing).toContain('w:lineRule="exact"');
      expect(spacing).toContain('w:before="0"');
      expect(spacing).toContain('w:after="0"');
      expect(p.xml).toContain('<w:widowControl w:val="false"/>');
    }
  });

  it('condenses every 16 pt run by 0.25 pt', () => {
    const runs = [...doc.matchAll(/<w:rPr>([\s\S]*?)<\/w:rPr>/gu)].map((m) => m[1]!).filter((r) => r.includes('<w:sz w:val="32"/>'));
    expect(runs.length).toBeGreaterThan(10);
    for (const r of runs) expect(r).toContain('<w:spacing w:val="-5"/>');
  });
});

describe('elements', () => {
  it('title: 2号方正小标宋简体, centred, followed by one empty line', () => {
    const i = paras.findIndex((p) => p.text.startsWith('某某县司法局关于'));
    expect(i).toBe(0);
    const title = paras[0]!;
    expect(fontsOf(title.xml)).toEqual({ eastAsia: '方正小标宋简体', ascii: 'Times New Roman', hAnsi: 'Times New Roman', hint: 'eastAsia', size: '44' });
    expect(attr(title.xml, 'jc', 'val')).toBe('center');
    expect(title.xml).not.toContain('<w:spacing w:val="-5"/>');
    expect(paras[1]!.text).toBe('');
    expect(paras[2]!.text).toBe('某某县人民政府：');
  });

  it('breaks a long title into balanced lines at a phrase boundary', () => {
    expect(paras[0]!.xml).toContain('<w:br/>');
    expect(paras[0]!.text).toBe('某某县司法局关于2025年度法治政府建设情况的报告');
    expect(paras[0]!.xml.indexOf('<w:br/>')).toBeGreaterThan(paras[0]!.xml.indexOf('年度'));
  });

  it('addressee: 仿宋 16 pt, flush left, no indent', () => {
    const p = find('某某县人民政府');
    expect(fontsOf(p.xml)).toMatchObject({ eastAsia: '仿宋_GB2312', size: '32' });
    expect(attr(p.xml, 'jc', 'val')).toBe('left');
    expect(p.xml).not.toContain('<w:ind');
  });

  it('body: 3号仿宋_GB2312, Times New Roman for Latin, two-character first-line indent, justified', () => {
    const p = find('开头段');
    expect(fontsOf(p.xml)).toEqual({ eastAsia: '仿宋_GB2312', ascii: 'Times New Roman', hAnsi: 'Times New Roman', hint: 'eastAsia', size: '32' });
    expect(attr(p.xml, 'ind', 'firstLine')).toBe('640');
    expect(attr(p.xml, 'jc', 'val')).toBe('both');
  });

  it('headings: literal numbers from the structure, in the level font, one run with the text', () => {
    const expected: [string, string][] = [
      ['一、主要举措', '黑体'],
      ['（一）加强组织领导', '楷体_GB2312'],
      ['1.召开党组会议', '仿宋_GB2312'],
      ['（1）研究法治议题', '仿宋_GB2312'],
      ['（2）第二个小项', '仿宋_GB2312'],
      ['2.第二个三级', '仿宋_GB2312'],
      ['（二）第二个二级', '楷体_GB2312'],
      ['二、存在不足', '黑体'],
    ];
    for (const [text, font] of expected) {
      const p = find(text);
      expect(p.text).toBe(text);
      expect(fontsOf(p.xml)).toMatchObject({ eastAsia: font, ascii: 'Times New Roman', size: '32' });
      expect(attr(p.xml, 'ind', 'firstLine')).toBe('640');
      expect(p.xml.match(/<w:r>/gu)).toHaveLength(1);
    }
    expect(doc).not.toContain('<w:numPr>');
  });

  it('signature and date: one empty line after the body, right-aligned, date two characters right of the signature', () => {
    const i = paras.findIndex((p) => p.text === '某某县司法局');
    expect(paras[i - 1]!.text).toBe('');
    const sig = paras[i]!;
    const date = paras[i + 1]!;
    expect(date.text).toBe('2026年3月1日');
    expect(attr(sig.xml, 'jc', 'val')).toBe('right');
    expect(attr(date.xml, 'jc', 'val')).toBe('right');
    expect(fontsOf(sig.xml)).toMatchObject({ eastAsia: '仿宋_GB2312', size: '32' });
    const sigRight = Number(attr(sig.xml, 'ind', 'right'));
    const dateRight = Number(attr(date.xml, 'ind', 'right'));
    expect(Math.min(sigRight, dateRight)).toBe(640);
  });

  it('never exports hints, nor a paragraph that only carries one', () => {
    expect(doc).not.toContain('提示');
    expect(paras.filter((p) => p.text === '')).toHaveLength(2); // after the title, before the signature
  });
});

describe('text', () => {
  it('strips characters XML 1.0 forbids, keeps CJK extension B and emoji, writes tabs and line breaks', () => {
    const p = find('控制');
    expect(p.text).toBe(`控制字符与换页孤立代理${EXT_B}${EMOJI}制表符换行竖`);
    expect(doc).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/u);
    expect(p.xml).toContain('<w:tab/>');
    expect(p.xml.match(/<w:br\/>/gu)).toHaveLength(2);
  });
});

describe('page numbers', () => {
  function footer(type: 'default' | 'even'): string {
    const id = new RegExp(`<w:footerReference w:type="${type}" r:id="([^"]+)"`, 'u').exec(doc)?.[1];
    const rels = parts.get('word/_rels/document.xml.rels')!;
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`, 'u').exec(rels);
    const xml = parts.get(`word/${target?.[1] ?? target?.[2]}`);
    if (!xml) throw new Error(`no ${type} footer`);
    return xml;
  }

  it('odd pages: — N — right-aligned one character in, 4号宋体', () => {
    const xml = footer('default');
    expect(attr(xml, 'jc', 'val')).toBe('right');
    expect(attr(xml, 'ind', 'right')).toBe('280');
    expect(fontsOf(xml)).toMatchObject({ eastAsia: '宋体', ascii: 'Times New Roman', size: '28' });
    expect(xml).toMatch(/<w:t[^>]*>— <\/w:t>[\s\S]*PAGE[\s\S]*<w:t[^>]*>1<\/w:t>[\s\S]*<w:t[^>]*> —<\/w:t>/u);
  });

  it('even pages: left-aligned one character in', () => {
    const xml = footer('even');
    expect(attr(xml, 'jc', 'val')).toBe('left');
    expect(attr(xml, 'ind', 'left')).toBe('280');
    expect(fontsOf(xml)).toMatchObject({ eastAsia: '宋体', size: '28' });
  });

  it('turns on different odd and even footers and never asks Word to update fields', () => {
    const settings = parts.get('word/settings.xml')!;
    expect(settings).toContain('<w:evenAndOddHeaders/>');
    expect(settings).not.toContain('updateFields');
  });
});

describe('document properties', () => {
  it('title is the draft title, creator the unit, nothing of this machine', () => {
    const core = parts.get('docProps/core.xml')!;
    expect(core).toContain('<dc:title>某某县司法局关于2025年度法治政府建设情况的报告</dc:title>');
    expect(core).toContain('<dc:creator>某某县司法局</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>某某县司法局</cp:lastModifiedBy>');
    expect(core).not.toContain('Un-named');
    const props = ['docProps/core.xml', 'docProps/app.xml', 'docProps/custom.xml'].map((n) => parts.get(n) ?? '').join('');
    const user = userInfo().username;
    if (user.length >= 3) expect(props).not.toContain(user);
    const all = [...parts.values()].join('');
    expect(all).not.toContain(homedir());
    expect(all).not.toContain(process.cwd());
  });
});
