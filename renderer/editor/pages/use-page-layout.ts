// The page layout of what the clerk is typing, kept up to date off the
// keystroke path: a change is laid out a short while after it (the worker
// keeps unchanged paragraphs' lines), one layout at a time, the newest text
// next. Nothing the editor shows changes during an IME composition: the
// marks wait until it ends.
import { useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { BlockMarks, LayoutInput } from '../../../shared/layout';
import type { DraftMetadata, ReportBlock, ReportContent } from '../../../shared/model';
import { isComposing } from '../composition';
import { PAGE_LAYOUT_APPLY_MEASURE, PAGE_LAYOUT_MEASURE } from '../marks';
import type { ReportEditor } from '../slate-types';
import { MarksStore } from './marks-store';
import { createLayoutRunner, type LayoutRunner, type PageLayout } from './page-layout';

/** How long after a change the layout starts, ms: a burst of keys is laid out once. */
export const RELAYOUT_DELAY_MS = 120;
/**
 * Page boundaries that move are redrawn once the clerk pauses this long (ms):
 * redrawing them re-renders the text, which must not hold up the next key.
 * The page count follows every layout at once.
 */
export const TYPING_PAUSE_MS = 400;
const COMPOSITION_RECHECK_MS = 200;

/** A layout's marks: by the blocks it was made from, and by index for a block typed in since. */
export interface LayoutMarks {
  byBlock: WeakMap<ReportBlock, BlockMarks>;
  byIndex: ReadonlyMap<number, BlockMarks>;
}

export interface PageLayoutState {
  /** The newest layout's marks (its pages are in the store). */
  marks: LayoutMarks;
  /** Where the layout runs ('worker', or 'idle' on this thread). */
  where: LayoutRunner['where'] | null;
}

const inputOf = (content: ReportContent, metadata: DraftMetadata): LayoutInput => ({ content, metadata: { unit: metadata.unit, format: metadata.format } });

export function usePageLayout(editor: ReportEditor, content: ReportContent, metadata: DraftMetadata): PageLayoutState & { store: MarksStore } {
  const store = useMemo(() => new MarksStore(), []);
  const [state, setState] = useState<PageLayoutState>({ marks: { byBlock: new WeakMap(), byIndex: new Map() }, where: null });
  const latest = useRef(inputOf(content, metadata));
  latest.current = inputOf(content, metadata);
  const kick = useRef<() => void>(() => {});
  /** When the text last changed. */
  const changedAt = useRef(0);

  useEffect(() => {
    const runner = createLayoutRunner();
    let timer: ReturnType<typeof setTimeout> | null = null;
    let busy = false;
    let done: LayoutInput | null = null;
    let alive = true;
    let shown: { key: string; marks: LayoutMarks } | null = null;
    let paused: ReturnType<typeof setTimeout> | null = null;
    const apply = (input: LayoutInput, layout: PageLayout) => {
      if (!alive) return;
      const taken = performance.now();
      if (paused) clearTimeout(paused);
      paused = null;
      if (isComposing(editor)) {
        timer = setTimeout(() => {
          timer = null;
          apply(input, layout);
          kick.current();
        }, COMPOSITION_RECHECK_MS);
        return;
      }
      // The same marks at the same places (typing inside a page, the usual case): the text is not
      // decorated again; a block typed in since takes its marks over.
      const key = JSON.stringify([...layout.marks.blocks]);
      const wait = changedAt.current + TYPING_PAUSE_MS - performance.now();
      if (shown && shown.key !== key && wait > 0) {
        store.set(layout.pages);
        paused = setTimeout(() => {
          paused = null;
          if (latest.current.content === input.content) apply(input, layout);
        }, wait);
        performance.measure(PAGE_LAYOUT_APPLY_MEASURE, { start: taken });
        return;
      }
      if (!shown || shown.key !== key) shown = { key, marks: { byBlock: new WeakMap(), byIndex: layout.marks.blocks } };
      const marks = shown.marks;
      for (const [i, m] of layout.marks.blocks) {
        const b = input.content[i];
        if (b) marks.byBlock.set(b, m);
      }
      // The editor renders again only for new marks (or the first layout); the page count re-renders by itself.
      // Rendered at once, so the measure holds what taking the layout in cost this thread.
      flushSync(() => {
        store.set(layout.pages, marks);
        setState((s) => (s.marks === marks && s.where === runner.where ? s : { marks, where: runner.where }));
      });
      performance.measure(PAGE_LAYOUT_APPLY_MEASURE, { start: taken });
    };
    const start = async () => {
      timer = null;
      const input = latest.current;
      busy = true;
      const begun = performance.now();
      try {
        apply(input, await runner.run(input));
        performance.measure(PAGE_LAYOUT_MEASURE, { start: begun });
      } catch (e) {
        console.error('page layout failed', e);
      } finally {
        busy = false;
        done = input;
        kick.current();
      }
    };
    kick.current = () => {
      if (!alive || busy || timer) return;
      const input = latest.current;
      if (done && done.content === input.content && JSON.stringify(done.metadata) === JSON.stringify(input.metadata)) return;
      timer = setTimeout(() => void start(), done ? RELAYOUT_DELAY_MS : 0);
    };
    kick.current();
    return () => {
      alive = false;
      if (timer) clearTimeout(timer);
      if (paused) clearTimeout(paused);
      runner.dispose();
    };
  }, [editor, store]);

  useEffect(() => {
    changedAt.current = performance.now();
    kick.current();
  }, [content, metadata]);

  return { ...state, store };
}
