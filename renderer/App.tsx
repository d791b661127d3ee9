// The application shell: the 文稿库 home screen, the editor for the open
// draft with its 历史版本 panel, and the file commands from the toolbar, the
// menu and the keyboard (Ctrl+S keeps a named version).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Draft, MenuCommand } from '../shared/ipc';
import { contentTitle, type DraftMetadata, type ReportContent } from '../shared/model';
import type { TemplateSummary } from '../shared/template';
import { call, onMenuCommand } from './api';
import { NewDraftDialog } from './components/NewDraftDialog';
import { ErrorBoundary } from './components/ErrorBoundary';
import { Notice, type NoticeMessage } from './components/Notice';
import { useExportCheck } from './checks/ExportCheck';
import { ReportEditor, type ReportEditorHandle } from './editor/ReportEditor';
import { HistoryPanel } from './history/HistoryPanel';
import { useSaveVersionKey } from './history/use-save-version';
import { chineseDateTime } from '../shared/dates';
import { LibraryScreen } from './library/LibraryScreen';

type DialogKind = 'none' | 'new';

export function App() {
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  const [draft, setDraft] = useState<Draft | null>(null);
  /** Bumped to remount the editor when the stored text changed under it (a restored version). */
  const [editorKey, setEditorKey] = useState(0);
  const [dialog, setDialog] = useState<DialogKind>('none');
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  /** The open draft's title as typed; App re-renders only when it changes, not on every keystroke. */
  const [title, setTitle] = useState<string | null>(null);
  const onStatus = useCallback(({ content }: { content: ReportContent }) => {
    const next = contentTitle(content);
    setTitle((prev) => (prev === next ? prev : next));
  }, []);
  const [busy, setBusy] = useState(false);
  const [history, setHistory] = useState(false);
  const [versionsKey, setVersionsKey] = useState(0);
  const editorRef = useRef<ReportEditorHandle>(null);

  const showError = useCallback((text: string) => setNotice({ kind: 'error', text }), []);
  /** Saves the open draft; false (and a message) when its text could not be saved, so nothing may leave it. */
  const flush = useCallback(async (): Promise<boolean> => {
    const saved = (await editorRef.current?.flush()) ?? true;
    if (!saved) showError('当前文稿还有内容没能保存（原因见状态栏），为免丢失，本次操作没有进行。程序会自动重试保存，请解决问题后再试。');
    return saved;
  }, [showError]);

  const showDraft = useCallback((next: Draft | null) => {
    setDraft(next);
    setTitle(null);
    setEditorKey((k) => k + 1);
    setDialog('none');
  }, []);

  const openDraft = useCallback(
    async (id: string) => {
      if (!(await flush())) return;
      const result = await call('drafts:open', { id });
      if (!result.ok) return showError(result.error.message);
      showDraft(result.value);
    },
    [flush, showDraft, showError],
  );

  const goHome = useCallback(async () => {
    if (!(await flush())) return;
    setHistory(false);
    showDraft(null);
  }, [flush, showDraft]);

  useEffect(() => {
    void (async () => {
      const recovery = await call('library:notice', null);
      if (recovery.ok && recovery.value) setNotice({ kind: 'error', text: recovery.value.message });
      const t = await call('templates:list', null);
      if (t.ok) setTemplates(t.value);
      else showError(t.error.message);
      // An empty library opens straight into 新建.
      const list = await call('drafts:list', null);
      if (list.ok && list.value.length === 0) setDialog('new');
    })();
  }, [showError]);

  const createDraft = async (template: string, metadata: Partial<DraftMetadata>) => {
    if (!(await flush())) return;
    const result = await call('drafts:create', { template, metadata });
    if (!result.ok) return showError(result.error.message);
    showDraft(result.value);
  };

  const importFile = useCallback(async () => {
    if (!(await flush())) return;
    const result = await call('drafts:import', null);
    if (!result.ok) return showError(result.error.message);
    if (!result.value) return;
    showDraft(result.value);
    setNotice({ kind: 'info', text: `已导入：${result.value.title}` });
  }, [flush, showDraft, showError]);

  const { confirm: confirmExport, dialog: exportCheckDialog } = useExportCheck();
  const exportDocx = useCallback(async () => {
    if (!draft || busy) return;
    setBusy(true);
    try {
      if (!(await flush())) return;
      // 规范检查 summary: warns, never blocks.
      if (!(await confirmExport(draft.id))) return;
      const kept = await call('versions:keep', { id: draft.id, kind: 'before-export', name: '' });
      if (kept.ok) setVersionsKey((k) => k + 1);
      const result = await call('drafts:export-docx', { id: draft.id });
      if (!result.ok) showError(result.error.message);
      else if (result.value) setNotice({ kind: 'info', text: `已导出 Word 文档：${result.value.path}` });
    } finally {
      setBusy(false);
    }
  }, [draft, busy, flush, showError, confirmExport]);

  const saveVersion = useCallback(async () => {
    if (!draft) return;
    if (!(await flush())) return;
    const result = await call('versions:keep', { id: draft.id, kind: 'named', name: '' });
    if (!result.ok) return showError(result.error.message);
    setVersionsKey((k) => k + 1);
    setNotice({ kind: 'info', text: `已保存版本（${chineseDateTime(result.value.created)}），可在“历史版本”中查看。` });
  }, [draft, flush, showError]);
  useSaveVersionKey(draft ? () => void saveVersion() : null);

  useEffect(
    () =>
      onMenuCommand((command: MenuCommand) => {
        if (command === 'new-draft') setDialog('new');
        else if (command === 'open-draft') void goHome();
        else if (command === 'export-docx') void exportDocx();
        else if (command === 'import-file') void importFile();
      }),
    [goHome, exportDocx, importFile],
  );

  return (
    <div className="app">
      <header className="toolbar">
        <button type="button" onClick={() => void goHome()} disabled={!draft}>
          文稿库
        </button>
        <button type="button" onClick={() => setDialog('new')}>
          新建
        </button>
        <button type="button" onClick={() => void goHome()}>
          打开
        </button>
        <button type="button" onClick={() => void importFile()}>
          导入
        </button>
        <button type="button" onClick={() => void exportDocx()} disabled={!draft || busy}>
          {busy ? '正在导出…' : '导出 Word'}
        </button>
        <button type="button" onClick={() => setHistory((h) => !h)} disabled={!draft} aria-pressed={history}>
          历史版本
        </button>
        <span className="toolbar-title">{draft ? (title ?? draft.title) : '文稿库'}</span>
      </header>
      <Notice notice={notice} onClose={() => setNotice(null)} />
      {draft ? (
        <div className="workspace">
          <main className="canvas">
            <ErrorBoundary key={`${draft.id}:${editorKey}`} onReset={() => void openDraft(draft.id)}>
              <ReportEditor ref={editorRef} draft={draft} onStatus={onStatus} />
            </ErrorBoundary>
          </main>
          {history && (
            <HistoryPanel
              draftId={draft.id}
              refreshKey={versionsKey}
              flush={flush}
              onError={showError}
              onClose={() => setHistory(false)}
              onRestored={(restored) => {
                showDraft(restored);
                setVersionsKey((k) => k + 1);
                setNotice({ kind: 'info', text: '已恢复所选版本；恢复前的内容已保存为历史版本。' });
              }}
            />
          )}
        </div>
      ) : (
        <LibraryScreen onOpen={(id) => void openDraft(id)} onNew={() => setDialog('new')} onMessage={setNotice} />
      )}
      {exportCheckDialog}
      {dialog === 'new' && templates.length > 0 && (
        <NewDraftDialog
          templates={templates}
          onCreate={createDraft}
          onCreated={async (created) => {
            if (await flush()) showDraft(created);
          }}
          onCancel={() => setDialog('none')}
        />
      )}
    </div>
  );
}
