// 文稿信息: the draft's metadata, its dialog, and saving it; the text bound
// to the metadata (title, signature, date…) is refilled where it still reads
// as filled from the old values.
import { useState } from 'react';
import { metadataChanges } from '../../../shared/metadata-binding';
import type { DraftMetadata, ReportContent } from '../../../shared/model';
import { call } from '../../api';
import type { NoticeMessage } from '../../components/Notice';
import { replaceBlockTexts } from '../commands';
import type { ReportEditor } from '../slate-types';

export function useDraftMetadata(editor: ReportEditor, draftId: string, initial: DraftMetadata, setNotice: (n: NoticeMessage) => void) {
  const [metadata, setMetadata] = useState<DraftMetadata>(initial);
  const [editing, setEditing] = useState(false);
  const save = async (next: DraftMetadata) => {
    const result = await call('drafts:update-metadata', { id: draftId, metadata: next });
    if (!result.ok) return setNotice({ kind: 'error', text: result.error.message });
    replaceBlockTexts(editor, metadataChanges(editor.children as ReportContent, metadata, next));
    setMetadata(next);
    setEditing(false);
  };
  return { metadata, editing, setEditing, save };
}
