// Whether an IME composition is showing in the editor. Set from the
// Editable's composition events, which run before Slate inserts the
// committed text — so, unlike ReactEditor.isComposing, it is already false
// while the committed text is inserted and normalized.
import type { ReportEditor } from './slate-types';

const COMPOSING = new WeakMap<ReportEditor, boolean>();

export function isComposing(editor: ReportEditor): boolean {
  return COMPOSING.get(editor) ?? false;
}

export function setComposing(editor: ReportEditor, on: boolean): void {
  COMPOSING.set(editor, on);
}
