// The application shell: opens the last draft (or offers 新建), hosts the
// editor, and runs the file commands from the toolbar and the menu.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Draft, DraftSummary, MenuCommand } from '../shared/ipc';
import { contentTitle, type DraftMetadata, type ReportContent } from '../shared/model';
import type { TemplateSummary } from '../shared/template';
import { call, onMenuCommand } from './api';
import { DraftPicker } from './components/DraftPicker';
import { NewDraftDialog } from './components/NewDraftDialog';
import { Notice, type NoticeMessage } from './components/Notice';
import { StatusBar } from './components/StatusBar';
import { ReportEditor, type ReportEditorHandle } from './editor/ReportEditor';
import type { SaveState } from './editor/use-autosave';

type DialogKind = 'none' | 'new' | 'open';

export function App() {
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  const [drafts, setDrafts] = useState<DraftSummary[]>([]);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [dialog, setDialog] = useState<DialogKind>('none');
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [status, setStatus] = useState<{ save: SaveState; content: ReportContent } | null>(null);
  const [busy, setBusy] = useState(false);
  const editorRef = useRef<ReportEditorHandle>(null);

  const showError = (text: string) => setNotice({ kind: 'error', text });

  const refreshDrafts = useCallback(async () => {
    const result = await call('drafts:list', null);
    if (result.ok) setDrafts(result.value);
    else showError(result.error.message);
    return result.ok ? result.value : [];
  }, []);

  const openDraft = useCallback(async (id: string) => {
    await editorRef.current?.flush();
    const result = await call('drafts:open', { id });
    if (!result.ok) return showError(result.error.message);
    setDraft(result.value);
    setDialog('none');
  }, []);

  useEffect(() => {
    void (async () => {
      const t = await call('templates:list', null);
      if (t.ok) setTemplates(t.value);
      else showError(t.error.message);
      const list = await refreshDrafts();
      if (list[0]) await openDraft(list[0].id);
      else setDialog('new');
    })();
  }, [refreshDrafts, openDraft]);

  const createDraft = async (template: string, metadata: Partial<DraftMetadata>) => {
    await editorRef.current?.flush();
    const result = await call('drafts:create', { template, metadata });
    if (!result.ok) return showError(result.error.message);
    setDraft(result.value);
    setDialog('none');
    void refreshDrafts();
  };

  const exportDocx = useCallback(async () => {
    if (!draft || busy) return;
    setBusy(true);
    try {
      await editorRef.current?.flush();
      const result = await call('drafts:export-docx', { id: draft.id });
      if (!result.ok) showError(result.error.message);
      else if (result.value) setNotice({ kind: 'info', text: `已导出 Word 文档：${result.value.path}` });
    } finally {
      setBusy(false);
    }
  }, [draft, busy]);

  const showOpen = useCallback(async () => {
    await editorRef.current?.flush();
    await refreshDrafts();
    setDialog('open');
  }, [refreshDrafts]);

  useEffect(
    () =>
      onMenuCommand((command: MenuCommand) => {
        if (command === 'new-draft') setDialog('new');
        else if (command === 'open-draft') void showOpen();
        else if (command === 'export-docx') void exportDocx();
      }),
    [showOpen, exportDocx],
  );

  return (
    <div className="app">
      <header className="toolbar">
        <button type="button" onClick={() => setDialog('new')}>
          新建
        </button>
        <button type="button" onClick={() => void showOpen()}>
          打开
        </button>
        <button type="button" onClick={() => void exportDocx()} disabled={!draft || busy}>
          {busy ? '正在导出…' : '导出 Word'}
        </button>
        <span className="toolbar-title">{status ? contentTitle(status.content) : draft?.title}</span>
      </header>
      <Notice notice={notice} onClose={() => setNotice(null)} />
      <main className="canvas">{draft && <ReportEditor key={draft.id} ref={editorRef} draft={draft} onStatus={setStatus} />}</main>
      {draft && status && <StatusBar save={status.save} content={status.content} />}
      {dialog === 'new' && templates.length > 0 && (
        <NewDraftDialog templates={templates} onCreate={createDraft} onCancel={draft ? () => setDialog('none') : null} />
      )}
      {dialog === 'open' && (
        <DraftPicker drafts={drafts} onOpen={(id) => void openDraft(id)} onNew={() => setDialog('new')} onCancel={() => setDialog('none')} />
      )}
    </div>
  );
}
