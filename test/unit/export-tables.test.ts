// Tables and pictures in the .docx export, and in the page layout that decides its page breaks.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocx, exportLayout } from '../../electron/export/docx-document';
import { pictureHash } from '../../electron/import/collected';
import { LINES_PER_PAGE, TEXT_WIDTH } from '../../shared/layout/metrics';
import { block, type DraftMetadata, type ImageBlock, type ReportContent, type TableBlock } from '../../shared/model';
import { simpleTable } from '../../shared/tables';
import { readDocxParts, xmlAttr } from '../support/docx-zip';

const metadata: DraftMetadata = { unit: '某某县司法局', unitShort: '', year: 2024, addressee: '县政府', signature: '某某县司法局', date: '2025-03-01' };
const photo = readFileSync(path.resolve(import.meta.dirname, '../fixtures/pictures/photo.jpg'));
const hash = pictureHash(photo);
const image = (extra: Partial<ImageBlock> = {}): ImageBlock => ({ type: 'image', picture: { hash, mime: 'image/jpeg', width: 320, height: 240 }, children: [{ text: '图1 培训现场' }], ...extra });

function statistics(rows: number): TableBlock {
  const t = simpleTable([['项目', '2023年', '2024年'], ...Array.from({ length: rows }, (_, i) => [`第${i + 1}类案件`, String(i), String(i + 1)])]);
  return { ...t, columns: [2, 1, 1] };
}

const input = (content: ReportContent) => ({ title: '报告', metadata, content, pictures: (h: string) => (h === hash ? photo : undefined) });
const documentXml = async (content: ReportContent) => readDocxParts(await buildDocx(input(content))).get('word/document.xml')!;

describe('tables in the export', () => {
  it('spans the text block with an explicit grid and cell widths, fixed layout, 0.5 pt black borders', async () => {
    const xml = await documentXml([block('paragraph', '正文。', {}), statistics(3)]);
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/gu)].map((m) => Number(m[1]));
    expect(grid).toEqual([4423, 2211, 2211]);
    expect(grid.reduce((a, b) => a + b)).toBe(TEXT_WIDTH);
    expect(xml).toContain(`<w:tblW w:type="dxa" w:w="${TEXT_WIDTH}"/>`);
    expect(xml).toMatch(/<w:tblLayout w:type="fixed"\/>/u);
    expect([...xml.matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/gu)].map((m) => Number(m[1])).slice(0, 3)).toEqual(grid);
    for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) expect(xml).toMatch(new RegExp(`<w:${side} w:val="single" w:color="000000" w:sz="4"/>`, 'u'));
  });

  it('repeats the header row, never splits a row, and sets cells in 仿宋 3号 (4号 when compact), numbers centred', async () => {
    const parts = readDocxParts(await buildDocx(input([statistics(2)])));
    const xml = parts.get('word/document.xml')!;
    const normal = /<w:style [^>]*w:styleId="Normal"[^>]*>[\s\S]*?<\/w:style>/u.exec(parts.get('word/styles.xml')!)![0];
    expect(xmlAttr(normal, 'rFonts', 'eastAsia')).toBe('仿宋_GB2312');
    expect(xmlAttr(normal, 'sz', 'val')).toBe('32');
    expect(xml.match(/<w:tblHeader\/>/gu)).toHaveLength(1);
    expect(xml.match(/<w:cantSplit\/>/gu)).toHaveLength(3);
    const cells = [...xml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/gu)].map((m) => m[1]!);
    // Cells are in the Normal style's 仿宋 3号: no other face or size on their runs.
    expect(cells[3]).not.toMatch(/<w:rFonts|<w:sz /u);
    expect(cells[3]).toMatch(/<w:jc w:val="left"\/>/u);
    expect(cells[4]).toMatch(/<w:jc w:val="center"\/>/u);
    const compact = await documentXml([{ ...statistics(2), compact: true }]);
    expect(xmlAttr([...compact.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/gu)][3]![1]!, 'sz', 'val')).toBe('28');
  });

  it('merges cells across (gridSpan) and down (vMerge)', async () => {
    const t = statistics(2);
    t.children[1]!.children[0]!.rowSpan = 2;
    t.children[2]!.children.shift();
    t.children[0]!.children.splice(1, 2, { type: 'table-cell', colSpan: 2, children: [{ type: 'paragraph', children: [{ text: '案件数' }] }] });
    const xml = await documentXml([t]);
    expect(xml).toMatch(/<w:gridSpan w:val="2"\/>/u);
    expect(xml).toMatch(/<w:vMerge w:val="restart"\/>/u);
    expect(xml).toMatch(/<w:vMerge w:val="continue"\/>|<w:vMerge\/>/u);
  });

  it('lays a long table over pages row by row, its header rows repeated at the top of each page', () => {
    const layout = exportLayout(input([statistics(40)]));
    expect(layout.pages.length).toBeGreaterThan(1);
    for (const page of layout.pages.slice(1)) expect(page.boxes[0]!.line).toBe(1);
    for (const page of layout.pages) expect(page.boxes.at(-1)!.line + (page.boxes.at(-1)!.box.kind === 'fixed' ? (page.boxes.at(-1)!.box as { lines: number }).lines : 1)).toBeLessThanOrEqual(LINES_PER_PAGE);
    const rows = layout.pages.flatMap((p) => p.boxes.map((b) => ((b.box as { content?: { row: number } }).content!).row));
    expect(rows).toEqual(Array.from({ length: 41 }, (_, i) => i));
  });
});

describe('pictures in the export', () => {
  it('centres the picture at its size, scaled to the text width at most, the caption below', async () => {
    const xml = await documentXml([image(), image({ width: 400, children: [{ text: '' }] })]);
    const extents = [...xml.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/gu)].map((m) => [Number(m[1]), Number(m[2])]);
    // 320 × 240 px at 96 dpi is 84.7 mm; the second is capped at 156 mm.
    expect(extents[0]![0]).toBeCloseTo(320 * 9525, -4);
    expect(extents[0]![1]).toBeCloseTo(240 * 9525, -4);
    expect(extents[1]![0]).toBeCloseTo(156 * 36000, -4);
    const paragraphs = [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/gu)].map((m) => m[1]!);
    expect(paragraphs[0]).toMatch(/<w:jc w:val="center"\/>[\s\S]*<w:drawing>/u);
    expect(paragraphs[1]).toMatch(/<w:jc w:val="center"\/>[\s\S]*图1 培训现场/u);
  });

  it('gives the picture the grid lines its height takes, so the page count is right', () => {
    const layout = exportLayout(input([image(), block('paragraph', '以下正文。', {})]));
    const picture = layout.pages[0]!.boxes[0]!.box;
    // 240 px = 63.5 mm = 3600 twips: seven 579-twip lines with room for the line's descent.
    expect(picture).toMatchObject({ kind: 'fixed', lines: 7 });
    expect(layout.pages[0]!.boxes.map((b) => b.line)).toEqual([0, 7, 8]);
  });
});

describe('tables and pictures in the PDF', () => {
  it('draws the picture and the table on the pages the layout gave them', async () => {
    const { buildPdf } = await import('../../electron/export/pdf');
    const content: ReportContent = [statistics(40), image()];
    const pdf = (await buildPdf(input(content))).toString('latin1');
    const pages = exportLayout(input(content)).pages.length;
    expect(pdf.match(/\/Type \/Page\b/gu)).toHaveLength(pages);
    expect(pdf).toMatch(/\/Subtype \/Image/u);
  });
});
