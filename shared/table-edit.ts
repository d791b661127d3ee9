// Editing a table's structure, as pure functions on a table block: rows and
// columns added and deleted, cells merged across and down. Each works on the
// cells as placed on the grid (tables.ts) and builds the rows again, so spans
// stay right: a row added inside a merged cell lengthens it, a deleted row
// shortens the cells merged over it. Null where the edit cannot be made.
import type { ParagraphBlock, TableBlock, TableCell } from './model';
import { placeCells, type PlacedCell } from './tables';

const emptyCell = (): TableCell => ({ type: 'table-cell', children: [{ type: 'paragraph', children: [{ text: '' }] }] });

function rebuild(table: TableBlock, placed: readonly PlacedCell[], rows: number, header: (r: number) => boolean, columns?: number[]): TableBlock {
  const out: TableBlock = {
    ...table,
    children: Array.from({ length: rows }, (_, r) => ({
      type: 'table-row' as const,
      ...(header(r) ? { header: true } : {}),
      children: placed
        .filter((p) => p.row === r)
        .sort((a, b) => a.col - b.col)
        .map(({ cell, colSpan, rowSpan }) => {
          const { colSpan: _c, rowSpan: _r, ...rest } = cell;
          return { ...rest, ...(colSpan > 1 ? { colSpan } : {}), ...(rowSpan > 1 ? { rowSpan } : {}) };
        }),
    })),
  };
  if (columns) out.columns = columns;
  else delete out.columns;
  return out;
}

const isHeader = (t: TableBlock) => (r: number) => t.children[r]?.header === true;

/** Which placed cell holds cell `cell` of row `row` (the editor's path). */
export function placedAt(table: TableBlock, row: number, cell: number): PlacedCell | undefined {
  const target = table.children[row]?.children[cell];
  return placeCells(table).cells.find((p) => p.cell === target);
}

/** A row of empty cells below grid row `r` (or above it with `above`). */
export function insertRow(table: TableBlock, r: number, above = false): TableBlock {
  const { cells, columns } = placeCells(table);
  const at = above ? r : r + 1;
  const covered = new Set<number>();
  const placed = cells.map((p) => {
    if (p.row >= at) return { ...p, row: p.row + 1 };
    if (p.row + p.rowSpan > at) {
      for (let c = p.col; c < p.col + p.colSpan; c++) covered.add(c);
      return { ...p, rowSpan: p.rowSpan + 1 };
    }
    return p;
  });
  for (let c = 0; c < columns; c++) if (!covered.has(c)) placed.push({ cell: emptyCell(), row: at, col: c, colSpan: 1, rowSpan: 1 });
  const header = isHeader(table);
  return rebuild(table, placed, table.children.length + 1, (k) => (k < at ? header(k) : k === at ? header(at - 1) && header(at) : header(k - 1)), table.columns);
}

/** The table without grid row `r`; null for its only row. */
export function deleteRow(table: TableBlock, r: number): TableBlock | null {
  if (table.children.length <= 1) return null;
  const placed: PlacedCell[] = [];
  for (const p of placeCells(table).cells) {
    if (p.row === r) {
      if (p.rowSpan > 1) placed.push({ ...p, rowSpan: p.rowSpan - 1 });
    } else if (p.row > r) placed.push({ ...p, row: p.row - 1 });
    else placed.push(p.row + p.rowSpan > r ? { ...p, rowSpan: p.rowSpan - 1 } : p);
  }
  const header = isHeader(table);
  return rebuild(table, placed, table.children.length - 1, (k) => header(k < r ? k : k + 1), table.columns);
}

function columnWeights(table: TableBlock, columns: number): number[] | undefined {
  return table.columns && table.columns.length === columns ? [...table.columns] : undefined;
}

/** A column of empty cells right of grid column `c` (or left of it with `left`). */
export function insertColumn(table: TableBlock, c: number, left = false): TableBlock {
  const { cells, columns } = placeCells(table);
  const at = left ? c : c + 1;
  const covered = new Set<number>();
  const placed = cells.map((p) => {
    if (p.col >= at) return { ...p, col: p.col + 1 };
    if (p.col + p.colSpan > at) {
      for (let r = p.row; r < p.row + p.rowSpan; r++) covered.add(r);
      return { ...p, colSpan: p.colSpan + 1 };
    }
    return p;
  });
  for (let r = 0; r < table.children.length; r++) if (!covered.has(r)) placed.push({ cell: emptyCell(), row: r, col: at, colSpan: 1, rowSpan: 1 });
  const weights = columnWeights(table, columns);
  if (weights) weights.splice(at, 0, weights[Math.min(c, weights.length - 1)] ?? 1);
  return rebuild(table, placed, table.children.length, isHeader(table), weights);
}

/** The table without grid column `c`; null for its only column. */
export function deleteColumn(table: TableBlock, c: number): TableBlock | null {
  const { cells, columns } = placeCells(table);
  if (columns <= 1) return null;
  const placed: PlacedCell[] = [];
  for (const p of cells) {
    if (p.col === c) {
      if (p.colSpan > 1) placed.push({ ...p, colSpan: p.colSpan - 1 });
    } else if (p.col > c) placed.push({ ...p, col: p.col - 1 });
    else placed.push(p.col + p.colSpan > c ? { ...p, colSpan: p.colSpan - 1 } : p);
  }
  const weights = columnWeights(table, columns);
  weights?.splice(c, 1);
  const rows = table.children.length;
  // A row left without cells of its own (all merged down from above) is taken out of their spans.
  return rebuild(table, placed, rows, isHeader(table), weights);
}

function joined(a: TableCell, b: TableCell): ParagraphBlock[] {
  const text = (p: ParagraphBlock) => p.children.map((t) => t.text).join('');
  const kept = [...a.children, ...b.children].filter((p) => text(p) !== '');
  return kept.length ? kept : [a.children[0]!];
}

/** The cell at (row, cell) merged with its neighbour to the right (or below, with `down`); null where they do not line up. */
export function mergeCells(table: TableBlock, row: number, cell: number, down = false): TableBlock | null {
  const { cells } = placeCells(table);
  const target = table.children[row]?.children[cell];
  const p = cells.find((x) => x.cell === target);
  if (!p) return null;
  const q = down
    ? cells.find((x) => x.row === p.row + p.rowSpan && x.col === p.col && x.colSpan === p.colSpan)
    : cells.find((x) => x.col === p.col + p.colSpan && x.row === p.row && x.rowSpan === p.rowSpan);
  if (!q) return null;
  const merged: PlacedCell = {
    ...p,
    cell: { ...p.cell, children: joined(p.cell, q.cell) },
    ...(down ? { rowSpan: p.rowSpan + q.rowSpan } : { colSpan: p.colSpan + q.colSpan }),
  };
  const placed = cells.filter((x) => x !== q).map((x) => (x === p ? merged : x));
  return rebuild(table, placed, table.children.length, isHeader(table), table.columns);
}
