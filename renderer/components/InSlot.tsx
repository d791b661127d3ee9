// Renders its children into another element of the page (a slot in the
// window's toolbar) while keeping them in this React tree and its contexts;
// in place when there is no slot.
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';

export function InSlot({ slot, children }: { slot: HTMLElement | null | undefined; children: ReactNode }) {
  return slot ? createPortal(children, slot) : <>{children}</>;
}
