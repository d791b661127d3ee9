// Tables and pictures set as boxes of known height: a table row is one fixed
// box as many grid lines high as its fullest cell's lines (a row is never
// split; a cell merged down shares its lines among the rows it spans), a
// picture one box of the grid lines its height takes, its caption lines below.
// Header rows repeat on each page a table runs onto; the paginator counts them.
import { blockText, type ImageBlock, type TableBlock, type TableCell } from '../model';
import { displaySizeMm } from '../pictures';
import { columnWeights, placeCells, type PlacedCell } from '../tables';
import type { FixedBox, LineBox } from './boxes';
import { BODY_SPACING, LINE_PITCH, SIZE, TEXT_WIDTH } from './metrics';
import { paragraphLines, type StyledSpan } from './paragraph';

/** Twips of a cell's left and right margin. */
export const CELL_MARGIN = 85;
/** 4号, the compact table's text (half-points). */
export const COMPACT_SIZE = 28;
const TWIPS_PER_MM = 1440 / 25.4;
/** Room under an inline picture for the line's descent, twips, so the grid lines it takes never clip it. */
const PICTURE_DESCENT = 120;

export interface TableCellSource {
  placed: PlacedCell;
  align: 'left' | 'center' | 'right';
  /** The cell's lines, all its paragraphs. */
  lines: number;
  /** Twips: the columns it spans. */
  width: number;
}

export interface TableSource {
  kind: 'table';
  table: TableBlock;
  /** Twips of each grid column; they add up to the text width. */
  widths: number[];
  /** Grid lines of each row. */
  rows: number[];
  cells: TableCellSource[];
  /** Leading header rows, repeated on each page. */
  headerRows: number;
  size: number;
}

export interface ImageSource {
  kind: 'image';
  image: ImageBlock;
  /** Twips on the page. */
  width: number;
  height: number;
  /** Grid lines the picture's line takes. */
  lines: number;
}

export type ObjectSource = TableSource | ImageSource;

/** Integer twips in proportion to `weights`, adding up to `total`. */
export function fitWidths(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const out = weights.map((w) => Math.floor((w / sum) * total));
  let rest = total - out.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0; i = (i + 1) % out.length, rest--) out[i]!++;
  return out;
}

const NUMERIC = /^[\s0-9０-９.,，．%％+\-—–～~×/（）()年月日件个人次名万亿元项起户家份条座所]+$/u;

/** Numbers and header cells centred, text flush left, unless the cell says otherwise. */
export function cellAlign(cell: TableCell, header: boolean): TableCellSource['align'] {
  if (cell.align) return cell.align;
  if (header) return 'center';
  const text = cell.children.map(blockText).join('').trim();
  return text !== '' && NUMERIC.test(text) ? 'center' : 'left';
}

/** The lines of one paragraph in a cell. */
export function cellParagraphLines(text: string, width: number, size: number, align: TableCellSource['align']): LineBox[] {
  const spans: StyledSpan[] = text ? [{ text, role: 'body' }] : [];
  const lines = paragraphLines(spans, { size, spacing: BODY_SPACING, align, firstLeft: 0, left: 0, right: 0, lineWidth: width - 2 * CELL_MARGIN, kind: () => 'body' });
  return lines.length ? lines : [];
}

export function tableSource(table: TableBlock): TableSource {
  const size = table.compact ? COMPACT_SIZE : SIZE.body;
  const { cells: placed, columns } = placeCells(table);
  const widths = fitWidths(columnWeights(table, columns), TEXT_WIDTH);
  const rows = table.children.map(() => 1);
  const cells = placed.map((p): TableCellSource => {
    const header = table.children[p.row]?.header === true;
    const align = cellAlign(p.cell, header);
    const width = widths.slice(p.col, p.col + p.colSpan).reduce((a, b) => a + b, 0);
    const lines = p.cell.children.reduce((n, para) => n + Math.max(1, cellParagraphLines(blockText(para).trim(), width, size, align).length), 0);
    return { placed: p, align, lines, width };
  });
  // Single-row cells first, then merged ones take what more they need from their last row.
  for (const c of cells) if (c.placed.rowSpan === 1) rows[c.placed.row] = Math.max(rows[c.placed.row]!, c.lines);
  for (const c of cells) {
    if (c.placed.rowSpan === 1) continue;
    const spanned = rows.slice(c.placed.row, c.placed.row + c.placed.rowSpan).reduce((a, b) => a + b, 0);
    if (c.lines > spanned) rows[c.placed.row + c.placed.rowSpan - 1]! += c.lines - spanned;
  }
  let headerRows = 0;
  while (headerRows < table.children.length - 1 && table.children[headerRows]!.header) headerRows++;
  return { kind: 'table', table, widths, rows, cells, headerRows, size };
}

export function tableBoxes(source: TableSource): FixedBox[] {
  return source.rows.map((lines, row) => ({ kind: 'fixed', lines, content: { kind: 'table-row', row } }));
}

export function imageSource(image: ImageBlock): ImageSource {
  const mm = displaySizeMm(image);
  const width = Math.round(mm.width * TWIPS_PER_MM);
  const height = Math.round(mm.height * TWIPS_PER_MM);
  return { kind: 'image', image, width, height, lines: Math.max(1, Math.ceil((height + PICTURE_DESCENT) / LINE_PITCH)) };
}
