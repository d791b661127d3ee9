// Editing commands shared by the toolbar, the keyboard and the outline panel.
// Each is one undo step.
import { Editor, Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import { ReactEditor } from 'slate-react';
import type { TextChange } from '../../shared/metadata-binding';
import type { HeadingLevel, ReportContent } from '../../shared/model';
import {
  enclosingHeading,
  moveSectionDown,
  moveSectionUp,
  shiftSection,
  type RangeMove,
} from '../../shared/outline';
import type { ReportEditor } from './slate-types';

const content = (editor: ReportEditor) => editor.children as ReportContent;

/** The index of the block holding the cursor, or null. */
export function currentBlock(editor: ReportEditor): number | null {
  return editor.selection ? (editor.selection.anchor.path[0] ?? null) : null;
}

function batch(editor: ReportEditor, run: () => void): void {
  HistoryEditor.withNewBatch(editor, () => Editor.withoutNormalizing(editor, run));
}

/** Makes the current block body text (level null) or a heading of a level. */
export function setBlockLevel(editor: ReportEditor, level: HeadingLevel | null): void {
  const index = currentBlock(editor);
  if (index === null) return;
  batch(editor, () => {
    if (level === null) {
      Transforms.setNodes(editor, { type: 'paragraph' }, { at: [index] });
      Transforms.unsetNodes(editor, ['level', 'runIn'], { at: [index] });
    } else {
      Transforms.setNodes(editor, { type: 'heading', level }, { at: [index] });
    }
  });
}

/** Tab / Shift+Tab on a heading: one level deeper or shallower. */
export function changeHeadingLevel(editor: ReportEditor, by: 1 | -1): boolean {
  const index = currentBlock(editor);
  const node = index === null ? undefined : content(editor)[index];
  if (!node || node.type !== 'heading') return false;
  const level = node.level + by;
  if (level >= 1 && level <= 4) batch(editor, () => Transforms.setNodes(editor, { level: level as HeadingLevel }, { at: [index!] }));
  return true;
}

/** A level-2 or level-3 heading carries its body in the same paragraph, or stops doing so. */
export function toggleRunIn(editor: ReportEditor): void {
  const index = currentBlock(editor);
  const node = index === null ? undefined : content(editor)[index];
  if (!node || node.type !== 'heading' || (node.level !== 2 && node.level !== 3)) return;
  batch(editor, () => {
    if (node.runIn) Transforms.unsetNodes(editor, 'runIn', { at: [index!] });
    else Transforms.setNodes(editor, { runIn: true }, { at: [index!] });
  });
}

/** Performs a section move as Slate operations (the same result as applyRangeMove). */
export function applyMove(editor: ReportEditor, move: RangeMove): void {
  const n = move.end - move.start;
  batch(editor, () => {
    if (move.to < move.start) {
      for (let k = 0; k < n; k++) Transforms.moveNodes(editor, { at: [move.start + k], to: [move.to + k] });
    } else {
      for (let k = 0; k < n; k++) Transforms.moveNodes(editor, { at: [move.start], to: [move.to + n - 1] });
    }
  });
}

export function shiftSectionLevels(editor: ReportEditor, index: number, by: 1 | -1): void {
  const changes = shiftSection(content(editor), index, by);
  if (!changes) return;
  batch(editor, () => {
    for (const c of changes) Transforms.setNodes(editor, { level: c.level }, { at: [c.index] });
  });
}

export type SectionAction = 'up' | 'down' | 'in' | 'out';

/** Moves the section headed at `index` (or holding the cursor) up, down, in or out. */
export function sectionAction(editor: ReportEditor, action: SectionAction, index?: number): void {
  const at = index ?? enclosingHeading(content(editor), currentBlock(editor) ?? -1);
  if (at === null) return;
  if (action === 'in' || action === 'out') return shiftSectionLevels(editor, at, action === 'in' ? 1 : -1);
  const move = action === 'up' ? moveSectionUp(content(editor), at) : moveSectionDown(content(editor), at);
  if (move) applyMove(editor, move);
}

/** Replaces whole block texts (metadata refills) in one undo step. */
export function replaceBlockTexts(editor: ReportEditor, changes: readonly TextChange[]): void {
  if (!changes.length) return;
  batch(editor, () => {
    for (const { index, text } of changes) Transforms.insertText(editor, text, { at: Editor.range(editor, [index]) });
  });
}

/** Puts the cursor at the start of a block and scrolls it into view. */
export function jumpTo(editor: ReportEditor, index: number): void {
  const node = content(editor)[index];
  if (!node) return;
  ReactEditor.focus(editor);
  Transforms.select(editor, Editor.start(editor, [index]));
  ReactEditor.toDOMNode(editor, node).scrollIntoView({ block: 'center' });
}
