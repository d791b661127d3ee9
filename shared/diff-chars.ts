// Character-level diff of one paragraph against its new form, for the
// 历史版本 panel: the common prefix and suffix, then the longest common
// subsequence of what is between (up to a size; beyond it the middle is shown
// as removed and added whole).

export type CharOp = 'same' | 'added' | 'removed';
export interface CharPart {
  op: CharOp;
  text: string;
}

const MAX_CELLS = 4_000_000;

function push(out: CharPart[], op: CharOp, text: string): void {
  if (!text) return;
  const last = out[out.length - 1];
  if (last && last.op === op) last.text += text;
  else out.push({ op, text });
}

/** The parts that turn `from` into `to`, in reading order (a removal before the addition that replaces it). */
export function diffChars(from: string, to: string): CharPart[] {
  const a = [...from];
  const b = [...to];
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const out: CharPart[] = [];
  push(out, 'same', a.slice(0, head).join(''));
  const n = midA.length;
  const m = midB.length;
  if (n * m > MAX_CELLS) {
    push(out, 'removed', midA.join(''));
    push(out, 'added', midB.join(''));
  } else {
    const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) lcs[i]![j] = midA[i] === midB[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && midA[i] === midB[j]) {
        push(out, 'same', midA[i++]!);
        j++;
      } else if (i < n && (j >= m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) push(out, 'removed', midA[i++]!);
      else push(out, 'added', midB[j++]!);
    }
  }
  push(out, 'same', a.slice(a.length - tail).join(''));
  return out;
}

/** How much of the longer text the two share (0–1): above one half, a paragraph is shown as changed in place. */
export function similarity(parts: readonly CharPart[]): number {
  let same = 0;
  let from = 0;
  let to = 0;
  for (const p of parts) {
    const n = [...p.text].length;
    if (p.op === 'same') same += n;
    if (p.op !== 'added') from += n;
    if (p.op !== 'removed') to += n;
  }
  const longer = Math.max(from, to);
  return longer === 0 ? 1 : same / longer;
}
