// Keeps the marked 一是/二是 leads counting within their section. Nothing is
// touched while an IME composition is in progress; the count is corrected
// as soon as the composed text is committed.
import { Editor, Text, Transforms } from 'slate';
import { nextLeadFix, type LeadFix } from '../../../shared/leads';
import type { ReportContent } from '../../../shared/model';
import { isComposing } from '../composition';
import type { ReportEditor } from '../slate-types';

function applyLeadFix(editor: ReportEditor, fix: LeadFix): void {
  const path = [fix.block, fix.child];
  const at = (from: number, to: number) => ({ anchor: { path, offset: from }, focus: { path, offset: to } });
  switch (fix.kind) {
    case 'renumber': {
      Transforms.setNodes(editor, { lead: fix.count }, { at: path });
      const old = Editor.string(editor, path);
      // Raw operations: Transforms.insertText over a range would drag a caret
      // that sits at the end of the previous leaf into this one.
      if (old !== fix.text) {
        editor.apply({ type: 'remove_text', path, offset: 0, text: old });
        editor.apply({ type: 'insert_text', path, offset: 0, text: fix.text });
      }
      return;
    }
    case 'unmark':
      Transforms.unsetNodes(editor, 'lead', { at: path, match: Text.isText });
      return;
    case 'split': {
      const length = Editor.string(editor, path).length;
      const end = fix.prefix + fix.word;
      // Unmark the tail first so the prefix offsets stay valid.
      if (end < length) Transforms.unsetNodes(editor, 'lead', { at: at(end, length), match: Text.isText, split: true });
      if (fix.prefix > 0) Transforms.unsetNodes(editor, 'lead', { at: at(0, fix.prefix), match: Text.isText, split: true });
      return;
    }
  }
}

export function withLeads(editor: ReportEditor): ReportEditor {
  const { normalizeNode } = editor;
  editor.normalizeNode = (entry, options) => {
    if (entry[1].length === 0 && !isComposing(editor)) {
      const fix = nextLeadFix(editor.children as ReportContent);
      if (fix) {
        applyLeadFix(editor, fix);
        return;
      }
    }
    normalizeNode(entry, options);
  };
  return editor;
}

/**
 * Inserts a lead at the cursor and counts every lead at once, so that it never
 * stands beside another lead of the same count (Slate would merge the two).
 * Text typed after it stays plain.
 */
export function insertLead(editor: ReportEditor): void {
  Editor.withoutNormalizing(editor, () => {
    Transforms.insertNodes(editor, { text: '一是', lead: true });
    for (let fix = nextLeadFix(editor.children as ReportContent), guard = 0; fix && guard < 1000; guard++) {
      applyLeadFix(editor, fix);
      fix = nextLeadFix(editor.children as ReportContent);
    }
  });
}
