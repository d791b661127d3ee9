// Tables in the editor keep their shape: a cell always holds paragraphs (a
// heading or other block typed or pasted into one becomes a paragraph), a row
// cells and a table rows; Backspace at a cell's start and Delete at its end
// stay in the cell instead of merging two cells' text.
import { Editor, Element, Node, Point, Range, Transforms, type NodeEntry } from 'slate';
import type { ReportEditor } from '../slate-types';

const EMPTY_PARAGRAPH = () => ({ type: 'paragraph' as const, children: [{ text: '' }] });

/** The cell the selection is in: its path [table, row, cell], or null. */
export function cellPath(editor: ReportEditor, at: Range | null = editor.selection): number[] | null {
  if (!at) return null;
  const entry = Editor.above(editor, { at: Range.start(at), match: (n) => Element.isElement(n) && n.type === 'table-cell' });
  return entry ? entry[1] : null;
}

export function withTables(editor: ReportEditor): ReportEditor {
  const { normalizeNode, deleteBackward, deleteForward } = editor;

  editor.normalizeNode = (entry: NodeEntry) => {
    const [node, path] = entry;
    if (Element.isElement(node) && node.type === 'table-cell') {
      if (node.children.length === 0) return Transforms.insertNodes(editor, EMPTY_PARAGRAPH(), { at: [...path, 0] });
      for (const [k, c] of node.children.entries()) {
        if (Element.isElement(c) && c.type !== 'paragraph') {
          Transforms.setNodes(editor, { type: 'paragraph' }, { at: [...path, k] });
          Transforms.unsetNodes(editor, ['level', 'runIn', 'typedNumber', 'hint', 'source'], { at: [...path, k] });
          return;
        }
      }
    }
    if (Element.isElement(node) && node.type === 'table-row' && node.children.length === 0) return Transforms.removeNodes(editor, { at: path });
    if (Element.isElement(node) && node.type === 'table' && node.children.length === 0) return Transforms.removeNodes(editor, { at: path });
    normalizeNode(entry);
  };

  /** At a cell's edge, the key does nothing (Word does the same). */
  const atCellEdge = (edge: 'start' | 'end'): boolean => {
    const { selection } = editor;
    if (!selection || !Range.isCollapsed(selection)) return false;
    const cell = cellPath(editor);
    if (!cell) return false;
    const point = edge === 'start' ? Editor.start(editor, cell) : Editor.end(editor, cell);
    return Point.equals(selection.anchor, point);
  };
  editor.deleteBackward = (unit) => {
    if (atCellEdge('start')) return;
    // Backspace just after a table does not pull the paragraph into its last cell.
    const { selection } = editor;
    if (selection && Range.isCollapsed(selection) && selection.anchor.offset === 0 && selection.anchor.path.length === 2) {
      const block = selection.anchor.path[0]!;
      const before = block > 0 ? Node.get(editor, [block - 1]) : null;
      if (before && Element.isElement(before) && before.type === 'table' && Point.equals(selection.anchor, Editor.start(editor, [block]))) return;
    }
    deleteBackward(unit);
  };
  editor.deleteForward = (unit) => {
    if (atCellEdge('end')) return;
    deleteForward(unit);
  };
  return editor;
}
