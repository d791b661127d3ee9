// 替换 and 全部替换: text changes through Slate, so undo takes them back;
// 全部替换 is one undo step.
import { Editor, Node, Transforms, type Element } from 'slate';
import { HistoryEditor } from 'slate-history';
import type { ReportEditor } from '../slate-types';
import { matchRange, type FindMatch } from './matches';

function replaceOne(editor: ReportEditor, match: FindMatch, replacement: string): void {
  const element = Node.get(editor, match.path) as Element;
  Transforms.insertText(editor, replacement, { at: matchRange(element, match) });
}

/** Replaces one match (found in the document as it is now). */
export function replaceMatch(editor: ReportEditor, match: FindMatch, replacement: string): void {
  HistoryEditor.withNewBatch(editor, () => replaceOne(editor, match, replacement));
}

/** Replaces every match in one undo step; returns how many were replaced. */
export function replaceAll(editor: ReportEditor, matches: readonly FindMatch[], replacement: string): number {
  if (matches.length === 0) return 0;
  HistoryEditor.withNewBatch(editor, () => {
    Editor.withoutNormalizing(editor, () => {
      // Last first: replacing never moves the offsets of the matches before it.
      for (let i = matches.length - 1; i >= 0; i--) replaceOne(editor, matches[i]!, replacement);
    });
  });
  return matches.length;
}
