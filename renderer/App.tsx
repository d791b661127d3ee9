// The application shell: the 文稿库 home screen, the editor for the open
// draft with its 历史版本 panel, and the file commands from the toolbar, the
// menu and the keyboard (Ctrl+S keeps a named version).
import { useCallback, useEffect, useState } from 'react';
import type { MenuCommand } from '../shared/ipc';
import { call, onMenuCommand } from './api';
import { AppToolbar } from './app/AppToolbar';
import { useDraftCommands } from './app/use-draft-commands';
import { OpenDialog } from './app/OpenDialog';
import { useOpenDraft } from './app/use-open-draft';
import { useStartup } from './app/use-startup';
import { useExportCheck } from './checks/ExportCheck';
import { ErrorBoundary } from './components/ErrorBoundary';
import { NewDraftDialog } from './components/NewDraftDialog';
import { Notice, type NoticeMessage } from './components/Notice';
import { ReportEditor } from './editor/ReportEditor';
import { HelpDialog } from './help/HelpDialog';
import { useMenuKey } from './help/use-menu-key';
import { HistoryPanel } from './history/HistoryPanel';
import { useSaveVersionKey } from './history/use-save-version';
import { LibraryScreen } from './library/LibraryScreen';

export function App() {
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [newOpen, setNewOpen] = useState(false);
  const [history, setHistory] = useState(false);
  const [opening, setOpening] = useState(false);
  const [help, setHelp] = useState(false);
  const openHelp = useCallback(() => setHelp(true), []);
  useMenuKey('help', 'F1', openHelp);
  const [toolSlot, setToolSlot] = useState<HTMLElement | null>(null);
  const openNew = useCallback(() => setNewOpen(true), []);
  const showError = useCallback((text: string) => setNotice({ kind: 'error', text }), []);
  const templates = useStartup(setNotice, openNew);
  // The library recovered from damage found after the window opened: tell the clerk, show the recovered list.
  const [libraryKey, setLibraryKey] = useState(0);
  const showLibraryNotice = useCallback(async () => {
    const n = await call('library:notice', null);
    if (n.ok && n.value) setNotice({ kind: 'error', text: n.value.message });
    setLibraryKey((k) => k + 1);
  }, []);

  const closeNew = useCallback(() => setNewOpen(false), []);
  const open = useOpenDraft(showError, closeNew);
  const { draft, flush, openDraft, showDraft } = open;
  const { confirm: confirmExport, dialog: exportCheckDialog } = useExportCheck();
  const commands = useDraftCommands(open, confirmExport, setNotice);
  const { exportDocx, exportPdf, importFile, saveVersion } = commands;

  const goHome = useCallback(async () => {
    if (!(await flush())) return;
    setHistory(false);
    showDraft(null);
  }, [flush, showDraft]);
  const windowTitle = draft ? (open.title ?? draft.title) : null;
  useEffect(() => {
    document.title = windowTitle ? `${windowTitle} - 公文报告编辑器` : '公文报告编辑器';
  }, [windowTitle]);
  useSaveVersionKey(draft ? () => void saveVersion() : null);

  useEffect(
    () =>
      onMenuCommand((command: MenuCommand) => {
        if (command === 'new-draft') openNew();
        else if (command === 'open-draft') setOpening(true);
        else if (command === 'export-docx') void exportDocx();
        else if (command === 'export-pdf') void exportPdf();
        else if (command === 'print') open.editorRef.current?.print();
        else if (command === 'import-file') void importFile();
        else if (command === 'library-notice') void showLibraryNotice();
      }),
    [openNew, goHome, exportDocx, exportPdf, importFile, open.editorRef, showLibraryNotice],
  );

  return (
    <div className="app">
      <AppToolbar
        hasDraft={draft !== null}
        busy={commands.busy}
        history={history}
        title={draft ? (open.title ?? draft.title) : '文稿库'}
        onHome={() => void goHome()}
        onNew={openNew}
        onOpen={() => setOpening(true)}
        onImport={() => void importFile()}
        onExport={() => void exportDocx()}
        onExportPdf={() => void exportPdf()}
        onToggleHistory={() => setHistory((h) => !h)}
        onHelp={openHelp}
        toolSlot={setToolSlot}
      />
      <Notice notice={notice} onClose={() => setNotice(null)} />
      {draft ? (
        <div className={history ? 'workspace with-history' : 'workspace'}>
          <main className="canvas">
            <ErrorBoundary key={`${draft.id}:${open.editorKey}`} onReset={() => void openDraft(draft.id)}>
              <ReportEditor ref={open.editorRef} draft={draft} onStatus={open.onStatus} toolSlot={toolSlot} onExportPdf={() => void exportPdf()} />
            </ErrorBoundary>
          </main>
          {history && (
            <HistoryPanel
              draftId={draft.id}
              refreshKey={commands.versionsKey}
              flush={flush}
              onError={showError}
              onClose={() => setHistory(false)}
              onRestored={(restored) => {
                showDraft(restored);
                commands.bumpVersions();
                setNotice({ kind: 'info', text: '已恢复所选版本；恢复前的内容已保存为历史版本。' });
              }}
            />
          )}
        </div>
      ) : (
        <LibraryScreen key={libraryKey} onOpen={(id) => void openDraft(id)} onNew={openNew} onMessage={setNotice} />
      )}
      {exportCheckDialog}
      {help && <HelpDialog onClose={() => setHelp(false)} />}
      {opening && (
        <OpenDialog
          onCancel={() => setOpening(false)}
          onOpenDraft={(id) => {
            setOpening(false);
            void openDraft(id);
          }}
          onOpenFile={() => {
            setOpening(false);
            void importFile();
          }}
        />
      )}
      {newOpen && templates.length > 0 && (
        <NewDraftDialog
          templates={templates}
          onCreate={commands.createDraft}
          onCreated={async (created) => {
            if (await flush()) showDraft(created);
          }}
          onCancel={closeNew}
        />
      )}
    </div>
  );
}
