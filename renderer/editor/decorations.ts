// The editor's display-only ranges, combined: the run-in body face, then
// whatever else is shown over the text (查找 matches, findings).
import { useMemo } from 'react';
import type { BaseRange, NodeEntry } from 'slate';
import { decorateRunIn } from './decorate';
import type { Decorations } from './slate-types';

export type Decorate = (entry: NodeEntry) => (BaseRange & Decorations)[];

/** One decorate function for Editable; it keeps its identity while the parts do. */
export function useDecorate(...parts: (Decorate | null | undefined)[]): Decorate {
  return useMemo(() => {
    const extra = parts.filter((p): p is Decorate => typeof p === 'function');
    if (extra.length === 0) return decorateRunIn;
    return (entry) => [...decorateRunIn(entry), ...extra.flatMap((d) => d(entry))];
    // The parts are the dependencies.
  }, parts);
}
