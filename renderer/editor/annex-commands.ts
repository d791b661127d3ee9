// Attachments (附件) in the editor: 插入附件 (a new attachment after the last
// one: its title and an empty paragraph), moving an attachment with its
// content before or after its neighbour, deleting it with its content; and
// the 附件说明 rewritten from the attachments' titles (shared/annexes.ts).
// Each command is one undo step; the editor's normaliser then brings the
// 附件说明 in step.
import { Editor, Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import { ReactEditor } from 'slate-react';
import { annexParts, noteBlocks, noteChange } from '../../shared/annexes';
import { block, blockText, type ReportContent } from '../../shared/model';
import { currentBlock } from './commands';
import type { ReportEditor } from './slate-types';

const content = (editor: ReportEditor) => editor.children as ReportContent;

/**
 * A block's text replaced by raw operations: Transforms.insertText over a
 * range would move the clerk's cursor there (from the title being typed).
 */
function setBlockText(editor: ReportEditor, index: number, text: string): void {
  const node = content(editor)[index];
  if (!node || node.type === 'table' || blockText(node) === text) return;
  if (node.children.length !== 1) {
    Transforms.removeNodes(editor, { at: [index] });
    Transforms.insertNodes(editor, noteBlocks([text]), { at: [index] });
    return;
  }
  const path = [index, 0];
  const old = node.children[0]!.text;
  if (old) editor.apply({ type: 'remove_text', path, offset: 0, text: old });
  if (text) editor.apply({ type: 'insert_text', path, offset: 0, text });
}

/** Rewrites the 附件说明 from the attachments until it is in step; returns whether anything changed. */
export function syncNote(editor: ReportEditor): boolean {
  let changed = false;
  for (let change = noteChange(content(editor)), guard = 0; change && guard < 100; guard++) {
    const { start, remove, names } = change;
    Editor.withoutNormalizing(editor, () => {
      if (remove === names.length) {
        // As many names as items: each item's text rewritten in place (a title typed into changes one item).
        names.forEach((name, k) => setBlockText(editor, start + k, name));
        return;
      }
      for (let k = 0; k < remove; k++) Transforms.removeNodes(editor, { at: [start] });
      if (names.length) Transforms.insertNodes(editor, noteBlocks(names), { at: [start] });
    });
    changed = true;
    change = noteChange(content(editor));
  }
  return changed;
}

/** The attachment holding block `index`, if any. */
export function annexAt(editor: ReportEditor, index: number | null) {
  if (index === null) return undefined;
  return annexParts(content(editor)).find((p) => p.index <= index && index < p.end);
}

/** Adds an attachment after the last one (or after the main text) and puts the cursor in its title. */
export function insertAnnex(editor: ReportEditor): void {
  const at = content(editor).length;
  HistoryEditor.withNewBatch(editor, () => {
    Editor.withoutNormalizing(editor, () => {
      Transforms.insertNodes(editor, [{ ...block('annex', '', {}), hint: '附件标题' }, block('paragraph', '', {})], { at: [at] });
    });
  });
  const title = annexParts(content(editor)).at(-1);
  if (!title) return;
  ReactEditor.focus(editor);
  Transforms.select(editor, Editor.start(editor, [title.index]));
}

/** Moves the attachment holding the cursor before the previous one (-1) or after the next one (+1). */
export function moveAnnex(editor: ReportEditor, by: -1 | 1, index = currentBlock(editor)): void {
  const parts = annexParts(content(editor));
  const k = parts.findIndex((p) => index !== null && p.index <= index && index < p.end);
  const other = parts[k + by];
  if (k < 0 || !other) return;
  const [first, second] = by < 0 ? [other, parts[k]!] : [parts[k]!, other];
  const n = second.end - second.index;
  HistoryEditor.withNewBatch(editor, () => {
    Editor.withoutNormalizing(editor, () => {
      // The later attachment's blocks, one by one, to where the earlier one starts.
      for (let j = 0; j < n; j++) Transforms.moveNodes(editor, { at: [second.index + j], to: [first.index + j] });
    });
  });
}

/** Deletes the attachment holding the cursor, with its content (the 附件说明 follows). */
export function deleteAnnex(editor: ReportEditor, index = currentBlock(editor)): void {
  const part = annexAt(editor, index);
  if (!part) return;
  HistoryEditor.withNewBatch(editor, () => {
    Editor.withoutNormalizing(editor, () => {
      for (let j = part.index; j < part.end; j++) Transforms.removeNodes(editor, { at: [part.index] });
      // The last attachment gone: its name leaves the 附件说明 too.
      if (annexParts(content(editor)).length === 0) {
        const items = content(editor).flatMap((b, i) => (b.type === 'attachment' ? [i] : []));
        for (const i of items.reverse()) Transforms.removeNodes(editor, { at: [i] });
      }
      if (content(editor).length === 0) Transforms.insertNodes(editor, block('paragraph', '', {}), { at: [0] });
    });
  });
}
