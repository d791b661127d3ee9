// Keyboard shortcuts of the editing page.
import type { KeyboardEvent } from 'react';
import { changeHeadingLevel, sectionAction, type SectionAction } from './commands';
import type { ReportEditor } from './slate-types';

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

export function handleEditorKeyDown(editor: ReportEditor, event: KeyboardEvent<HTMLDivElement>): void {
  if (event.nativeEvent.isComposing) return;
  if (isRedoKey(event)) {
    event.preventDefault();
    editor.redo();
    return;
  }
  if (event.key === 'Tab' && !event.altKey && !event.ctrlKey && !event.metaKey) {
    event.preventDefault();
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
