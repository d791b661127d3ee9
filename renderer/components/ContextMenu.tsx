// A right-click menu at the pointer: role menu with menu items, ↑ ↓ to move,
// Enter to choose, Escape or a click elsewhere to close. It stays inside the
// window.
import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';

export interface MenuEntry {
  label: string;
  onSelect: () => void;
  disabled?: boolean;
  /** The key that does the same, shown at the right (Ctrl+X). */
  shortcut?: string;
  /** Draws a line above the item. */
  group?: boolean;
}

interface Props {
  x: number;
  y: number;
  items: readonly MenuEntry[];
  onClose: () => void;
}

export function ContextMenu({ x, y, items, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [at, setAt] = useState({ left: x, top: y });
  useLayoutEffect(() => {
    const menu = ref.current!;
    const { width, height } = menu.getBoundingClientRect();
    setAt({ left: Math.max(0, Math.min(x, window.innerWidth - width - 4)), top: Math.max(0, Math.min(y, window.innerHeight - height - 4)) });
    menu.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
    const away = (e: MouseEvent) => {
      if (!menu.contains(e.target as Node)) onClose();
    };
    document.addEventListener('mousedown', away, true);
    window.addEventListener('blur', onClose);
    return () => {
      document.removeEventListener('mousedown', away, true);
      window.removeEventListener('blur', onClose);
    };
  }, [x, y, onClose]);

  const onKeyDown = (e: KeyboardEvent) => {
    const buttons = [...ref.current!.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = buttons[(i + (e.key === 'ArrowDown' ? 1 : -1) + buttons.length) % buttons.length];
      next?.focus();
    } else if (e.key === 'Tab') {
      e.preventDefault();
    }
  };

  return (
    <div ref={ref} className="context-menu" role="menu" style={at} onKeyDown={onKeyDown} onContextMenu={(e) => e.preventDefault()}>
      {items.map((item) => (
        <button
          key={item.label}
          type="button"
          role="menuitem"
          className={item.group ? 'context-item context-group' : 'context-item'}
          disabled={item.disabled}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            onClose();
            item.onSelect();
          }}
        >
          <span>{item.label}</span>
          {item.shortcut && <span className="context-shortcut">{item.shortcut}</span>}
        </button>
      ))}
    </div>
  );
}
