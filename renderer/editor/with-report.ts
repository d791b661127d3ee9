// The report's editing rules, as one Slate plugin: a new line after a title,
// heading or other special block is a body paragraph, and template hints
// never travel to new blocks.
import { Editor, Element, Transforms, type Node } from 'slate';
import type { ReportBlock } from '../../shared/model';
import type { ReportEditor } from './slate-types';

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
    if ('level' in node) Transforms.unsetNodes(editor, 'level', { at: path });
    if (node.hint) Transforms.unsetNodes(editor, 'hint', { at: path });
  };
  return editor;
}
