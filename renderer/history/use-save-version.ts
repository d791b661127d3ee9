// Ctrl+S (⌘S on a Mac): the text is already saved automatically, so the key
// keeps a named version of it for the 历史版本 panel.
import { useEffect, useRef } from 'react';

export function isSaveVersionKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 's';
}

export function useSaveVersionKey(onSave: (() => void) | null): void {
  const handler = useRef(onSave);
  handler.current = onSave;
  useEffect(() => {
    const listener = (e: KeyboardEvent) => {
      if (!isSaveVersionKey(e)) return;
      e.preventDefault();
      if (!e.repeat) handler.current?.();
    };
    window.addEventListener('keydown', listener, true);
    return () => window.removeEventListener('keydown', listener, true);
  }, []);
}
