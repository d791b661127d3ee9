// The editor's view tools in the toolbar row: show or hide 提纲.
import type { OutlineLayout } from '../outline-layout';

export function ViewTools({ outline }: { outline: OutlineLayout }) {
  return (
    <span className="view-tools" role="group" aria-label="视图">
      <button type="button" aria-pressed={outline.shown} onClick={outline.toggle} title={outline.shown ? '隐藏提纲' : '显示提纲'}>
        提纲
      </button>
    </span>
  );
}
