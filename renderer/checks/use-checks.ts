// Checks run while the clerk types, but never on the typing path: a run
// starts only after 400 ms without a change, in the browser's idle time, and
// never while an IME composition shows. Each run checks again only the blocks
// changed since the last one (the incremental checker keeps the rest); the
// blocks of a draft just opened are checked in slices of idle time, a few
// milliseconds each, so a long draft never blocks a key. Findings
// keep their identity while they stay the same, so the panel does not redraw
// for nothing.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Descendant } from 'slate';
import { createChecker, findingKey, type CheckEnv, type Finding, type TemplateRef, type YearInference } from '../../shared/checks';
import type { DraftMetadata, ReportContent } from '../../shared/model';
import { useCheckEnv } from './word-list';

export const CHECK_IDLE_MS = 400;
/** The most one slice of a check run takes of the browser's idle time, ms. */
export const CHECK_SLICE_MS = 12;
/** What a slice may take when the browser reports less idle time (or the idle wait timed out), ms. */
const MIN_SLICE_MS = 4;

/** The timers a check run waits on; the browser's by default, fakes in tests. */
export interface CheckScheduler {
  setTimeout: (fn: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
  /** Runs `fn` when the browser is idle, telling it how many ms of idle time are left; returns a cancel function. */
  whenIdle: (fn: (timeLeft: () => number) => void) => () => void;
}

function browserScheduler(): CheckScheduler {
  return {
    setTimeout: (fn, ms) => window.setTimeout(fn, ms),
    clearTimeout: (id) => window.clearTimeout(id),
    whenIdle: (fn) => {
      if (typeof window.requestIdleCallback === 'function') {
        const id = window.requestIdleCallback((deadline) => fn(() => deadline.timeRemaining()), { timeout: 1000 });
        return () => window.cancelIdleCallback(id);
      }
      const id = window.setTimeout(() => fn(() => 0), 0);
      return () => window.clearTimeout(id);
    },
  };
}

/**
 * A check run in slices: `step` is given a time budget (ms) and says whether
 * the run is done. It first runs after CHECK_IDLE_MS in the browser's idle
 * time, and again in the next idle time until it is done, never while a
 * composition shows: that is asked when the wait ends and again when each idle
 * callback runs (it may come up to a second later, after a composition began).
 * Mid-composition it looks again later. Returns a cancel function.
 */
export function scheduleCheck(step: (budgetMs: number) => boolean, isComposing: () => boolean, timers: CheckScheduler = browserScheduler()): () => void {
  let timer = 0;
  let cancelIdle = () => {};
  const later = () => {
    timer = timers.setTimeout(wait, CHECK_IDLE_MS);
  };
  const wait = () => {
    if (isComposing()) return later();
    cancelIdle = timers.whenIdle((timeLeft) => {
      if (isComposing()) return later();
      if (!step(Math.min(CHECK_SLICE_MS, Math.max(MIN_SLICE_MS, timeLeft())))) wait();
    });
  };
  later();
  return () => {
    timers.clearTimeout(timer);
    cancelIdle();
  };
}

export interface ChecksState {
  findings: readonly Finding[];
  /** The report year and the evidence it was read from; null before the first run. */
  year: YearInference | null;
  /** What the checks ran with (the word list once loaded), for fixing findings the same way. */
  env: CheckEnv;
}

export function useChecks(value: Descendant[], metadata: DraftMetadata, template: TemplateRef, isComposing: () => boolean): ChecksState {
  const env = useCheckEnv();
  const checker = useMemo(() => createChecker(), []);
  const [state, setState] = useState<ChecksState>({ findings: [], year: null, env });
  const lastKey = useRef('');
  const { id } = template;
  useEffect(
    () =>
      scheduleCheck((budget) => {
        const content = value as ReportContent;
        const start = performance.now();
        if (!checker.warm(content, metadata, () => performance.now() - start < budget, { id }, env)) return false;
        const { findings, year } = checker.check(content, metadata, { id }, env);
        const key = `${year.explanation}\n${findings.map((f) => `${findingKey(f)}|${f.message}`).join('\n')}`;
        if (key !== lastKey.current) {
          lastKey.current = key;
          setState({ findings, year, env });
        }
        return true;
      }, isComposing),
    [value, metadata, id, isComposing, checker, env],
  );
  return state;
}
