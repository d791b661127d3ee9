// The drafts of 文稿库 (or 回收站) as a table: title, template, year, last
// change or deletion, days to the deadline, and each row's commands.
import { deadlineText, nextDeadline } from '../../shared/deadlines';
import { chineseDateTime } from '../../shared/dates';
import type { LibraryEntry } from '../../shared/library';

/** What a row's buttons do. */
export interface RowActions {
  open: (e: LibraryEntry) => void;
  rename: (e: LibraryEntry) => void;
  duplicate: (e: LibraryEntry) => void;
  exportOne: (e: LibraryEntry) => void;
  remove: (e: LibraryEntry) => void;
  restore: (e: LibraryEntry) => void;
  purge: (e: LibraryEntry) => void;
}

const deadlineClass = (days: number | undefined) => (days === undefined ? '' : days < 0 ? 'deadline-past' : days <= 14 ? 'deadline-near' : '');

function Row({ e, trash, actions }: { e: LibraryEntry; trash: boolean; actions: RowActions }) {
  const next = nextDeadline(e.deadlines);
  const title = e.title || '（无标题）';
  return (
    <tr className="library-row" data-id={e.id}>
      <td>
        {trash ? (
          <span className="library-title">{title}</span>
        ) : (
          <button type="button" className="library-open" onClick={() => actions.open(e)}>
            {title}
          </button>
        )}
      </td>
      <td>{e.templateName}</td>
      <td>{e.year ?? ''}</td>
      <td>{chineseDateTime(trash ? (e.deletedAt ?? e.updated) : e.updated)}</td>
      {!trash && <td className={deadlineClass(next?.days)}>{next ? deadlineText(next) : ''}</td>}
      <td className="library-actions">
        {trash ? (
          <>
            <button type="button" onClick={() => actions.restore(e)}>
              恢复
            </button>
            <button type="button" onClick={() => actions.purge(e)}>
              彻底删除
            </button>
          </>
        ) : (
          <>
            <button type="button" onClick={() => actions.rename(e)}>
              重命名
            </button>
            <button type="button" onClick={() => actions.duplicate(e)}>
              复制
            </button>
            <button type="button" onClick={() => actions.exportOne(e)} title="导出为文稿库文件（.gwlib），可在另一台电脑上导入">
              导出文稿库文件
            </button>
            <button type="button" onClick={() => actions.remove(e)}>
              删除
            </button>
          </>
        )}
      </td>
    </tr>
  );
}

export function LibraryTable({ entries, trash, actions }: { entries: LibraryEntry[]; trash: boolean; actions: RowActions }) {
  return (
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
        {entries.map((e) => (
          <Row key={e.id} e={e} trash={trash} actions={actions} />
        ))}
      </tbody>
    </table>
  );
}
