// The state of 查找/替换: open or not, the query and the replacement, the
// matches in the draft as it is now, the current one (highlighted and scrolled
// into view), and the decoration that marks them.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Editor, Node, Path, Range, Transforms, type BaseRange, type Descendant, type Element, type NodeEntry } from 'slate';
import { ReactEditor } from 'slate-react';
import type { Decorations, ReportEditor } from '../slate-types';
import { findMatches, holdsText, leafRanges, matchRange, occurrences, type FindMatch } from './matches';
import { replaceAll, replaceMatch } from './replace';

export type FindMode = 'find' | 'replace';

/** The first match at or after the caret; the first of all when none is after it. */
function firstFrom(matches: readonly FindMatch[], editor: ReportEditor): number {
  const at = editor.selection ? Range.start(editor.selection) : null;
  if (!at) return 0;
  const i = matches.findIndex((m) => {
    const c = Path.compare(m.path, at.path.slice(0, m.path.length));
    return c > 0 || (c === 0 && m.end > offsetIn(editor, m.path, at));
  });
  return Math.max(0, i);
}

/** The caret's offset in the joined text of the element at `path`. */
function offsetIn(editor: ReportEditor, path: Path, point: { path: Path; offset: number }): number {
  const element = Node.get(editor, path) as Element;
  const leaf = point.path[path.length] ?? 0;
  let n = point.offset;
  for (let i = 0; i < leaf; i++) n += Node.string(element.children[i]!).length;
  return n;
}

export function useFind(editor: ReportEditor, value: Descendant[]) {
  const [mode, setMode] = useState<FindMode | null>(null);
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [current, setCurrent] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const matches = useMemo(() => (mode ? findMatches(value, query) : []), [mode, value, query]);
  const index = matches.length === 0 ? -1 : Math.min(current, matches.length - 1);
  const active = index >= 0 ? matches[index]! : null;
  const activeKey = active ? `${active.path.join('.')}:${active.start}:${active.end}` : '';

  const open = useCallback(
    (next: FindMode) => {
      const { selection } = editor;
      if (selection && !Range.isCollapsed(selection)) {
        const text = Editor.string(editor, selection);
        if (text && !text.includes('\n') && text.length <= 100) setQuery(text);
      }
      setMode(next);
      setMessage(null);
    },
    [editor],
  );

  // A new query starts from the caret, as in Word.
  const changeQuery = (q: string) => {
    setQuery(q);
    setMessage(null);
    setCurrent(firstFrom(findMatches(editor.children, q), editor));
  };

  const step = (by: 1 | -1) => {
    if (matches.length === 0) return;
    setCurrent((index + by + matches.length) % matches.length);
  };

  useEffect(() => {
    if (!active) return;
    try {
      const dom = ReactEditor.toDOMRange(editor, matchRange(Node.get(editor, active.path) as Element, active));
      dom.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
    } catch {
      // Not drawn yet; the next step scrolls.
    }
    // activeKey names `active`.
  }, [activeKey, editor]);

  const close = useCallback(() => {
    setMode(null);
    setMessage(null);
    if (active) Transforms.select(editor, matchRange(Node.get(editor, active.path) as Element, active));
    ReactEditor.focus(editor);
  }, [active, editor]);

  const replace = () => {
    if (!active) return;
    replaceMatch(editor, active, replacement);
    setMessage(null);
  };
  const replaceEvery = () => {
    const n = replaceAll(editor, matches, replacement);
    setMessage(n > 0 ? `已全部替换，共 ${n} 处（可按 Ctrl+Z 一次撤销）。` : '没有可替换的内容。');
  };

  const decorate = useMemo(() => {
    if (!mode || !query) return null;
    return ([node, path]: NodeEntry): (BaseRange & Decorations)[] => {
      if (!holdsText(node)) return [];
      const text = node.children.map((c) => Node.string(c)).join('');
      const spans = occurrences(text, query);
      if (spans.length === 0) return [];
      return leafRanges(node, path, spans).map(({ range, index: i }) => {
        const [start] = spans[i]!;
        const isActive = active !== null && Path.equals(active.path, path) && active.start === start;
        return { ...range, findMatch: true as const, ...(isActive ? { findCurrent: true as const } : {}) };
      });
    };
    // activeKey names `active`.
  }, [mode, query, activeKey]);

  return { mode, query, replacement, setReplacement, changeQuery, matches, index, message, open, close, step, replace, replaceEvery, decorate };
}

export type FindState = ReturnType<typeof useFind>;
