// Tables and pictures as the layout set them. A table spans the 156 mm text
// block with 0.5 pt black borders, a fixed layout and explicit grid and cell
// widths (WPS reads w:tblGrid and ignores autofit), 仿宋 at 3号 (4号 when
// compact) on exact grid lines; header rows repeat on each page and no row
// splits across pages. A picture is centred on a line of the grid lines the
// layout gave it, at the size it set, its caption centred below.
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  ImageRun,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
} from 'docx';
import type { SetBlock } from '../../shared/layout';
import { CELL_MARGIN, type ImageSource, type TableSource } from '../../shared/layout/objects';
import { blockText } from '../../shared/model';
import { LINE_PITCH } from './page';
import { spanRuns, type BaseRunStyle } from './runs';

/** A picture's bytes by content hash, as the store keeps them. */
export type PictureBytes = (hash: string) => Uint8Array | undefined;

const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;
const TWIPS_PER_PX = 15;
/** Cells and pictures are set flush: the Normal style's first-line indent is not theirs. */
const FLUSH = { firstLine: 0, left: 0, right: 0 };
const GRID_LINE = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

/** `normal`: the Normal style's run (仿宋 3号, condensed as the body), which cells and captions are written in. */
export function tableXml(source: TableSource, normal: BaseRunStyle): Table {
  const byRow = source.table.children.map(() => [] as TableCell[]);
  for (const c of source.cells) {
    const { cell, row, colSpan, rowSpan } = c.placed;
    const paragraphs = cell.children.map((p) =>
      new Paragraph({
        alignment: ALIGN[c.align],
        indent: FLUSH,
        spacing: GRID_LINE,
        children: spanRuns([{ text: blockText(p).trim(), style: { ...normal, size: source.size } }], normal),
      }),
    );
    byRow[row]!.push(
      new TableCell({
        children: paragraphs,
        width: { size: c.width, type: WidthType.DXA },
        verticalAlign: VerticalAlignTable.CENTER,
        ...(colSpan > 1 ? { columnSpan: colSpan } : {}),
        ...(rowSpan > 1 ? { rowSpan } : {}),
      }),
    );
  }
  return new Table({
    width: { size: source.widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: source.widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: BORDERS,
    margins: { top: 0, bottom: 0, left: CELL_MARGIN, right: CELL_MARGIN },
    rows: byRow.map(
      (cells, r) =>
        new TableRow({
          children: cells,
          cantSplit: true,
          ...(r < source.headerRows ? { tableHeader: true } : {}),
          height: { value: source.rows[r]! * LINE_PITCH, rule: HeightRule.ATLEAST },
        }),
    ),
  });
}

export function pictureXml(b: SetBlock, source: ImageSource, normal: BaseRunStyle, bytes: PictureBytes): Paragraph[] {
  const data = bytes(source.image.picture.hash);
  const line = { line: source.lines * LINE_PITCH, lineRule: LineRuleType.AT_LEAST, before: 0, after: 0 };
  const picture = data
    ? new Paragraph({
        alignment: AlignmentType.CENTER,
        indent: FLUSH,
        spacing: line,
        keepNext: true,
        keepLines: true,
        children: [
          new ImageRun({
            type: source.image.picture.mime === 'image/png' ? 'png' : 'jpg',
            data,
            transformation: { width: source.width / TWIPS_PER_PX, height: source.height / TWIPS_PER_PX },
            altText: { name: 'picture', description: blockText(source.image).trim() || '图片', title: blockText(source.image).trim() || '图片' },
          }),
        ],
      })
    : new Paragraph({ alignment: AlignmentType.CENTER, indent: FLUSH, spacing: line, children: spanRuns([{ text: '［图片缺失］', style: { ...normal, characterSpacing: 0 } }], normal) });
  const caption = b.source.spans[0]?.text
    ? [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          indent: FLUSH,
          spacing: GRID_LINE,
          keepLines: true,
          children: spanRuns([{ text: b.source.spans[0].text, style: normal }], normal),
        }),
      ]
    : [];
  return [picture, ...caption];
}
