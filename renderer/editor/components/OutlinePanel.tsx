// 提纲: the heading tree. Click to jump; move a section with its content up,
// down, in or out by drag, by its buttons or by Alt+Shift+arrows; collapse
// and expand branches.
import { memo, useMemo, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { AnnexPart } from '../../../shared/annexes';
import type { OutlineItem } from '../../../shared/outline';
import { sectionKey } from '../keyboard';
import type { SectionAction } from '../commands';

interface Props {
  items: readonly OutlineItem[];
  onJump: (index: number) => void;
  onAction: (action: SectionAction, index: number) => void;
  onDropBefore: (index: number, target: number) => void;
  /** Hides the panel (the toolbar's 提纲 shows it again). */
  onHide?: () => void;
  /** The attachments: each shown (附件1 标题) before the headings inside it; a click jumps to it. */
  annexes?: readonly AnnexPart[];
}

const DRAG_TYPE = 'application/x-report-section';

/**
 * What a fold is kept under: the heading's text and which of the headings with
 * that text it is (the second “工作措施” is `工作措施#1`). Block indices shift
 * whenever a paragraph or section is inserted, deleted or moved above a heading,
 * so a fold kept by index would jump to whatever heading lands on that index;
 * the text follows the heading through those edits and through moving it up,
 * down, in or out (the level and the number change then, so neither is part of
 * the key). Renaming a heading, or moving it past another with the same text,
 * opens its fold — the safe way to be wrong, since nothing stays hidden.
 */
export function foldKeys(items: readonly OutlineItem[]): string[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const n = seen.get(item.text) ?? 0;
    seen.set(item.text, n + 1);
    return `${item.text}#${n}`;
  });
}

/** The items shown: those under a collapsed heading are hidden. `keys` are foldKeys(items). */
export function visibleItems(items: readonly OutlineItem[], keys: readonly string[], collapsed: ReadonlySet<string>): OutlineItem[] {
  const out: OutlineItem[] = [];
  let hideUntil = -1;
  items.forEach((item, i) => {
    if (item.index < hideUntil) return;
    out.push(item);
    if (collapsed.has(keys[i]!)) hideUntil = item.end;
  });
  return out;
}

/** Folds after toggling `key`; folds of headings no longer in the outline are dropped. */
export function toggleFold(collapsed: ReadonlySet<string>, key: string, keys: readonly string[]): Set<string> {
  const present = new Set(keys);
  const next = new Set([...collapsed].filter((k) => present.has(k)));
  if (collapsed.has(key)) next.delete(key);
  else next.add(key);
  return next;
}

/** The shown headings with the attachments among them, in the draft's order. */
function rows(shown: readonly OutlineItem[], annexes: readonly AnnexPart[]): (OutlineItem | AnnexPart)[] {
  const out: (OutlineItem | AnnexPart)[] = [];
  let k = 0;
  for (const item of shown) {
    while (k < annexes.length && annexes[k]!.index < item.index) out.push(annexes[k++]!);
    out.push(item);
  }
  while (k < annexes.length) out.push(annexes[k++]!);
  return out;
}

/** An attachment's row: its label and title; a click jumps to it. */
function annexRow(a: AnnexPart, onJump: (index: number) => void) {
  return (
    <li key={`annex-${a.index}`} role="treeitem" aria-level={1} className="outline-item outline-annex" data-index={a.index}>
      <button type="button" className="outline-label" onClick={() => onJump(a.index)} title="跳转到此附件">
        {a.label} {a.title || '（无标题）'}
      </button>
    </li>
  );
}

export const OutlinePanel = memo(function OutlinePanel({ items, onJump, onAction, onDropBefore, onHide, annexes = [] }: Props) {
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const keys = useMemo(() => foldKeys(items), [items]);
  const keyOf = useMemo(() => new Map(items.map((item, i) => [item.index, keys[i]!])), [items, keys]);
  const isCollapsed = (item: OutlineItem) => collapsed.has(keyOf.get(item.index)!);
  const toggle = (item: OutlineItem) => setCollapsed((prev) => toggleFold(prev, keyOf.get(item.index)!, keys));
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
      <div className="outline-head">
        <h2 className="outline-title">提纲</h2>
        {onHide && (
          <button type="button" className="outline-hide" onClick={onHide} aria-label="隐藏提纲" title="隐藏提纲（工具栏“提纲”可再显示）">
            «
          </button>
        )}
      </div>
      {items.length === 0 && <p className="outline-empty">还没有标题。输入“一、”“（一）”等开头即可添加。</p>}
      <ul role="tree" className="outline-tree">
        {rows(visibleItems(items, keys, collapsed), annexes).map((row) =>
          'label' in row ? (
            annexRow(row, onJump)
          ) : (
          <li
            key={row.index}
            role="treeitem"
            aria-level={row.level}
            aria-expanded={hasChildren(row) ? !isCollapsed(row) : undefined}
            className={`outline-item level-${row.level}`}
            data-index={row.index}
            draggable
            tabIndex={0}
            onDragStart={(e) => e.dataTransfer.setData(DRAG_TYPE, String(row.index))}
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => onDrop(e, row.index)}
            onKeyDown={(e) => onKeyDown(e, row)}
          >
            <button
              type="button"
              className="outline-toggle"
              aria-label={isCollapsed(row) ? '展开' : '折叠'}
              disabled={!hasChildren(row)}
              onClick={() => toggle(row)}
            >
              {hasChildren(row) ? (isCollapsed(row) ? '▸' : '▾') : ''}
            </button>
            <button type="button" className="outline-label" onClick={() => onJump(row.index)} title="跳转到此处">
              {row.number}
              {row.text || '（空标题）'}
            </button>
            <span className="outline-actions">
              <button type="button" title="上移（Alt+Shift+↑）" aria-label="上移" onClick={() => onAction('up', row.index)}>↑</button>
              <button type="button" title="下移（Alt+Shift+↓）" aria-label="下移" onClick={() => onAction('down', row.index)}>↓</button>
              <button type="button" title="降一级（Alt+Shift+→）" aria-label="降级" onClick={() => onAction('in', row.index)}>→</button>
              <button type="button" title="升一级（Alt+Shift+←）" aria-label="升级" onClick={() => onAction('out', row.index)}>←</button>
            </span>
          </li>
          ),
        )}
      </ul>
    </aside>
  );
});
