// Checks run while the clerk types, but never on the typing path: a run
// starts only after 400 ms without a change, in the browser's idle time, and
// never while an IME composition shows. Findings keep their identity while
// they stay the same, so the panel does not redraw for nothing.
import { useEffect, useRef, useState } from 'react';
import type { Descendant } from 'slate';
import { findingKey, runChecks, type Finding, type TemplateRef } from '../../shared/checks';
import type { DraftMetadata, ReportContent } from '../../shared/model';

export const CHECK_IDLE_MS = 400;

/** Runs `fn` when the browser is idle (or soon, where there is no idle callback); returns a cancel function. */
function whenIdle(fn: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(fn, { timeout: 1000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(fn, 0);
  return () => window.clearTimeout(id);
}

export function useChecks(value: Descendant[], metadata: DraftMetadata, template: TemplateRef, isComposing: () => boolean): readonly Finding[] {
  const [findings, setFindings] = useState<readonly Finding[]>([]);
  const lastKey = useRef('');
  const { id } = template;
  useEffect(() => {
    let timer = 0;
    let cancelIdle = () => {};
    const run = () => {
      // Mid-composition: look again later (the committed text usually starts a new run first).
      if (isComposing()) {
        timer = window.setTimeout(run, CHECK_IDLE_MS);
        return;
      }
      cancelIdle = whenIdle(() => {
        const next = runChecks(value as ReportContent, metadata, { id });
        const key = next.map((f) => `${findingKey(f)}|${f.message}`).join('\n');
        if (key === lastKey.current) return;
        lastKey.current = key;
        setFindings(next);
      });
    };
    timer = window.setTimeout(run, CHECK_IDLE_MS);
    return () => {
      window.clearTimeout(timer);
      cancelIdle();
    };
  }, [value, metadata, id, isComposing]);
  return findings;
}
