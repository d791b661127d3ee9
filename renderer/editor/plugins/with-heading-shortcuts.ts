// Typing a heading number (一、 （一） 1. （1）, in the forms of
// shared/recognize/numbers.ts) at the start of a paragraph
// turns it into a heading of that level; the number itself is then computed.
// The change is its own undo step, so undo gives back the typed text.
import { Editor, Element, Range, Transforms, type Node } from 'slate';
import { HistoryEditor } from 'slate-history';
import type { HeadingLevel, ReportBlock } from '../../../shared/model';
import { FORM_LEVEL, numberFormOf } from '../../../shared/recognize/numbers';
import type { ReportEditor } from '../slate-types';

/** The heading level a typed prefix asks for (the number forms the importer reads), or null. */
export function shortcutLevel(prefix: string): HeadingLevel | null {
  const form = numberFormOf(prefix);
  return form ? FORM_LEVEL[form] : null;
}

export function withHeadingShortcuts(editor: ReportEditor): ReportEditor {
  const { insertText } = editor;
  editor.insertText = (text, options) => {
    insertText(text, options);
    const { selection } = editor;
    if (!selection || !Range.isCollapsed(selection)) return;
    const entry = Editor.above<ReportBlock>(editor, {
      match: (n: Node): n is ReportBlock => Element.isElement(n) && Editor.isBlock(editor, n),
    });
    // In a table cell a typed number stays text: cells hold paragraphs only.
    if (!entry || entry[0].type !== 'paragraph' || entry[1].length > 1) return;
    const [, path] = entry;
    const typed = { anchor: Editor.start(editor, path), focus: selection.anchor };
    const level = shortcutLevel(Editor.string(editor, typed));
    if (!level) return;
    HistoryEditor.withNewBatch(editor, () => {
      Transforms.delete(editor, { at: typed });
      Transforms.setNodes(editor, { type: 'heading', level }, { at: path });
      Transforms.unsetNodes(editor, ['hint', 'source'], { at: path });
    });
  };
  return editor;
}
