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
const COMPOSITION_RECHECK_MS = 200;

export interface PageLayoutState {
  /** The newest layout's marks by the blocks it was made from (its pages are in the store). */
  marks: WeakMap<ReportBlock, BlockMarks>;
  /** Where the layout runs ('worker', or 'idle' on this thread). */
  where: LayoutRunner['where'] | null;
}

const inputOf = (content: ReportContent, metadata: DraftMetadata): LayoutInput => ({ content, metadata: { unit: metadata.unit, format: metadata.format } });

export function usePageLayout(editor: ReportEditor, content: ReportContent, metadata: DraftMetadata): PageLayoutState & { store: MarksStore } {
  const store = useMemo(() => new MarksStore(), []);
  const [state, setState] = useState<PageLayoutState>({ marks: new WeakMap(), where: null });
  const latest = useRef(inputOf(content, metadata));
  latest.current = inputOf(content, metadata);
  const kick = useRef<() => void>(() => {});

  useEffect(() => {
    const runner = createLayoutRunner();
    let timer: ReturnType<typeof setTimeout> | null = null;
    let busy = false;
    let done: LayoutInput | null = null;
    let alive = true;
    let shown: { key: string; content: ReportContent; marks: WeakMap<ReportBlock, BlockMarks> } | null = null;
    const apply = (input: LayoutInput, layout: PageLayout) => {
      if (!alive) return;
      const taken = performance.now();
      if (isComposing(editor)) {
        timer = setTimeout(() => {
          timer = null;
          apply(input, layout);
          kick.current();
        }, COMPOSITION_RECHECK_MS);
        return;
      }
      // The same marks on the same blocks (typing inside a page): the text is not decorated again.
      const key = JSON.stringify([...layout.marks.blocks]);
      const same = shown && shown.key === key && [...layout.marks.blocks.keys()].every((i) => shown!.content[i] === input.content[i]);
      if (!same) {
        const marks = new WeakMap<ReportBlock, BlockMarks>();
        for (const [i, m] of layout.marks.blocks) {
          const b = input.content[i];
          if (b) marks.set(b, m);
        }
        shown = { key, content: input.content, marks };
      }
      const marks = shown!.marks;
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
      runner.dispose();
    };
  }, [editor, store]);

  useEffect(() => kick.current(), [content, metadata]);

  return { ...state, store };
}
