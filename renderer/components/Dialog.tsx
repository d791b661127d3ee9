// A modal dialog: role dialog or alertdialog with aria-modal, named by its
// heading; Escape cancels; focus starts inside (an element marked
// data-autofocus, else the first field, else the first button), Tab and
// Shift+Tab stay inside, and focus goes back to where it was when the dialog
// closes. Dialogs opened from a dialog stack: only the top one answers keys
// and holds focus.
import { useLayoutEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';

interface Props {
  /** The id of the heading that names the dialog. */
  labelledBy: string;
  describedBy?: string;
  role?: 'dialog' | 'alertdialog';
  /** What Escape does; null: Escape does nothing (the dialog cannot be dismissed). */
  onCancel: (() => void) | null;
  /** Given, the dialog is a form and submits with Enter. */
  onSubmit?: (event: FormEvent) => void;
  children: ReactNode;
}

const FOCUSABLE = 'button, input, select, textarea, a[href], [tabindex]';
const FIELDS = 'input, select, textarea';

/** Open dialogs, the top one last. */
const stack: HTMLElement[] = [];

/** The elements under `root` matching `selector` that Tab stops at, in order. */
function tabbable(root: HTMLElement, selector: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(selector)].filter((el) => {
    if ((el as HTMLButtonElement).disabled || el.tabIndex < 0 || el.getClientRects().length === 0) return false;
    if (el instanceof HTMLInputElement && el.type === 'hidden') return false;
    // Of a radio group only the checked button is in the Tab order (the first, when none is).
    if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
      const group = [...root.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${CSS.escape(el.name)}"]`)];
      const stop = group.find((r) => r.checked) ?? group[0];
      return stop === el;
    }
    return true;
  });
}

export function Dialog({ labelledBy, describedBy, role = 'dialog', onCancel, onSubmit, children }: Props) {
  const ref = useRef<HTMLFormElement & HTMLDivElement>(null);
  // Where focus was when the dialog opened, read before any child takes it.
  const [opener] = useState(() => (typeof document === 'undefined' ? null : document.activeElement));
  const cancel = useRef(onCancel);
  cancel.current = onCancel;

  useLayoutEffect(() => {
    const dialog = ref.current!;
    stack.push(dialog);
    const isTop = () => stack[stack.length - 1] === dialog;
    if (!dialog.contains(document.activeElement)) {
      const first = dialog.querySelector<HTMLElement>('[data-autofocus]') ?? tabbable(dialog, FIELDS)[0] ?? tabbable(dialog, FOCUSABLE)[0] ?? dialog;
      first.focus();
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isTop() || event.defaultPrevented) return;
      if (event.key === 'Escape' && !event.isComposing) {
        if (!cancel.current) return;
        event.preventDefault();
        event.stopPropagation();
        cancel.current();
      } else if (event.key === 'Tab') {
        const items = tabbable(dialog, FOCUSABLE);
        const first = items[0];
        const last = items[items.length - 1];
        const active = document.activeElement;
        if (!first || !last) {
          event.preventDefault();
          dialog.focus();
        } else if (event.shiftKey && (active === first || !dialog.contains(active))) {
          event.preventDefault();
          last.focus();
        } else if (!event.shiftKey && (active === last || !dialog.contains(active))) {
          event.preventDefault();
          first.focus();
        }
      }
    };
    // Focus that lands outside (a program moving it) comes back; focus taken by
    // a dialog opened from this one (before it is on the stack) stays there.
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target;
      if (!isTop() || !(target instanceof Element) || dialog.contains(target)) return;
      if (!target.closest('[aria-modal="true"]')) {
        (tabbable(dialog, FOCUSABLE)[0] ?? dialog).focus();
      }
    };
    document.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('focusin', onFocusIn);
      stack.splice(stack.indexOf(dialog), 1);
      // Back to the opener, unless focus has already moved on to something else that is still there.
      const active = document.activeElement;
      const lost = !active || active === document.body || dialog.contains(active);
      if (lost && opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, [opener]);

  const props = {
    ref,
    className: 'dialog',
    role,
    'aria-modal': true,
    'aria-labelledby': labelledBy,
    'aria-describedby': describedBy,
    tabIndex: -1,
  } as const;
  return (
    // A press on the backdrop leaves focus where it was (it would go to the page behind).
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && e.preventDefault()}>
      {onSubmit ? (
        <form {...props} onSubmit={onSubmit}>
          {children}
        </form>
      ) : (
        <div {...props}>{children}</div>
      )}
    </div>
  );
}
