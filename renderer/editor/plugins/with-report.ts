// The report's block rules, as one Slate plugin: a new line after a title,
// heading or other special block is a body paragraph, and what belongs to
// one block (template hint and source, level, run-in) never travels to the
// new one.
import { Editor, Element, Transforms, type Node } from 'slate';
import type { ReportBlock } from '../../../shared/model';
import type { ReportEditor } from '../slate-types';

const BLOCK_ONLY = ['hint', 'source', 'level', 'runIn'] as const;

export function withReport(editor: ReportEditor): ReportEditor {
  const { insertBreak } = editor;
  editor.insertBreak = () => {
    insertBreak();
    const entry = Editor.above<ReportBlock>(editor, {
      match: (n: Node): n is ReportBlock => Element.isElement(n) && Editor.isBlock(editor, n),
    });
    if (!entry) return;
    const [node, path] = entry;
    if (node.type !== 'paragraph') Transforms.setNodes(editor, { type: 'paragraph' }, { at: path });
    const present = BLOCK_ONLY.filter((key) => key in node);
    if (present.length) Transforms.unsetNodes(editor, present, { at: path });
  };
  return editor;
}
