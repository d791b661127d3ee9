// Checks run while the clerk types, but never on the typing path: a run
// starts only after 400 ms without a change, in the browser's idle time, and
// never while an IME composition shows. Each run checks again only the blocks
// changed since the last one (the incremental checker keeps the rest). Findings
// keep their identity while they stay the same, so the panel does not redraw
// for nothing.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Descendant } from 'slate';
import { createChecker, findingKey, type CheckEnv, type Finding, type TemplateRef, type YearInference } from '../../shared/checks';
import type { DraftMetadata, ReportContent } from '../../shared/model';
import { useCheckEnv } from './word-list';

export const CHECK_IDLE_MS = 400;

/** The timers a check run waits on; the browser's by default, fakes in tests. */
export interface CheckScheduler {
  setTimeout: (fn: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
  /** Runs `fn` when the browser is idle; returns a cancel function. */
  whenIdle: (fn: () => void) => () => void;
}

function browserScheduler(): CheckScheduler {
  return {
    setTimeout: (fn, ms) => window.setTimeout(fn, ms),
    clearTimeout: (id) => window.clearTimeout(id),
    whenIdle: (fn) => {
      if (typeof window.requestIdleCallback === 'function') {
        const id = window.requestIdleCallback(fn, { timeout: 1000 });
        return () => window.cancelIdleCallback(id);
      }
      const id = window.setTimeout(fn, 0);
      return () => window.clearTimeout(id);
    },
  };
}

/**
 * Calls `check` after CHECK_IDLE_MS in the browser's idle time, never while a
 * composition shows: that is asked when the wait ends and again when the idle
 * callback runs (it may come up to a second later, after a composition began).
 * Mid-composition it looks again later. Returns a cancel function.
 */
export function scheduleCheck(check: () => void, isComposing: () => boolean, timers: CheckScheduler = browserScheduler()): () => void {
  let timer = 0;
  let cancelIdle = () => {};
  const later = () => {
    timer = timers.setTimeout(wait, CHECK_IDLE_MS);
  };
  const wait = () => {
    if (isComposing()) return later();
    cancelIdle = timers.whenIdle(() => {
      if (isComposing()) return later();
      check();
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
      scheduleCheck(() => {
        const { findings, year } = checker.check(value as ReportContent, metadata, { id }, env);
        const key = `${year.explanation}\n${findings.map((f) => `${findingKey(f)}|${f.message}`).join('\n')}`;
        if (key === lastKey.current) return;
        lastKey.current = key;
        setState({ findings, year, env });
      }, isComposing),
    [value, metadata, id, isComposing, checker, env],
  );
  return state;
}
