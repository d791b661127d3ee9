import { useMemo, useRef } from 'react';
import type { Descendant } from 'slate';
import type { ReportContent } from '../../../shared/model';
import { blockNumbers } from '../../../shared/annexes';

interface Numbered {
  blocks: readonly Descendant[];
  numbers: readonly (string | null)[];
}

/**
 * Whether the numbers drawn for `prev` still hold for `blocks` with `numbers`:
 * the same number at every index, and no block now at another index than it
 * was (a block moved as it is keeps its identity, so it would not re-render and
 * would keep the number of where it came from). A block edited in place is a
 * new object at the same index, so typing keeps the numbers.
 */
export function numbersStillDrawn(prev: Numbered, blocks: readonly Descendant[], numbers: readonly (string | null)[]): boolean {
  if (numbers.length !== prev.numbers.length || !numbers.every((n, i) => n === prev.numbers[i])) return false;
  if (blocks === prev.blocks) return true;
  const before = new Map<Descendant, number>();
  prev.blocks.forEach((b, i) => before.set(b, i));
  return blocks.every((b, i) => numbers[i] === null || (before.get(b) ?? i) === i);
}

/**
 * The numbers of the headings (and the labels of the attachments), by block index. The array keeps its identity
 * while the numbering is drawn right, so typing inside a block does not make
 * every block re-render; inserting, deleting, re-levelling or moving a heading does.
 */
export function useHeadingNumbers(value: Descendant[]): readonly (string | null)[] {
  const last = useRef<Numbered>({ blocks: [], numbers: [] });
  return useMemo(() => {
    const next = blockNumbers(value as ReportContent);
    const prev = last.current;
    if (numbersStillDrawn(prev, value, next)) {
      last.current = { blocks: value, numbers: prev.numbers };
      return prev.numbers;
    }
    last.current = { blocks: value, numbers: next };
    return next;
  }, [value]);
}
