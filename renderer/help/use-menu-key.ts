// Opens something from a key (F1) or a menu command, wherever the focus is.
import { useEffect } from 'react';
import type { MenuCommand } from '../../shared/ipc';
import { onMenuCommand } from '../api';

export function useMenuKey(command: MenuCommand, key: string | null, open: () => void): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (key === null || e.key !== key || e.ctrlKey || e.altKey || e.metaKey || e.shiftKey || e.isComposing) return;
      e.preventDefault();
      open();
    };
    window.addEventListener('keydown', onKeyDown);
    const off = onMenuCommand((c) => c === command && open());
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      off();
    };
  }, [command, key, open]);
}
