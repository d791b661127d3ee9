// 打开文稿: the drafts kept on this computer, newest change first.
import type { DraftSummary } from '../../shared/ipc';

interface Props {
  drafts: DraftSummary[];
  onOpen: (id: string) => void;
  onNew: () => void;
  onCancel: () => void;
}

function when(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function DraftPicker({ drafts, onOpen, onNew, onCancel }: Props) {
  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="dialog" aria-labelledby="picker-title">
        <h2 id="picker-title">打开文稿</h2>
        {drafts.length === 0 ? (
          <p>这台电脑上还没有文稿。</p>
        ) : (
          <ul className="draft-list">
            {drafts.map((d) => (
              <li key={d.id}>
                <button type="button" className="draft-item" onClick={() => onOpen(d.id)}>
                  <span className="draft-title">{d.title || '（无标题）'}</span>
                  <span className="draft-updated">最后修改：{when(d.updated)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            取消
          </button>
          <button type="button" className="primary" onClick={onNew}>
            新建文稿
          </button>
        </div>
      </div>
    </div>
  );
}
