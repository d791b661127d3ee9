// Tables in the document model: their grid (where each cell sits once spans
// are counted), the paragraphs in their cells, and mapping over every text
// block of a report, cells included. Pure; the layout, export, checks and the
// editor read tables through these.
import type { ParagraphBlock, ReportBlock, ReportContent, TableBlock, TableCell, TextBlock } from './model';

/** A cell where it sits in the table's grid. */
export interface PlacedCell {
  cell: TableCell;
  row: number;
  /** The grid column of its left edge. */
  col: number;
  colSpan: number;
  rowSpan: number;
}

/**
 * The cells placed on the grid: each row fills the columns left free by row
 * spans from above, left to right (the HTML table model). Spans running past
 * the last row are cut there.
 */
export function placeCells(table: TableBlock): { cells: PlacedCell[]; columns: number } {
  const taken: boolean[][] = table.children.map(() => []);
  const cells: PlacedCell[] = [];
  let columns = 0;
  table.children.forEach((row, r) => {
    let col = 0;
    for (const cell of row.children) {
      while (taken[r]![col]) col++;
      const colSpan = cell.colSpan ?? 1;
      const rowSpan = Math.min(cell.rowSpan ?? 1, table.children.length - r);
      for (let dr = 0; dr < rowSpan; dr++) for (let dc = 0; dc < colSpan; dc++) taken[r + dr]![col + dc] = true;
      cells.push({ cell, row: r, col, colSpan, rowSpan });
      col += colSpan;
      columns = Math.max(columns, col);
    }
  });
  for (const row of taken) columns = Math.max(columns, row.length);
  return { cells, columns };
}

/** The columns' relative widths: the table's own when they fit its grid, else equal. */
export function columnWeights(table: TableBlock, columns: number): number[] {
  const own = table.columns;
  if (own && own.length === columns && own.every((w) => w > 0)) return own;
  return Array.from({ length: columns }, () => 1);
}

/** Every paragraph in a table's cells, row by row. */
export function tableParagraphs(table: TableBlock): ParagraphBlock[] {
  return table.children.flatMap((r) => r.children.flatMap((c) => c.children));
}

/** Every text block of the content, a table's cell paragraphs in its place. */
export function textBlocks(content: readonly ReportBlock[]): TextBlock[] {
  return content.flatMap((b) => (b.type === 'table' ? tableParagraphs(b) : [b]));
}

/** The content with every text block mapped, cell paragraphs included; tables keep their shape. */
export function mapTextBlocks(content: ReportContent, map: <B extends TextBlock>(b: B) => B): ReportContent {
  return content.map((b) => (b.type === 'table' ? mapTable(b, map) : map(b)));
}

function mapTable(table: TableBlock, map: <B extends TextBlock>(b: B) => B): TableBlock {
  return {
    ...table,
    children: table.children.map((row) => ({ ...row, children: row.children.map((cell) => ({ ...cell, children: cell.children.map((p) => map(p)) })) })),
  };
}

/** A table of plain text cells (rows × columns), the first row its header. */
export function simpleTable(rows: readonly (readonly string[])[], header = true): TableBlock {
  return {
    type: 'table',
    children: rows.map((cells, r) => ({
      type: 'table-row',
      ...(header && r === 0 ? { header: true } : {}),
      children: cells.map((text) => ({ type: 'table-cell', children: [{ type: 'paragraph', children: [{ text }] }] })),
    })),
  };
}
