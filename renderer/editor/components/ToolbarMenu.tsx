// A toolbar button that opens a small menu below it, so a group of commands
// takes one button's width and the toolbar stays one row on a laptop. The
// menu's content gets `close`, for actions after which it should go away.
import { useState, type ReactNode } from 'react';

const keepFocus = (e: React.MouseEvent) => e.preventDefault();

export function ToolbarMenu({ label, title, menuLabel, className = '', children }: { label: string; title: string; menuLabel: string; className?: string; children: (close: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-expanded={open} onMouseDown={keepFocus} onClick={() => setOpen(!open)} title={title}>
        {label}
      </button>
      {open && (
        <span className={`table-menu ${className}`.trim()} role="group" aria-label={menuLabel}>
          {children(() => setOpen(false))}
        </span>
      )}
    </>
  );
}
