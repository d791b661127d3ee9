import { characterCount, type ReportContent } from '../../shared/model';
import type { SaveState } from '../editor/use-autosave';

const LINES_PER_PAGE = 22;
const CHARS_PER_LINE = 28;

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

export function StatusBar({ save, content }: { save: SaveState; content: ReportContent }) {
  const chars = characterCount(content);
  return (
    <footer className="status-bar">
      <span data-testid="char-count">字数 {chars}</span>
      <span>约 {Math.max(1, Math.ceil(chars / (LINES_PER_PAGE * CHARS_PER_LINE)))} 页</span>
      <span data-testid="save-state" data-state={save.kind} className={`save-${save.kind}`}>
        {saveLabel(save)}
      </span>
    </footer>
  );
}
