// The open draft: which one, its editor (remounted when the stored text
// changed under it), its title as typed, and leaving it only once saved.
import { useCallback, useRef, useState, type RefObject } from 'react';
import type { Draft } from '../../shared/ipc';
import { contentTitle, type ReportContent } from '../../shared/model';
import { call } from '../api';
import type { ReportEditorHandle } from '../editor/ReportEditor';

export interface OpenDraft {
  draft: Draft | null;
  /** Bumped to remount the editor when the stored text changed under it (a restored version). */
  editorKey: number;
  editorRef: RefObject<ReportEditorHandle | null>;
  /** The open draft's title as typed; null until the editor reports one. */
  title: string | null;
  onStatus: (status: { content: ReportContent }) => void;
  /** Shows a draft (or the library for null) in place of what is open. */
  showDraft: (next: Draft | null) => void;
  /** Saves the open draft; false (and a message) when its text could not be saved, so nothing may leave it. */
  flush: () => Promise<boolean>;
  openDraft: (id: string) => Promise<void>;
}

/** `onShow` runs whenever another draft (or the library) is shown, e.g. to close 新建. */
export function useOpenDraft(showError: (text: string) => void, onShow: () => void): OpenDraft {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [editorKey, setEditorKey] = useState(0);
  // App re-renders only when the title changes, not on every keystroke.
  const [title, setTitle] = useState<string | null>(null);
  const editorRef = useRef<ReportEditorHandle>(null);
  const onStatus = useCallback(({ content }: { content: ReportContent }) => {
    const next = contentTitle(content);
    setTitle((prev) => (prev === next ? prev : next));
  }, []);

  const flush = useCallback(async (): Promise<boolean> => {
    const saved = (await editorRef.current?.flush()) ?? true;
    if (!saved) showError('当前文稿还有内容没能保存（原因见状态栏），为免丢失，本次操作没有进行。程序会自动重试保存，请解决问题后再试。');
    return saved;
  }, [showError]);

  const showDraft = useCallback((next: Draft | null) => {
    setDraft(next);
    setTitle(null);
    setEditorKey((k) => k + 1);
    onShow();
  }, [onShow]);

  const openDraft = useCallback(
    async (id: string) => {
      if (!(await flush())) return;
      const result = await call('drafts:open', { id });
      if (!result.ok) return showError(result.error.message);
      showDraft(result.value);
    },
    [flush, showDraft, showError],
  );

  return { draft, editorKey, editorRef, title, onStatus, showDraft, flush, openDraft };
}
