// 文稿库, the home screen: every draft with its template, year, last change
// and days to its deadline; search with highlighted hits; sort; rename,
// duplicate, delete to 回收站 (restore, purge there); 从备份恢复; moving
// drafts to and from another computer as one file.
import { useCallback, useState } from 'react';
import type { LibraryEntry } from '../../shared/library';
import type { Result } from '../../shared/result';
import { call } from '../api';
import { ConfirmDialog } from '../components/ConfirmDialog';
import type { NoticeMessage } from '../components/Notice';
import { BackupsDialog } from './BackupsDialog';
import { LibraryBar } from './LibraryBar';
import { LibraryTable, type RowActions } from './LibraryTable';
import { RenameDialog } from './RenameDialog';
import { SearchHits } from './SearchHits';
import { mergeText, useLibraryFiles } from './use-library-files';
import { useLibraryList } from './use-library-list';
import { useLibrarySearch } from './use-library-search';
import './library.css';

interface Props {
  onOpen: (id: string) => void;
  onNew: () => void;
  onMessage: (notice: NoticeMessage) => void;
}

export function LibraryScreen({ onOpen, onNew, onMessage }: Props) {
  const fail = useCallback((text: string) => onMessage({ kind: 'error', text }), [onMessage]);
  const list = useLibraryList(fail);
  const { trash, entries, reload } = list;
  const [query, setQuery] = useState('');
  const hits = useLibrarySearch(query, trash, list.version, fail);
  const { exportLibrary, importLibrary } = useLibraryFiles(onMessage, reload);
  const [renaming, setRenaming] = useState<LibraryEntry | null>(null);
  const [purging, setPurging] = useState<LibraryEntry | null>(null);
  const [backups, setBackups] = useState(false);

  /** Runs a change, then says `done` and reads the list again; says why when it failed. */
  const act = async (run: () => Promise<Result<unknown>>, done?: string) => {
    const r = await run();
    if (!r.ok) return fail(r.error.message);
    if (done) onMessage({ kind: 'info', text: done });
    reload();
  };

  const actions: RowActions = {
    open: (e) => onOpen(e.id),
    rename: setRenaming,
    duplicate: (e) => void act(() => call('library:duplicate', { id: e.id }), `已复制“${e.title}”。`),
    exportOne: (e) => void exportLibrary([e.id]),
    remove: (e) => void act(() => call('library:delete', { id: e.id }), `已将“${e.title}”移到回收站，可在回收站中恢复。`),
    restore: (e) => void act(() => call('library:restore', { id: e.id }), `已恢复“${e.title}”。`),
    purge: setPurging,
  };

  return (
    <section className="library" aria-label="文稿库">
      <LibraryBar
        trash={trash}
        query={query}
        onQuery={setQuery}
        sort={list.sort}
        onSort={list.setSort}
        onNew={onNew}
        onToggleTrash={list.toggleTrash}
        onBackups={() => setBackups(true)}
        onExportAll={() => void exportLibrary(null)}
        onImport={() => void importLibrary()}
      />
      {hits !== null ? (
        <SearchHits hits={hits} query={query} onOpen={onOpen} />
      ) : entries === null ? (
        <p className="library-empty">正在读取文稿库…</p>
      ) : entries.length === 0 ? (
        <p className="library-empty">{trash ? '回收站是空的。' : '文稿库中还没有文稿。点“新建文稿”开始写作。'}</p>
      ) : (
        <LibraryTable entries={entries} trash={trash} actions={actions} />
      )}

      {renaming && (
        <RenameDialog
          title={renaming.title}
          onCancel={() => setRenaming(null)}
          onRename={(title) => {
            const id = renaming.id;
            setRenaming(null);
            void act(() => call('library:rename', { id, title }));
          }}
        />
      )}
      {purging && (
        <ConfirmDialog
          title="彻底删除"
          text={`彻底删除“${purging.title}”及其全部历史版本？此操作不能撤销（备份中的副本仍可恢复）。`}
          confirm="彻底删除"
          onCancel={() => setPurging(null)}
          onConfirm={() => {
            const id = purging.id;
            setPurging(null);
            void act(() => call('library:purge', { id }), '已彻底删除。');
          }}
        />
      )}
      {backups && (
        <BackupsDialog
          onClose={() => setBackups(false)}
          onError={fail}
          onRestored={(report) => {
            setBackups(false);
            onMessage({ kind: 'info', text: `已从备份恢复：${mergeText(report)}` });
            reload();
          }}
        />
      )}
    </section>
  );
}
