// Keeps the 附件说明 in step with the attachments (附件) as the clerk adds,
// renames, reorders or deletes them: after every change, the 附件说明 names
// the attachments' titles in order (shared/annexes.ts). Nothing is touched
// while an IME composition is in progress.
import { noteChange } from '../../../shared/annexes';
import type { ReportContent } from '../../../shared/model';
import { syncNote } from '../annex-commands';
import { isComposing } from '../composition';
import type { ReportEditor } from '../slate-types';

export function withAnnexes(editor: ReportEditor): ReportEditor {
  const { normalizeNode } = editor;
  editor.normalizeNode = (entry, options) => {
    if (entry[1].length === 0 && !isComposing(editor) && noteChange(editor.children as ReportContent)) {
      syncNote(editor);
      return;
    }
    normalizeNode(entry, options);
  };
  return editor;
}
