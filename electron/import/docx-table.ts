// A Word or WPS table (w:tbl) → a table block: the grid's column widths
// (w:tblGrid), header rows (w:tblHeader), column spans (w:gridSpan) and row
// spans (w:vMerge: a restart cell spans down over the continue cells below
// it, which leave the model). Cells skipped at a row's start or end
// (w:gridBefore, w:gridAfter) become empty cells, so every row fills the grid.
import type { ParagraphBlock, TableBlock, TableCell, TableRow } from '../../shared/model';
import { attr, child, elements, isOn, val, type XmlElement } from './xml';

/** The paragraphs of one cell's content (w:tc), as the walker reads them. */
export type CellReader = (tc: XmlElement) => ParagraphBlock[];

const EMPTY = (): ParagraphBlock[] => [{ type: 'paragraph', children: [{ text: '' }] }];

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isFinite(n) && n >= 1 ? Math.floor(n) : fallback;
}

function alignOf(tc: XmlElement): TableCell['align'] {
  const p = elements(tc).find((e) => e.localName === 'p');
  const jc = val(child(p, 'pPr'), 'jc');
  if (jc === 'center') return 'center';
  if (jc === 'right' || jc === 'end') return 'right';
  return undefined;
}

function emptyCell(colSpan: number): TableCell {
  return { type: 'table-cell', children: EMPTY(), ...(colSpan > 1 ? { colSpan } : {}) };
}

/** The rows of a table, descending into the content controls and custom XML rows may sit in. */
function rowsOf(parent: XmlElement): XmlElement[] {
  return elements(parent).flatMap((e) => {
    if (e.localName === 'tr') return [e];
    if (e.localName === 'sdt') return rowsOf(child(e, 'sdtContent') ?? e);
    if (e.localName === 'customXml' || e.localName === 'ins') return rowsOf(e);
    return [];
  });
}

function cellsOf(parent: XmlElement): XmlElement[] {
  return elements(parent).flatMap((e) => {
    if (e.localName === 'tc') return [e];
    if (e.localName === 'sdt') return cellsOf(child(e, 'sdtContent') ?? e);
    if (e.localName === 'customXml') return cellsOf(e);
    return [];
  });
}

export function readTable(tbl: XmlElement, readCell: CellReader): TableBlock | null {
  const columns = elements(child(tbl, 'tblGrid') ?? tbl)
    .filter((e) => e.localName === 'gridCol')
    .map((g) => Math.max(0, Number(attr(g, 'w')) || 0));
  /** The cell a vertical merge runs down from, by grid column. */
  const open = new Map<number, TableCell>();
  const rows: TableRow[] = [];
  let headerRun = true;
  for (const tr of rowsOf(tbl)) {
    const trPr = child(tr, 'trPr');
    const cells: TableCell[] = [];
    let col = positive(val(trPr, 'gridBefore'), 0);
    if (col > 0) cells.push(emptyCell(col));
    for (const tc of cellsOf(tr)) {
      const tcPr = child(tc, 'tcPr');
      const span = positive(val(tcPr, 'gridSpan'), 1);
      const vMerge = child(tcPr, 'vMerge');
      const merge = vMerge ? (attr(vMerge, 'val') ?? 'continue') : null;
      const above = open.get(col);
      if (merge === 'continue' && above) {
        above.rowSpan = (above.rowSpan ?? 1) + 1;
        col += span;
        continue;
      }
      const paragraphs = readCell(tc);
      const align = alignOf(tc);
      const cell: TableCell = {
        type: 'table-cell',
        children: paragraphs.length ? paragraphs : EMPTY(),
        ...(span > 1 ? { colSpan: span } : {}),
        ...(align ? { align } : {}),
      };
      for (let c = col; c < col + span; c++) open.delete(c);
      if (merge !== null) open.set(col, cell);
      cells.push(cell);
      col += span;
    }
    const after = positive(val(trPr, 'gridAfter'), 0);
    if (after > 0) cells.push(emptyCell(after));
    if (cells.length === 0) continue;
    const header: boolean = headerRun && isOn(trPr, 'tblHeader');
    headerRun = header;
    rows.push({ type: 'table-row', children: cells, ...(header ? { header: true } : {}) });
  }
  if (rows.length === 0) return null;
  return { type: 'table', children: rows, ...(columns.length && columns.some((w) => w > 0) ? { columns } : {}) };
}
