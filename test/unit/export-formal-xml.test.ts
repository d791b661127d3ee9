// The 版头 and 版记 in the .docx: their paragraphs in named styles (红 from
// the style, faces from the profile), heights that add up to whole grid lines,
// and the unnumbered section of a blank page and the 版记's page.
import { describe, expect, it } from 'vitest';
import { buildDocx, exportLayout } from '../../electron/export/docx-document';
import { LINE_PITCH } from '../../shared/layout';
import { styleSheet } from '../support/docx-styles';
import { bodyXmlParagraphs, readDocxParts, xmlAttr } from '../support/docx-zip';
import { formalReport, formalShifted } from '../support/formal';

async function exported(input = formalReport()) {
  const parts = readDocxParts(await buildDocx(input));
  return { parts, sheet: styleSheet(parts), paras: bodyXmlParagraphs(parts), doc: parts.get('word/document.xml')! };
}
/** Height of a paragraph of one exact line: space before, the line, a border's width. */
const height = (xml: string) =>
  Number(xmlAttr(xml, 'spacing', 'before') ?? 0) + Number(xmlAttr(xml, 'spacing', 'line')) + (xml.includes('<w:pBdr>') ? Number(xmlAttr(xml, 'top', 'sz') ?? 0) * 2.5 : 0);

describe('版头 in the .docx', () => {
  it('mark in 发文机关标志 (red 小标宋, 42 pt), 文号 and 签发人 in 发文字号, the red rule in 版头分隔线, two empty 正文 lines', async () => {
    const { paras, sheet } = await exported();
    const [mark, number, rule, e1, e2, title] = paras;
    expect(paras.slice(0, 6).map((p) => sheet.styleOf(p.xml))).toEqual(['Mark', 'DocNumber', 'RedRule', 'Normal', 'Normal', 'Title']);
    expect(mark!.text).toBe('某某县司法局文件');
    expect(sheet.firstRun(mark!.xml)).toMatchObject({ eastAsia: '方正小标宋简体', size: '84', color: 'FF0000' });
    expect(mark!.xml).not.toContain('<w:color');
    expect(number!.text).toBe('某司报〔2026〕3号签发人：王某某');
    expect(sheet.runs(number!.xml).map((r) => [r.text, r.eastAsia, r.size])).toEqual([
      ['某司报〔2026〕3号', '仿宋_GB2312', '32'],
      ['签发人：', '仿宋_GB2312', '32'],
      ['王某某', '楷体_GB2312', '32'],
    ]);
    expect(xmlAttr(number!.xml, 'tab', 'val')).toBe('right');
    expect(sheet.paragraph(rule!.xml)).toMatchObject({ snapToGrid: false });
    expect(sheet.styles.get('RedRule')!.pPr).toMatch(/<w:pBdr><w:top w:val="single" w:sz="8" w:space="0" w:color="FF0000"\/><\/w:pBdr>/u);
    expect([e1!.text, e2!.text]).toEqual(['', '']);
    expect(title!.text).toContain('关于2023年度法治政府建设');
  });

  it('mark, 文号 and rule take exactly nine grid lines, so the title falls on line 11', async () => {
    const { paras, sheet } = await exported();
    const rule = sheet.styles.get('RedRule')!.pPr;
    const total = height(paras[0]!.xml) + height(paras[1]!.xml) + height(paras[2]!.xml) + Number(xmlAttr(rule, 'top', 'sz')) * 2.5;
    expect(total).toBe(9 * LINE_PITCH);
    for (const p of paras.slice(0, 3)) expect(sheet.paragraph(p.xml).spacing.lineRule).toBe('exact');
  });
});

describe('版记 in the .docx', () => {
  it('抄送 and 印发 in 版记 (4号仿宋), between rules: thick, thin, thick; one section and numbered pages when no blank page is needed', async () => {
    const { paras, sheet, doc } = await exported();
    const cc = paras.find((p) => p.text.startsWith('抄送：'))!;
    const printed = paras.find((p) => p.text.startsWith('某某县司法局办公室'))!;
    expect(cc.text).toBe('抄送：某某市司法局，某某县人民政府办公室。');
    expect(printed.text).toBe('某某县司法局办公室2026年3月1日印发');
    for (const p of [cc, printed]) expect(sheet.firstRun(p.xml)).toMatchObject({ eastAsia: '仿宋_GB2312', size: '28', spacing: '0' });
    const tail = paras.slice(paras.indexOf(cc) - 1);
    expect(tail.map((p) => sheet.styleOf(p.xml))).toEqual(['Colophon', 'Colophon', 'Colophon', 'Colophon', 'Colophon']);
    expect(tail.map((p) => xmlAttr(p.xml, 'top', 'sz') ?? xmlAttr(p.xml, 'bottom', 'sz') ?? null)).toEqual(['8', null, '6', null, '8']);
    expect(doc.match(/<w:sectPr/gu)).toHaveLength(1);
  });

  it('after a blank page: a section of its own whose footers carry no page number', async () => {
    const input = formalShifted().find((d) => exportLayout(d).colophon!.blankPage)!;
    const { doc, parts } = await exported(input);
    expect(doc.match(/<w:sectPr/gu)).toHaveLength(2);
    const last = doc.slice(doc.lastIndexOf('<w:sectPr'));
    const ids = [...last.matchAll(/<w:footerReference w:type="(\w+)" r:id="(\w+)"/gu)].map((m) => m[2]);
    expect(ids).toHaveLength(2);
    const rels = parts.get('word/_rels/document.xml.rels')!;
    for (const id of ids) {
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`, 'u').exec(rels)![1]!;
      expect(parts.get(`word/${target}`)).not.toContain('PAGE');
    }
    // The first section keeps its numbered footers.
    const first = doc.slice(doc.indexOf('<w:sectPr'), doc.indexOf('</w:sectPr>'));
    expect(first).toContain('w:footerReference');
  });
});
