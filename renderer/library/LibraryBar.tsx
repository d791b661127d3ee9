// The bar over 文稿库: search, sort, and the library-wide commands.
import type { SortKey } from '../../shared/library';

const SORT_LABELS: Record<SortKey, string> = {
  updated: '最后修改',
  created: '创建时间',
  title: '标题',
  deadline: '截止日期',
  year: '年度',
};

interface Props {
  trash: boolean;
  query: string;
  onQuery: (query: string) => void;
  sort: SortKey;
  onSort: (sort: SortKey) => void;
  onNew: () => void;
  onToggleTrash: () => void;
  onBackups: () => void;
  onExportAll: () => void;
  onImport: () => void;
}

export function LibraryBar({ trash, query, onQuery, sort, onSort, onNew, onToggleTrash, onBackups, onExportAll, onImport }: Props) {
  return (
    <div className="library-bar">
      <h1 className="library-heading">{trash ? '回收站' : '文稿库'}</h1>
      {!trash && (
        <input
          className="library-search"
          type="search"
          aria-label="搜索文稿"
          placeholder="搜索标题和正文"
          value={query}
          onChange={(e) => onQuery(e.target.value)}
        />
      )}
      <label className="library-sort">
        排序
        <select aria-label="排序" value={sort} onChange={(e) => onSort(e.target.value as SortKey)}>
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
      <button type="button" onClick={onToggleTrash}>
        {trash ? '返回文稿库' : '回收站'}
      </button>
      <button type="button" onClick={onBackups}>
        从备份恢复
      </button>
      <button type="button" onClick={onExportAll}>
        导出文稿库文件
      </button>
      <button type="button" onClick={onImport}>
        导入文稿库文件
      </button>
    </div>
  );
}
