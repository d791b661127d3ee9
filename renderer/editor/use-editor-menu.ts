// The editor's right-click menu: 剪切、复制、粘贴、粘贴为纯文本、全选, 插入附件 (and
// in an attachment its moves and deletion), and for a
// finding under the pointer its one-step fix. Paste reads the clipboard through
// the main process and goes through the same paste rules as Ctrl+V.
import { useCallback, useState, type MouseEvent } from 'react';
import { Editor, Node, Range, Transforms, type Element } from 'slate';
import { ReactEditor } from 'slate-react';
import type { CheckEnv, Finding, TemplateRef } from '../../shared/checks';
import type { DraftMetadata } from '../../shared/model';
import { call } from '../api';
import { fixOne } from '../checks/apply-fix';
import type { MenuEntry } from '../components/ContextMenu';
import { annexMenuEntries } from './annex-commands';
import type { ReportEditor } from './slate-types';

export interface EditorMenu {
  at: { x: number; y: number; items: MenuEntry[] } | null;
  onContextMenu: (event: MouseEvent) => void;
  close: () => void;
}

interface Checks {
  findings: readonly Finding[];
  metadata: DraftMetadata;
  template: TemplateRef;
  env: CheckEnv;
}

/** The offset of a point in its top-level block's text. */
function blockOffset(editor: ReportEditor, path: number[], offset: number): number {
  const block = Node.get(editor, path.slice(0, 1)) as Element;
  let n = offset;
  for (const [text, p] of Node.texts(block)) {
    if (p.length + 1 === path.length && p.every((x, i) => x === path[i + 1])) return n;
    n += text.text.length;
  }
  return n;
}

/** Focus back in the text with its selection, in the editor and on the page at once (execCommand acts on the page's). */
function refocus(editor: ReportEditor, selection: Range | null): void {
  ReactEditor.focus(editor);
  if (!selection) return;
  Transforms.select(editor, selection);
  try {
    const dom = ReactEditor.toDOMRange(editor, selection);
    const page = window.getSelection();
    page?.removeAllRanges();
    page?.addRange(dom);
  } catch {
    // Slate draws the selection on its next render.
  }
}

/** Cut or copy the page's selection (Slate answers the events as for Ctrl+X and Ctrl+C). */
function command(name: 'cut' | 'copy'): void {
  document.execCommand(name);
}

async function paste(editor: ReportEditor, plain: boolean, onError: (text: string) => void): Promise<void> {
  const result = await call('clipboard:read', null);
  if (!result.ok) return onError(result.error.message);
  const data = new DataTransfer();
  if (!plain && result.value.html) data.setData('text/html', result.value.html);
  data.setData('text/plain', result.value.text);
  editor.insertData(data);
}

export function useEditorMenu(editor: ReportEditor, checks: () => Checks, onError: (text: string) => void): EditorMenu {
  const [at, setAt] = useState<(EditorMenu['at'] & { selection: Range | null }) | null>(null);
  // Closing gives the focus back to the text, its selection as it was (before any item acts).
  const selection = at?.selection ?? null;
  const close = useCallback(() => {
    setAt(null);
    refocus(editor, selection);
  }, [editor, selection]);
  const onContextMenu = (event: MouseEvent) => {
    event.preventDefault();
    // The page's selection is the clerk's (Slate takes it over a little later).
    const domSelection = window.getSelection();
    const current = domSelection && domSelection.rangeCount > 0 ? ReactEditor.toSlateRange(editor, domSelection, { exactMatch: false, suppressThrow: true }) : null;
    if (current) Transforms.select(editor, current);
    // A click outside the selection puts the caret there first, as in Word.
    let point = null;
    try {
      point = ReactEditor.findEventRange(editor, event).anchor;
    } catch {
      point = null;
    }
    if (point && !(editor.selection && Range.includes(editor.selection, point))) Transforms.select(editor, point);
    const collapsed = !editor.selection || Range.isCollapsed(editor.selection);
    const items: MenuEntry[] = [
      { label: '剪切', shortcut: 'Ctrl+X', disabled: collapsed, onSelect: () => command('cut') },
      { label: '复制', shortcut: 'Ctrl+C', disabled: collapsed, onSelect: () => command('copy') },
      { label: '粘贴', shortcut: 'Ctrl+V', onSelect: () => void paste(editor, false, onError) },
      { label: '粘贴为纯文本', shortcut: 'Ctrl+Shift+V', onSelect: () => void paste(editor, true, onError) },
      { label: '全选', shortcut: 'Ctrl+A', group: true, onSelect: () => Transforms.select(editor, Editor.range(editor, [])) },
    ];
    if (point) {
      const c = checks();
      const offset = blockOffset(editor, point.path, point.offset);
      const f = c.findings.find((x) => x.fix && x.block === point.path[0] && x.start <= offset && offset <= x.end && x.end > x.start);
      if (f?.fix) items.push({ label: `修正：${f.fix.label}`, group: true, onSelect: () => void fixOne(editor, f, c.metadata, c.template, c.env) });
    }
    items.push(...annexMenuEntries(editor));
    setAt({ x: event.clientX, y: event.clientY, items, selection: editor.selection });
  };
  return { at, onContextMenu, close };
}
