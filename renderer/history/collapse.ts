// Long runs of unchanged paragraphs in a diff fold into one line, keeping
// one paragraph of context on each side of a change.
import type { DiffLine } from '../../shared/diff';

export type ShownLine = DiffLine | { op: 'skip'; count: number };

export function collapseSame(diff: readonly DiffLine[], context = 1): ShownLine[] {
  const near = diff.map((_, i) => diff.slice(Math.max(0, i - context), i + context + 1).some((d) => d.op !== 'same'));
  const out: ShownLine[] = [];
  for (const [i, d] of diff.entries()) {
    if (d.op !== 'same' || near[i]) {
      out.push(d);
      continue;
    }
    const last = out.at(-1);
    if (last && last.op === 'skip') last.count++;
    else out.push({ op: 'skip', count: 1 });
  }
  return out;
}
