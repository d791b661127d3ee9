// The layout's marks for the blocks the editor shows: a page that starts at
// a block, the printed right indent of the signature and date. Each block
// view subscribes to its own marks, so a new layout re-renders only the
// blocks whose marks changed, never the whole document.
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { BlockMarks } from '../../../shared/layout';
import type { ReportBlock } from '../../../shared/model';

export class MarksStore {
  private marks = new WeakMap<ReportBlock, BlockMarks>();
  private readonly listeners = new Set<() => void>();

  get(block: ReportBlock): BlockMarks | undefined {
    return this.marks.get(block);
  }

  set(marks: WeakMap<ReportBlock, BlockMarks>): void {
    this.marks = marks;
    for (const l of this.listeners) l();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

export const MarksContext = createContext<MarksStore | null>(null);

const none = () => () => {};

/** The page that starts with this block's first line (2 on), if any. */
export function usePageTop(block: ReportBlock): number | undefined {
  const store = useContext(MarksContext);
  return useSyncExternalStore(store?.subscribe ?? none, () => store?.get(block)?.pageStarts?.find((s) => s.offset === 0)?.page);
}

/** The signature's or date's right indent as printed, twips. */
export function usePrintedRight(block: ReportBlock): number | undefined {
  const store = useContext(MarksContext);
  return useSyncExternalStore(store?.subscribe ?? none, () => store?.get(block)?.right);
}
