// 文稿库, the home screen: every draft with its template, year, last change
// and days to its deadline; search with highlighted hits; sort; rename,
// duplicate, delete to 回收站 (restore, purge there); 从备份恢复; moving
// drafts to and from another computer as one file.
import { useCallback, useEffect, useState } from 'react';
import { deadlineText, nextDeadline } from '../../shared/deadlines';
import type { LibraryEntry, MergeReport, SearchHit, SortKey } from '../../shared/library';
import { call } from '../api';
import { ConfirmDialog } from '../components/ConfirmDialog';
import type { NoticeMessage } from '../components/Notice';
import { BackupsDialog } from './BackupsDialog';
import { chineseDateTime } from '../../shared/dates';
import { Highlighted } from './Highlighted';
import { RenameDialog } from './RenameDialog';
import './library.css';

const SORT_LABELS: Record<SortKey, string> = {
  updated: '最后修改',
  created: '创建时间',
  title: '标题',
  deadline: '截止日期',
  year: '年度',
};

const SEARCH_DELAY_MS = 200;

interface Props {
  onOpen: (id: string) => void;
  onNew: () => void;
  onMessage: (notice: NoticeMessage) => void;
}

export function mergeText(r: MergeReport): string {
  return `新增 ${r.added} 份，更新 ${r.replaced} 份，未变 ${r.unchanged} 份；更新前的内容已保存为历史版本。`;
}

export function LibraryScreen({ onOpen, onNew, onMessage }: Props) {
  const [sort, setSort] = useState<SortKey>('updated');
  const [trash, setTrash] = useState(false);
  /** Rows with the view they were read for: one view's rows never show with the other's actions. */
  const [listing, setListing] = useState<{ trash: boolean; entries: LibraryEntry[] } | null>(null);
  const entries = listing?.trash === trash ? listing.entries : null;
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [renaming, setRenaming] = useState<LibraryEntry | null>(null);
  const [purging, setPurging] = useState<LibraryEntry | null>(null);
  const [backups, setBackups] = useState(false);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const fail = useCallback((text: string) => onMessage({ kind: 'error', text }), [onMessage]);

  useEffect(() => {
    // An older answer never replaces a newer one.
    let current = true;
    void call('library:list', { sort, trash }).then((r) => {
      if (!current) return;
      if (r.ok) setListing({ trash, entries: r.value });
      else fail(r.error.message);
    });
    return () => {
      current = false;
    };
  }, [sort, trash, version, fail]);

  useEffect(() => {
    const q = query.trim();
    if (!q || trash) return setHits(null);
    // An answer for an older query (or one that came after the box was cleared) is dropped.
    let current = true;
    const timer = setTimeout(() => {
      void call('library:search', { query: q }).then((r) => {
        if (!current) return;
        if (r.ok) setHits(r.value);
        else fail(r.error.message);
      });
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, trash, version, fail]);

  const act = async (run: () => Promise<{ ok: boolean; error?: { message: string } }>, done?: string) => {
    const r = await run();
    if (!r.ok) return fail(r.error!.message);
    if (done) onMessage({ kind: 'info', text: done });
    reload();
  };

  const exportLibrary = async (ids: string[] | null) => {
    const r = await call('library:export', { ids });
    if (!r.ok) return fail(r.error.message);
    if (!r.value) return;
    const { drafts, damaged, path } = r.value;
    const left = damaged ? `；另有 ${damaged} 份文稿已损坏，未能导出，请联系技术支持人员` : '';
    onMessage({ kind: damaged ? 'error' : 'info', text: `已导出 ${drafts} 份文稿（含历史版本）：${path}${left}` });
  };

  const importLibrary = async () => {
    const r = await call('library:import', null);
    if (!r.ok) return fail(r.error.message);
    if (r.value) {
      onMessage({ kind: 'info', text: `已导入：${mergeText(r.value)}` });
      reload();
    }
  };

  const searching = hits !== null;
  const today = new Date();

  return (
    <section className="library" aria-label="文稿库">
      <div className="library-bar">
        <h1 className="library-heading">{trash ? '回收站' : '文稿库'}</h1>
        {!trash && (
          <input
            className="library-search"
            type="search"
            aria-label="搜索文稿"
            placeholder="搜索标题和正文"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        )}
        <label className="library-sort">
          排序
          <select aria-label="排序" value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
            {(Object.keys(SORT_LABELS) as SortKey[]).map((k) => (
              <option key={k} value={k}>
                {SORT_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <span className="library-spacer" />
        {!trash && (
          <button type="button" className="primary" onClick={onNew}>
            新建文稿
          </button>
        )}
        <button type="button" onClick={() => setTrash((t) => !t)}>
          {trash ? '返回文稿库' : '回收站'}
        </button>
        <button type="button" onClick={() => setBackups(true)}>
          从备份恢复
        </button>
        <button type="button" onClick={() => void exportLibrary(null)}>
          导出文稿库
        </button>
        <button type="button" onClick={() => void importLibrary()}>
          导入文稿库
        </button>
      </div>

      {searching ? (
        <ul className="search-hits" aria-label="搜索结果">
          {hits.length === 0 && <li className="library-empty">没有找到包含“{query.trim()}”的文稿。</li>}
          {hits.map((h) => (
            <li key={h.id} className="search-hit">
              <button type="button" className="library-open" onClick={() => onOpen(h.id)}>
                <Highlighted text={h.title || '（无标题）'} ranges={h.titleRanges} />
              </button>
              {h.snippets.map((s, i) => (
                <p key={i} className="search-snippet">
                  <Highlighted text={s.text} ranges={s.ranges} />
                </p>
              ))}
            </li>
          ))}
        </ul>
      ) : entries === null ? (
        <p className="library-empty">正在读取文稿库…</p>
      ) : entries.length === 0 ? (
        <p className="library-empty">{trash ? '回收站是空的。' : '文稿库中还没有文稿。点“新建文稿”开始写作。'}</p>
      ) : (
        <table className="library-table">
          <thead>
            <tr>
              <th>标题</th>
              <th>模板</th>
              <th>年度</th>
              <th>{trash ? '删除时间' : '最后修改'}</th>
              {!trash && <th>截止</th>}
              <th>操作</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => {
              const next = nextDeadline(e.deadlines, today);
              return (
                <tr key={e.id} className="library-row" data-id={e.id}>
                  <td>
                    {trash ? (
                      <span className="library-title">{e.title || '（无标题）'}</span>
                    ) : (
                      <button type="button" className="library-open" onClick={() => onOpen(e.id)}>
                        {e.title || '（无标题）'}
                      </button>
                    )}
                  </td>
                  <td>{e.templateName}</td>
                  <td>{e.year ?? ''}</td>
                  <td>{chineseDateTime(trash ? (e.deletedAt ?? e.updated) : e.updated)}</td>
                  {!trash && (
                    <td className={next && next.days < 0 ? 'deadline-past' : next && next.days <= 14 ? 'deadline-near' : ''}>
                      {next ? deadlineText(next) : ''}
                    </td>
                  )}
                  <td className="library-actions">
                    {trash ? (
                      <>
                        <button type="button" onClick={() => void act(() => call('library:restore', { id: e.id }), `已恢复“${e.title}”。`)}>
                          恢复
                        </button>
                        <button type="button" onClick={() => setPurging(e)}>
                          彻底删除
                        </button>
                      </>
                    ) : (
                      <>
                        <button type="button" onClick={() => setRenaming(e)}>
                          重命名
                        </button>
                        <button type="button" onClick={() => void act(() => call('library:duplicate', { id: e.id }), `已复制“${e.title}”。`)}>
                          复制
                        </button>
                        <button type="button" onClick={() => void exportLibrary([e.id])}>
                          导出
                        </button>
                        <button
                          type="button"
                          onClick={() => void act(() => call('library:delete', { id: e.id }), `已将“${e.title}”移到回收站，可在回收站中恢复。`)}
                        >
                          删除
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
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
