// What the outline panel does to the text: jump to a heading, act on its
// section (level up or down, run-in, move), and drop a section before another.
import { useCallback } from 'react';
import type { ReportContent } from '../../../shared/model';
import { moveSectionBefore } from '../../../shared/outline';
import { applyMove, jumpTo, sectionAction, type SectionAction } from '../commands';
import type { ReportEditor } from '../slate-types';

export function useOutlineActions(editor: ReportEditor) {
  const onJump = useCallback((index: number) => jumpTo(editor, index), [editor]);
  const onAction = useCallback((action: SectionAction, index: number) => sectionAction(editor, action, index), [editor]);
  const onDropBefore = useCallback(
    (index: number, target: number) => {
      const move = moveSectionBefore(editor.children as ReportContent, index, target);
      if (move) applyMove(editor, move);
    },
    [editor],
  );
  return { onJump, onAction, onDropBefore };
}
