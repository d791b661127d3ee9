import { useMemo, useRef } from 'react';
import type { Descendant } from 'slate';
import type { ReportContent } from '../../../shared/model';
import { headingNumbers } from '../../../shared/numbering';

/**
 * The numbers of the headings, by block index. The array keeps its identity
 * while the numbering is unchanged, so typing inside a block does not make
 * every block re-render; inserting, deleting or re-levelling a heading does.
 */
export function useHeadingNumbers(value: Descendant[]): readonly (string | null)[] {
  const last = useRef<(string | null)[]>([]);
  return useMemo(() => {
    const next = headingNumbers(value as ReportContent);
    const prev = last.current;
    if (next.length === prev.length && next.every((n, i) => n === prev[i])) return prev;
    last.current = next;
    return next;
  }, [value]);
}
