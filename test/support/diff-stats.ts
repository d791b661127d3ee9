// Counting a block diff's changes, for tests.
import type { DiffLine } from '../../shared/diff';

/** How many blocks were added and removed. */
export function diffStats(diff: readonly DiffLine[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const d of diff) {
    if (d.op === 'added') added++;
    else if (d.op === 'removed') removed++;
  }
  return { added, removed };
}
