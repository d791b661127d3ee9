// Keyboard shortcuts of the editing page.
import type { KeyboardEvent } from 'react';
import { changeHeadingLevel, sectionAction, type SectionAction } from './commands';
import type { ReportEditor } from './slate-types';
import { moveCell } from './table-commands';

const SECTION_KEYS: Record<string, SectionAction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowRight: 'in',
  ArrowLeft: 'out',
};

/** Alt+Shift+arrow: the section action it asks for, or null. */
export function sectionKey(event: Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'key'>): SectionAction | null {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return null;
  return SECTION_KEYS[event.key] ?? null;
}

/** Ctrl+Y or Ctrl+Shift+Z (Cmd on a Mac too): redo, on every platform. */
export function isRedoKey(event: Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'key'>): boolean {
  if (event.altKey || !(event.ctrlKey || event.metaKey)) return false;
  const key = event.key.toLowerCase();
  return (key === 'y' && !event.shiftKey) || (key === 'z' && event.shiftKey);
}

/** What Ctrl+B, Ctrl+I and Ctrl+U say instead of formatting: official text has none. */
export const FORMAT_KEY_NOTES: Record<string, string> = {
  b: '公文正文不使用加粗；“一是”加粗可在文稿信息中设置。',
  i: '公文正文不使用倾斜（斜体）。',
  u: '公文正文不使用下划线。',
};

/** The note for a formatting shortcut (Ctrl+B/I/U, Cmd on a Mac), or null. */
export function formatKeyNote(event: Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'key'>): string | null {
  if (event.altKey || event.shiftKey || !(event.ctrlKey || event.metaKey)) return null;
  return FORMAT_KEY_NOTES[event.key.toLowerCase()] ?? null;
}

export function handleEditorKeyDown(editor: ReportEditor, event: KeyboardEvent<HTMLDivElement>, onNote?: (text: string) => void): void {
  if (event.nativeEvent.isComposing) return;
  const note = formatKeyNote(event);
  if (note) {
    event.preventDefault();
    onNote?.(note);
    return;
  }
  if (isRedoKey(event)) {
    event.preventDefault();
    editor.redo();
    return;
  }
  if (event.key === 'Tab' && !event.altKey && !event.ctrlKey && !event.metaKey) {
    event.preventDefault();
    // In a table, Tab and Shift+Tab go to the next and previous cell.
    if (moveCell(editor, event.shiftKey ? -1 : 1)) return;
    changeHeadingLevel(editor, event.shiftKey ? -1 : 1);
    return;
  }
  if (event.key === 'Enter' && event.shiftKey) {
    // A line break inside the block (sets a title's line breaks).
    event.preventDefault();
    editor.insertText('\n');
    return;
  }
  const action = sectionKey(event);
  if (action) {
    event.preventDefault();
    sectionAction(editor, action);
  }
}
