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

/** Rows or columns: which of a placed cell's fields run along the lines edited, and which across them. */
interface Axis {
  at: 'row' | 'col';
  span: 'rowSpan' | 'colSpan';
  across: 'col' | 'row';
  acrossSpan: 'colSpan' | 'rowSpan';
}
const ROWS: Axis = { at: 'row', span: 'rowSpan', across: 'col', acrossSpan: 'colSpan' };
const COLUMNS: Axis = { at: 'col', span: 'colSpan', across: 'row', acrossSpan: 'rowSpan' };

/** The cells with a new line of empty cells at `at`: a cell merged across it grows over it instead. */
function withLine(cells: readonly PlacedCell[], axis: Axis, at: number, length: number): PlacedCell[] {
  const covered = new Set<number>();
  const placed = cells.map((p): PlacedCell => {
    if (p[axis.at] >= at) return { ...p, [axis.at]: p[axis.at] + 1 };
    if (p[axis.at] + p[axis.span] <= at) return p;
    for (let k = p[axis.across]; k < p[axis.across] + p[axis.acrossSpan]; k++) covered.add(k);
    return { ...p, [axis.span]: p[axis.span] + 1 };
  });
  for (let k = 0; k < length; k++) {
    if (covered.has(k)) continue;
    const empty: PlacedCell = { cell: emptyCell(), row: 0, col: 0, colSpan: 1, rowSpan: 1 };
    empty[axis.at] = at;
    empty[axis.across] = k;
    placed.push(empty);
  }
  return placed;
}

/** The cells without line `at`: those in it only go, a cell merged over it shrinks. */
function withoutLine(cells: readonly PlacedCell[], axis: Axis, at: number): PlacedCell[] {
  return cells.flatMap((p): PlacedCell[] => {
    if (p[axis.at] > at) return [{ ...p, [axis.at]: p[axis.at] - 1 }];
    if (p[axis.at] + p[axis.span] <= at) return [p];
    return p[axis.span] > 1 ? [{ ...p, [axis.span]: p[axis.span] - 1 }] : [];
  });
}

/** A row of empty cells below grid row `r` (or above it with `above`). */
export function insertRow(table: TableBlock, r: number, above = false): TableBlock {
  const { cells, columns } = placeCells(table);
  const at = above ? r : r + 1;
  const header = isHeader(table);
  const headerAfter = (k: number) => (k < at ? header(k) : k === at ? header(at - 1) && header(at) : header(k - 1));
  return rebuild(table, withLine(cells, ROWS, at, columns), table.children.length + 1, headerAfter, table.columns);
}

/** The table without grid row `r`; null for its only row. */
export function deleteRow(table: TableBlock, r: number): TableBlock | null {
  if (table.children.length <= 1) return null;
  const header = isHeader(table);
  return rebuild(table, withoutLine(placeCells(table).cells, ROWS, r), table.children.length - 1, (k) => header(k < r ? k : k + 1), table.columns);
}

function columnWeights(table: TableBlock, columns: number): number[] | undefined {
  return table.columns && table.columns.length === columns ? [...table.columns] : undefined;
}

/** A column of empty cells right of grid column `c` (or left of it with `left`). */
export function insertColumn(table: TableBlock, c: number, left = false): TableBlock {
  const { cells, columns } = placeCells(table);
  const at = left ? c : c + 1;
  const weights = columnWeights(table, columns);
  if (weights) weights.splice(at, 0, weights[Math.min(c, weights.length - 1)] ?? 1);
  return rebuild(table, withLine(cells, COLUMNS, at, table.children.length), table.children.length, isHeader(table), weights);
}

/** The table without grid column `c`; null for its only column. */
export function deleteColumn(table: TableBlock, c: number): TableBlock | null {
  const { cells, columns } = placeCells(table);
  if (columns <= 1) return null;
  const weights = columnWeights(table, columns);
  weights?.splice(c, 1);
  return rebuild(table, withoutLine(cells, COLUMNS, c), table.children.length, isHeader(table), weights);
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
