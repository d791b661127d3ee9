// The file commands from the toolbar, the menu and the keyboard: 新建, 导入,
// 导出 Word and 导出 PDF (after the 规范检查 summary and a before-export version), and
// Ctrl+S keeping a named version. Each saves the open draft first.
import { useCallback, useState } from 'react';
import { chineseDateTime } from '../../shared/dates';
import type { DraftMetadata } from '../../shared/model';
import { call } from '../api';
import type { NoticeMessage } from '../components/Notice';
import type { OpenDraft } from './use-open-draft';

export function useDraftCommands(
  open: OpenDraft,
  confirmExport: (id: string) => Promise<boolean>,
  setNotice: (notice: NoticeMessage) => void,
) {
  const { draft, flush, showDraft } = open;
  const [busy, setBusy] = useState(false);
  /** Bumped when a version was kept, so the 历史版本 panel reads the list again. */
  const [versionsKey, setVersionsKey] = useState(0);
  const bumpVersions = useCallback(() => setVersionsKey((k) => k + 1), []);
  const showError = useCallback((text: string) => setNotice({ kind: 'error', text }), [setNotice]);

  const createDraft = useCallback(
    async (template: string, metadata: Partial<DraftMetadata>) => {
      if (!(await flush())) return;
      const result = await call('drafts:create', { template, metadata });
      if (!result.ok) return showError(result.error.message);
      showDraft(result.value);
    },
    [flush, showDraft, showError],
  );

  const importFile = useCallback(async () => {
    if (!(await flush())) return;
    const result = await call('drafts:import', null);
    if (!result.ok) return showError(result.error.message);
    if (!result.value) return;
    const { summary, ...imported } = result.value;
    showDraft(imported);
    setNotice({ kind: 'info', text: `已导入：${imported.title}（${summary}）` });
  }, [flush, showDraft, showError, setNotice]);

  const exportAs = useCallback(async (kind: 'docx' | 'pdf') => {
    if (!draft || busy) return;
    setBusy(true);
    try {
      if (!(await flush())) return;
      // 规范检查 summary: warns, never blocks.
      if (!(await confirmExport(draft.id))) return;
      const kept = await call('versions:keep', { id: draft.id, kind: 'before-export', name: '' });
      if (kept.ok) bumpVersions();
      const result = await call(kind === 'pdf' ? 'drafts:export-pdf' : 'drafts:export-docx', { id: draft.id });
      if (!result.ok) showError(result.error.message);
      else if (result.value) setNotice({ kind: 'info', text: `${kind === 'pdf' ? '已导出 PDF 文件' : '已导出 Word 文档'}：${result.value.path}` });
    } finally {
      setBusy(false);
    }
  }, [draft, busy, flush, showError, confirmExport, bumpVersions, setNotice]);
  const exportDocx = useCallback(() => exportAs('docx'), [exportAs]);
  const exportPdf = useCallback(() => exportAs('pdf'), [exportAs]);

  const saveVersion = useCallback(async () => {
    if (!draft) return;
    if (!(await flush())) return;
    const result = await call('versions:keep', { id: draft.id, kind: 'named', name: '' });
    if (!result.ok) return showError(result.error.message);
    bumpVersions();
    setNotice({ kind: 'info', text: `已保存版本（${chineseDateTime(result.value.created)}），可在“历史版本”中查看。` });
  }, [draft, flush, showError, bumpVersions, setNotice]);

  return { busy, versionsKey, bumpVersions, createDraft, importFile, exportDocx, exportPdf, saveVersion };
}
