// 提纲: the heading tree. Click to jump; move a section with its content up,
// down, in or out by drag, by its buttons or by Alt+Shift+arrows; collapse
// and expand branches.
import { memo, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { OutlineItem } from '../../shared/outline';
import { sectionKey } from './keyboard';
import type { SectionAction } from './commands';

interface Props {
  items: readonly OutlineItem[];
  onJump: (index: number) => void;
  onAction: (action: SectionAction, index: number) => void;
  onDropBefore: (index: number, target: number) => void;
}

const DRAG_TYPE = 'application/x-report-section';

/** Items hidden because an ancestor is collapsed. */
function visibleItems(items: readonly OutlineItem[], collapsed: ReadonlySet<number>): OutlineItem[] {
  const out: OutlineItem[] = [];
  let hideUntil = -1;
  for (const item of items) {
    if (item.index < hideUntil) continue;
    out.push(item);
    if (collapsed.has(item.index)) hideUntil = item.end;
  }
  return out;
}

export const OutlinePanel = memo(function OutlinePanel({ items, onJump, onAction, onDropBefore }: Props) {
  const [collapsed, setCollapsed] = useState<ReadonlySet<number>>(new Set());
  const toggle = (index: number) =>
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (!next.delete(index)) next.add(index);
      return next;
    });
  const hasChildren = (item: OutlineItem) => items.some((o) => o.index > item.index && o.index < item.end);

  const onKeyDown = (event: KeyboardEvent, item: OutlineItem) => {
    const action = sectionKey(event);
    if (action) {
      event.preventDefault();
      onAction(action, item.index);
    } else if (event.key === 'Enter') {
      onJump(item.index);
    }
  };
  const onDrop = (event: DragEvent, target: number) => {
    event.preventDefault();
    const from = Number(event.dataTransfer.getData(DRAG_TYPE));
    if (Number.isInteger(from) && from !== target) onDropBefore(from, target);
  };

  return (
    <aside className="outline" aria-label="提纲">
      <h2 className="outline-title">提纲</h2>
      {items.length === 0 && <p className="outline-empty">还没有标题。输入“一、”“（一）”等开头即可添加。</p>}
      <ul role="tree" className="outline-tree">
        {visibleItems(items, collapsed).map((item) => (
          <li
            key={item.index}
            role="treeitem"
            aria-level={item.level}
            aria-expanded={hasChildren(item) ? !collapsed.has(item.index) : undefined}
            className={`outline-item level-${item.level}`}
            data-index={item.index}
            draggable
            tabIndex={0}
            onDragStart={(e) => e.dataTransfer.setData(DRAG_TYPE, String(item.index))}
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => onDrop(e, item.index)}
            onKeyDown={(e) => onKeyDown(e, item)}
          >
            <button
              type="button"
              className="outline-toggle"
              aria-label={collapsed.has(item.index) ? '展开' : '折叠'}
              disabled={!hasChildren(item)}
              onClick={() => toggle(item.index)}
            >
              {hasChildren(item) ? (collapsed.has(item.index) ? '▸' : '▾') : ''}
            </button>
            <button type="button" className="outline-label" onClick={() => onJump(item.index)} title="跳转到此处">
              {item.number}
              {item.text || '（空标题）'}
            </button>
            <span className="outline-actions">
              <button type="button" title="上移（Alt+Shift+↑）" aria-label="上移" onClick={() => onAction('up', item.index)}>↑</button>
              <button type="button" title="下移（Alt+Shift+↓）" aria-label="下移" onClick={() => onAction('down', item.index)}>↓</button>
              <button type="button" title="降一级（Alt+Shift+→）" aria-label="降级" onClick={() => onAction('in', item.index)}>→</button>
              <button type="button" title="升一级（Alt+Shift+←）" aria-label="升级" onClick={() => onAction('out', item.index)}>←</button>
            </span>
          </li>
        ))}
      </ul>
    </aside>
  );
});
