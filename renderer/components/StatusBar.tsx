import { chineseDate } from '../../shared/dates';
import { datedDeadlines, deadlineText, nextDeadline } from '../../shared/deadlines';
import { blockCharacterCount, characterCount, type Deadline, type ReportBlock, type ReportContent } from '../../shared/model';
import type { SaveState } from '../editor/hooks/use-autosave';

// Slate keeps unchanged blocks as the same objects: count each block once.
const counted = new WeakMap<ReportBlock, number>();
function cachedCount(block: ReportBlock): number {
  let n = counted.get(block);
  if (n === undefined) counted.set(block, (n = blockCharacterCount(block)));
  return n;
}

function saveLabel(state: SaveState): string {
  switch (state.kind) {
    case 'saved':
      return '已保存';
    case 'saving':
      return '保存中…';
    case 'pending':
      return '未保存（正在编辑）';
    case 'failed':
      return `未保存：${state.reason}（稍后自动重试）`;
  }
}

interface Props {
  save: SaveState;
  content: ReportContent;
  deadlines?: readonly Deadline[] | undefined;
  /** Pages as printed (the page layout); null until it is made. */
  pages: number | null;
}

export function StatusBar({ save, content, deadlines, pages }: Props) {
  const chars = characterCount(content, cachedCount);
  const due = nextDeadline(datedDeadlines(deadlines, new Date()));
  return (
    <footer className="status-bar">
      <span data-testid="char-count">字数 {chars}</span>
      <span data-testid="page-count">{pages === null ? '正在排版…' : `共 ${pages} 页`}</span>
      {due && (
        <span data-testid="deadline" className={due.days < 0 ? 'deadline-overdue' : due.days <= 7 ? 'deadline-near' : undefined}>
          {deadlineText(due)}（{chineseDate(due.date)}）
        </span>
      )}
      <span data-testid="save-state" data-state={save.kind} className={`save-${save.kind}`}>
        {saveLabel(save)}
      </span>
    </footer>
  );
}
