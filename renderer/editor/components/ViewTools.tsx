// The editor's view tools in the toolbar row: show or hide 提纲, 字数统计.
import type { OutlineLayout } from '../outline-layout';

export function ViewTools({ outline, onWordCount }: { outline: OutlineLayout; onWordCount: () => void }) {
  return (
    <span className="view-tools" role="group" aria-label="视图">
      <button type="button" aria-pressed={outline.shown} onClick={outline.toggle} title={outline.shown ? '隐藏提纲' : '显示提纲'}>
        提纲
      </button>
      <button type="button" onClick={onWordCount} title="字数统计：字数、字符数（计/不计空格和标点）">
        字数统计
      </button>
    </span>
  );
}
