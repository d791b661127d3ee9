// The newest page layout, for whatever shows part of it: its pages (the
// status bar's 共 N 页, the page view, the print preview) and its marks for
// the blocks the editor shows (a page that starts at a block, the printed
// right indent of the signature and date). Each view subscribes to its own
// part, so a new layout re-renders only what changed, never the document.
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { BlockMarks, Page } from '../../../shared/layout';
import type { ReportBlock } from '../../../shared/model';

export class MarksStore {
  private marks = new WeakMap<ReportBlock, BlockMarks>();
  /** The pages of the newest layout; null until the first is made. */
  pages: readonly Page[] | null = null;
  private readonly listeners = new Set<() => void>();

  get(block: ReportBlock): BlockMarks | undefined {
    return this.marks.get(block);
  }

  set(pages: readonly Page[], marks?: { byBlock: WeakMap<ReportBlock, BlockMarks> }): void {
    this.pages = pages;
    if (marks) this.marks = marks.byBlock;
    for (const l of this.listeners) l();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

export const MarksContext = createContext<MarksStore | null>(null);

const none = () => () => {};

/** The pages of the newest layout, null until the first is made. */
export function usePages(): readonly Page[] | null {
  const store = useContext(MarksContext);
  return useSyncExternalStore(store?.subscribe ?? none, () => store?.pages ?? null);
}

/** How many pages print, null until the first layout is made. */
export function usePageCount(): number | null {
  const store = useContext(MarksContext);
  return useSyncExternalStore(store?.subscribe ?? none, () => store?.pages?.length ?? null);
}

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
