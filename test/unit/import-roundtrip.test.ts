// Done-when of issue 13: one report written by different programs (LibreOffice,
// the docx library, a web page) keeps its table cell for cell and its picture
// at its pixel size, from import to draft to export and back.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AlignmentType, Document, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '../../electron/export/docx-document';
import { importBytes, importFile, type ImportedFile } from '../../electron/import/import-file';
import { blockText, type ImageBlock, type TableBlock } from '../../shared/model';
import { importSummary } from '../../shared/recognize/summary';
import { placeCells } from '../../shared/tables';
import { readDocxParts } from '../support/docx-zip';

const DIR = path.resolve(import.meta.dirname, '../fixtures/import/tables');
const photo = readFileSync(path.resolve(import.meta.dirname, '../fixtures/pictures/photo.jpg'));
const today = new Date(2025, 1, 1);

/** Each cell as row,col colSpan×rowSpan text, in reading order. */
const EXPECTED = [
  '0,0 1×2 项目', '0,1 2×1 案件数（件）', '0,3 1×2 增减',
  '1,1 1×1 2023年', '1,2 1×1 2024年',
  '2,0 1×1 行政复议', '2,1 1×1 12', '2,2 1×1 15', '2,3 1×1 +3',
  '3,0 1×1 行政应诉', '3,1 1×1 8', '3,2 1×1 6', '3,3 1×1 -2',
  '4,0 1×1 合计', '4,1 1×1 20', '4,2 1×1 21', '4,3 1×1 +1',
];

const grid = (t: TableBlock) => placeCells(t).cells.map((c) => `${c.row},${c.col} ${c.colSpan}×${c.rowSpan} ${c.cell.children.map(blockText).join('')}`);

/** The report as the docx library writes it. */
async function docxLibraryCopy(): Promise<Uint8Array> {
  const p = (text: string, alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]) => new Paragraph({ children: [new TextRun(text)], ...(alignment ? { alignment } : {}) });
  const cell = (text: string, o: { columnSpan?: number; rowSpan?: number } = {}) => new TableCell({ children: [p(text, AlignmentType.CENTER)], ...o });
  const row = (cells: TableCell[], tableHeader = false) => new TableRow({ children: cells, tableHeader });
  const table = new Table({
    width: { size: 8844, type: WidthType.DXA },
    columnWidths: [2948, 1965, 1965, 1966],
    rows: [
      row([cell('项目', { rowSpan: 2 }), cell('案件数（件）', { columnSpan: 2 }), cell('增减', { rowSpan: 2 })], true),
      row([cell('2023年'), cell('2024年')], true),
      row([cell('行政复议'), cell('12'), cell('15'), cell('+3')]),
      row([cell('行政应诉'), cell('8'), cell('6'), cell('-2')]),
      row([cell('合计'), cell('20'), cell('21'), cell('+1')]),
    ],
  });
  const doc = new Document({
    sections: [
      {
        children: [
          p('某某县司法局关于2024年度法治政府建设情况的报告', AlignmentType.CENTER),
          p('县人民政府：'),
          p('2024年，我局在县委、县政府的坚强领导下，全面推进法治政府建设。现将有关情况报告如下。'),
          p('一、2024年度推进法治政府建设的主要举措和成效'),
          p('（一）强化行政复议和应诉工作'),
          p('全年办理行政复议和应诉案件情况如下表。'),
          table,
          p('（二）深入开展法治宣传'),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new ImageRun({ type: 'jpg', data: photo, transformation: { width: 320, height: 240 } })] }),
          p('图1 宪法宣传周活动现场', AlignmentType.CENTER),
          p('某某县司法局', AlignmentType.RIGHT),
          p('2025年1月20日', AlignmentType.RIGHT),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function checkDraft(d: ImportedFile) {
  const table = d.content.find((b): b is TableBlock => b.type === 'table')!;
  expect(grid(table)).toEqual(EXPECTED);
  expect(table.children.map((r) => r.header === true)).toEqual([true, true, false, false, false]);
  const image = d.content.find((b): b is ImageBlock => b.type === 'image')!;
  expect(image.picture).toMatchObject({ mime: 'image/jpeg', width: 320, height: 240 });
  expect(image.width).toBeCloseTo(84.7, 0);
  expect(blockText(image)).toBe('图1 宪法宣传周活动现场');
  expect(Buffer.from(d.pictures.get(image.picture.hash)!.bytes)).toEqual(photo);
  expect(importSummary(d.content, d.notes)).toMatch(/表格 1 个、图片 1 张$/u);
}

describe.each([
  ['LibreOffice .docx', async () => importFile(path.join(DIR, 'annual-report.libreoffice.docx'), today)],
  ['docx-library .docx', async () => importBytes('annual-report.docx', await docxLibraryCopy(), today)],
  ['web page .html', async () => importFile(path.join(DIR, 'annual-report.html'), today)],
])('the report written as a %s', (_name, load) => {
  let draft: ImportedFile;
  beforeAll(async () => {
    draft = await load();
  });

  it('imports its table cell for cell, with the header rows, and its picture at its pixel size under its caption', () => {
    checkDraft(draft);
  });

  it('exports them (仿宋 in the cells, the picture embedded) and reads the export back the same', async () => {
    const exported = await buildDocx({ title: draft.title, metadata: draft.metadata, content: draft.content, pictures: (h) => draft.pictures.get(h)?.bytes });
    const xml = readDocxParts(exported).get('word/document.xml')!;
    const cells = [...xml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/gu)].map((m) => m[1]!);
    // The cells' runs name no face of their own: they are in the Normal style's 仿宋.
    expect(cells.some((c) => /<w:t\b/u.test(c))).toBe(true);
    expect(cells.every((c) => !/<w:rFonts/u.test(c))).toBe(true);
    expect(readDocxParts(exported).get('word/styles.xml')).toMatch(/w:styleId="Normal"[^>]*>[\s\S]*?w:eastAsia="仿宋_GB2312"/u);
    checkDraft(importBytes('exported.docx', exported, today));
  });
});
