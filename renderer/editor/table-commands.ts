// Commands on tables and pictures: insert a table (rows × columns), move
// between cells with Tab and Shift+Tab (Tab in the last cell adds a row), add
// and delete rows and columns, merge cells, insert a picture, set its width.
// Each replaces the table whole from shared/table-edit.ts, in one step, so
// one undo takes it back.
import { Editor, Element, Node, Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import { ReactEditor } from 'slate-react';
import type { ImageBlock, PictureRef, TableBlock } from '../../shared/model';
import { clampWidthMm } from '../../shared/pictures';
import { deleteColumn, deleteRow, insertColumn, insertRow, mergeCells, placedAt } from '../../shared/table-edit';
import { simpleTable } from '../../shared/tables';
import { cellPath } from './plugins/with-tables';
import type { ReportEditor } from './slate-types';

export type TableAction = 'row-below' | 'row-above' | 'row-delete' | 'column-right' | 'column-left' | 'column-delete' | 'merge-right' | 'merge-down';

/** The top-level block the selection is in (its index). */
function currentBlock(editor: ReportEditor): number {
  return editor.selection ? editor.selection.anchor.path[0]! : editor.children.length - 1;
}

/** Inserts a block after the current one, and a paragraph after it when it would end the draft. */
function insertAfter(editor: ReportEditor, block: TableBlock | ImageBlock): number {
  const at = currentBlock(editor) + 1;
  HistoryEditor.withNewBatch(editor, () => {
    Editor.withoutNormalizing(editor, () => {
      Transforms.insertNodes(editor, block, { at: [at] });
      if (at === editor.children.length - 1) Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '' }] }, { at: [at + 1] });
    });
  });
  return at;
}

/** A table of empty cells, its first row the header, after the current block; the cursor in its first cell. */
export function insertTable(editor: ReportEditor, rows: number, columns: number): void {
  const r = Math.max(1, Math.min(100, Math.floor(rows)));
  const c = Math.max(1, Math.min(20, Math.floor(columns)));
  const at = insertAfter(editor, simpleTable(Array.from({ length: r }, () => Array.from({ length: c }, () => '')), r > 1));
  Transforms.select(editor, Editor.start(editor, [at, 0, 0]));
  // The rows and columns fields had the focus: typing goes to the new table.
  ReactEditor.focus(editor);
}

export function insertPicture(editor: ReportEditor, picture: PictureRef): void {
  const at = insertAfter(editor, { type: 'image', picture, children: [{ text: '' }] });
  Transforms.select(editor, Editor.start(editor, [at]));
  ReactEditor.focus(editor);
}

/** Sets a picture's display width (mm, within the text width), as one undo step. */
export function setPictureWidth(editor: ReportEditor, block: number, mm: number): void {
  HistoryEditor.withNewBatch(editor, () => Transforms.setNodes(editor, { width: clampWidthMm(mm) } as Partial<ImageBlock>, { at: [block] }));
}

/** Tab / Shift+Tab in a table: the next or previous cell; Tab in the last cell adds a row. False outside a table. */
export function moveCell(editor: ReportEditor, step: 1 | -1): boolean {
  const path = cellPath(editor);
  if (!path) return false;
  const [t, r, c] = path as [number, number, number];
  const table = Node.get(editor, [t]) as TableBlock;
  const cells: number[][] = table.children.flatMap((row, ri) => row.children.map((_, ci) => [t, ri, ci]));
  const k = cells.findIndex((p) => p[1] === r && p[2] === c) + step;
  if (k >= cells.length) {
    tableAction(editor, 'row-below');
    const next = Node.get(editor, [t]) as TableBlock;
    const last = next.children.length - 1;
    Transforms.select(editor, Editor.start(editor, [t, last, 0]));
    return true;
  }
  if (k < 0) return true;
  Transforms.select(editor, Editor.start(editor, cells[k]!));
  return true;
}

/** Applies a row, column or merge action at the cell the selection is in; false where it cannot be done. */
export function tableAction(editor: ReportEditor, action: TableAction): boolean {
  const path = cellPath(editor);
  if (!path) return false;
  const [t, r, c] = path as [number, number, number];
  const table = Node.get(editor, [t]);
  if (!Element.isElement(table) || table.type !== 'table') return false;
  const placed = placedAt(table, r, c);
  if (!placed) return false;
  const next = ((): TableBlock | null => {
    switch (action) {
      case 'row-below': return insertRow(table, placed.row + placed.rowSpan - 1);
      case 'row-above': return insertRow(table, placed.row, true);
      case 'row-delete': return deleteRow(table, placed.row);
      case 'column-right': return insertColumn(table, placed.col + placed.colSpan - 1);
      case 'column-left': return insertColumn(table, placed.col, true);
      case 'column-delete': return deleteColumn(table, placed.col);
      case 'merge-right': return mergeCells(table, r, c);
      case 'merge-down': return mergeCells(table, r, c, true);
    }
  })();
  if (!next) return false;
  HistoryEditor.withNewBatch(editor, () => {
    Editor.withoutNormalizing(editor, () => {
      Transforms.removeNodes(editor, { at: [t] });
      Transforms.insertNodes(editor, next, { at: [t] });
    });
  });
  const row = Math.min(r, next.children.length - 1);
  const cell = Math.min(c, next.children[row]!.children.length - 1);
  Transforms.select(editor, Editor.start(editor, [t, row, Math.max(0, cell)]));
  return true;
}
