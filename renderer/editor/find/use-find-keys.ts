// Ctrl+F opens 查找 and Ctrl+H 替换 from anywhere in the editing window (not
// over a dialog); the 编辑 menu's items do the same.
import { useEffect } from 'react';
import { onMenuCommand } from '../../api';
import type { FindMode } from './use-find';

export function findShortcut(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): FindMode | null {
  if (e.altKey || e.shiftKey || !(e.ctrlKey || e.metaKey)) return null;
  const key = e.key.toLowerCase();
  return key === 'f' ? 'find' : key === 'h' ? 'replace' : null;
}

export function useFindKeys(open: (mode: FindMode) => void): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const mode = e.isComposing ? null : findShortcut(e);
      if (!mode || document.querySelector('[aria-modal="true"]')) return;
      e.preventDefault();
      open(mode);
    };
    window.addEventListener('keydown', onKeyDown, true);
    const off = onMenuCommand((command) => {
      if (command === 'find' || command === 'replace') open(command);
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      off();
    };
  }, [open]);
}
