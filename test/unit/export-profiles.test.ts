// Font profiles: every element's face and size in each of 标准, Windows 自带 and
// 国产 Linux 桌面, the fontTable.xml entries that let Word and WPS substitute a
// missing face, and which profile an export uses.
import { describe, expect, it } from 'vitest';
import { buildDocx, exportProfile } from '../../electron/export/docx-document';
import { FONT_FACES, FONT_PROFILES, profileFaces, resolveFontProfile } from '../../shared/font-profiles';
import { block, FONT_PROFILE_IDS, type DraftMetadata, type FontProfileId, type ReportContent, type ReportText } from '../../shared/model';
import { bodyXmlParagraphs, footerXml, readDocxParts, xmlAttr } from '../support/docx-zip';
import { styleSheet } from '../support/docx-styles';
import { METADATA } from '../support/library-fixtures';

const metadata = (fontProfile?: FontProfileId): DraftMetadata => ({
  ...METADATA,
  ...(fontProfile ? { format: { fontProfile } } : {}),
});

const withLead = (lead: string, rest: string): ReportText[] => [{ text: lead, lead: true }, { text: rest }];

const content: ReportContent = [
  block('title', '某某县司法局关于2025年度法治政府建设情况的报告', {}),
  block('addressee', '某某县人民政府：', {}),
  { type: 'paragraph', children: withLead('一是', '加强组织领导。') },
  block('heading', '主要举措', { level: 1 }),
  block('heading', '加强组织领导', { level: 2 }),
  block('heading', '召开党组会议', { level: 3 }),
  block('heading', '研究法治议题', { level: 4 }),
  block('heading', '强化组织保障，压实工作责任。我局始终坚持。', { level: 2, runIn: true }),
  block('attachment', '统计表', {}),
  block('signature', '某某县司法局', {}),
  block('date', '2026年3月1日', {}),
];

async function exported(profile?: FontProfileId, defaultFontProfile?: FontProfileId) {
  const parts = readDocxParts(await buildDocx({ title: '标题', metadata: metadata(profile), content, ...(defaultFontProfile ? { defaultFontProfile } : {}) }));
  const paras = bodyXmlParagraphs(parts);
  const find = (start: string) => {
    const p = paras.find((x) => x.text === start) ?? paras.find((x) => x.text.startsWith(start));
    if (!p) throw new Error(`no paragraph starting ${start}`);
    return p;
  };
  const sheet = styleSheet(parts);
  return { parts, paras, find, sheet, fonts: (xml: string) => sheet.firstRun(xml) };
}

describe.each(FONT_PROFILE_IDS)('profile %s', (id) => {
  const faces = FONT_PROFILES[id].faces;

  it('sets every element in the profile’s face at its size', async () => {
    const { paras, find, parts, sheet, fonts } = await exported(id);
    const title = paras[0]!;
    expect(fonts(title.xml)).toMatchObject({ eastAsia: faces.title, ascii: 'Times New Roman', hint: 'eastAsia', size: '44' });
    expect(fonts(title.xml).bold).toBe(FONT_PROFILES[id].titleBold);
    const expected: [string, string][] = [
      ['某某县人民政府：', faces.body],
      ['一是加强', faces.body],
      ['一、主要举措', faces.heading1],
      ['（一）加强组织领导', faces.heading2],
      ['1.召开党组会议', faces.heading3],
      ['（1）研究法治议题', faces.heading4],
      ['附件：统计表', faces.body],
      ['某某县司法局', faces.body],
      ['2026年3月1日', faces.body],
    ];
    for (const [text, face] of expected) {
      const runs = sheet.runs(find(text).xml);
      expect(runs.length, text).toBeGreaterThan(0);
      for (const r of runs) expect(r, text).toMatchObject({ eastAsia: face, ascii: 'Times New Roman', hint: 'eastAsia', size: '32' });
    }
    // The run-in heading: lead sentence in the level-2 face, the rest in the body face.
    const runIn = sheet.runs(find('（二）强化组织保障').xml);
    expect(runIn.map((r) => [r.text, r.eastAsia])).toEqual([
      ['（二）强化组织保障，压实工作责任。', faces.heading2],
      ['我局始终坚持。', faces.body],
    ]);
    for (const side of ['default', 'even'] as const) {
      expect(fonts(footerXml(parts, side))).toMatchObject({ eastAsia: faces.pageNumber, ascii: faces.pageNumber, size: '28' });
    }
    const styles = parts.get('word/styles.xml')!;
    expect(xmlAttr(styles.slice(styles.indexOf('<w:docDefaults')), 'rFonts', 'eastAsia')).toBe(faces.body);
  });

  it('describes each of its faces in fontTable.xml: altName, panose, charset 86, family, pitch, signature', async () => {
    const { parts } = await exported(id);
    const table = parts.get('word/fontTable.xml')!;
    const entries = [...table.matchAll(/<w:font w:name="([^"]+)">([\s\S]*?)<\/w:font>/gu)].map((m) => ({ name: m[1]!, xml: m[2]! }));
    const wanted = new Set([...Object.values(faces), 'Times New Roman']);
    expect(new Set(entries.map((e) => e.name))).toEqual(wanted);
    for (const e of entries) {
      const face = FONT_FACES[e.name]!;
      expect(xmlAttr(e.xml, 'altName', 'val')).toBe(face.altName);
      expect(xmlAttr(e.xml, 'panose1', 'val')).toMatch(/^[0-9A-F]{20}$/u);
      expect(xmlAttr(e.xml, 'panose1', 'val')).toBe(face.panose);
      expect(xmlAttr(e.xml, 'charset', 'val')).toBe(e.name === 'Times New Roman' ? '00' : '86');
      expect(xmlAttr(e.xml, 'family', 'val')).toBe(face.family);
      expect(xmlAttr(e.xml, 'pitch', 'val')).toBe(face.pitch);
      // Chinese faces declare code page 936 (bit 18 of csb0).
      if (e.name !== 'Times New Roman') expect(parseInt(xmlAttr(e.xml, 'sig', 'csb0')!, 16) & (1 << 18)).not.toBe(0);
    }
    // Every Chinese face names another Chinese face to stand in for it, never itself.
    for (const f of profileFaces(FONT_PROFILES[id])) expect(f.altName).not.toBe(f.name);
  });
});

describe('profile data', () => {
  it('标准 names the official faces; Windows only faces Windows ships; Linux the Founder GBK faces', () => {
    expect(Object.values(FONT_PROFILES.standard.faces)).toEqual(['方正小标宋简体', '仿宋_GB2312', '黑体', '楷体_GB2312', '仿宋_GB2312', '仿宋_GB2312', '宋体']);
    const windowsShips = ['宋体', '仿宋', '楷体', '黑体'];
    for (const f of Object.values(FONT_PROFILES.windows.faces)) expect(windowsShips).toContain(f);
    expect(FONT_PROFILES.windows.titleBold).toBe(true);
    for (const f of Object.values(FONT_PROFILES.linux.faces)) expect(f).toMatch(/^方正.+_GBK$/u);
  });

  it('the standard substitutes are the Windows faces of the same kind', () => {
    expect(FONT_FACES['仿宋_GB2312']!.altName).toBe('仿宋');
    expect(FONT_FACES['楷体_GB2312']!.altName).toBe('楷体');
    expect(FONT_FACES['方正小标宋简体']!.altName).toBe('宋体');
    expect(FONT_FACES['黑体']!.altName).toBe('SimHei');
  });
});

describe('which profile an export uses', () => {
  it('the draft’s own, else the global default, else 标准', async () => {
    expect(resolveFontProfile(undefined, undefined).id).toBe('standard');
    expect(resolveFontProfile(undefined, 'linux').id).toBe('linux');
    expect(resolveFontProfile('windows', 'linux').id).toBe('windows');
    expect(exportProfile({ title: '', metadata: metadata(), content, defaultFontProfile: 'windows' }).id).toBe('windows');
    expect(exportProfile({ title: '', metadata: metadata('linux'), content, defaultFontProfile: 'windows' }).id).toBe('linux');
    const { paras, fonts } = await exported(undefined, 'windows');
    expect(fonts(paras[0]!.xml).eastAsia).toBe('宋体');
    const own = await exported('linux', 'windows');
    expect(own.fonts(own.paras[0]!.xml).eastAsia).toBe('方正小标宋_GBK');
  });
});
