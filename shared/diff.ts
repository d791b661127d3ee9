// Diff for the 历史版本 panel: the longest common subsequence of the two
// texts' blocks, compared by block text (and kind); a paragraph edited in
// place is one changed line with its changed characters marked. Headings
// carry their computed numbers.
import { diffChars, similarity, type CharPart } from './diff-chars';
import { blockText, type ReportContent } from './model';
import { blockNumbers } from './annexes';

export type DiffOp = 'same' | 'added' | 'removed' | 'changed';

export interface DiffLine {
  op: DiffOp;
  text: string;
  /** The block's type, e.g. heading, paragraph. */
  type: string;
  /** A heading's computed number (一、 （一） …), as the page shows it. */
  number?: string;
  /** For a changed line: its characters, kept, removed and added (text is the new form). */
  parts?: CharPart[];
}

interface Line {
  key: string;
  text: string;
  type: string;
  number: string | null;
}

/** A table compares row by row (a changed cell shows as its row, before and after); a picture by its picture and caption. */
function lines(content: ReportContent): Line[] {
  const numbers = blockNumbers(content);
  return content.flatMap((b, i): Line[] => {
    if (b.type === 'table') {
      return b.children.map((row, r) => {
        const text = `表格第 ${r + 1} 行：${row.children.map((c) => c.children.map(blockText).join(' ')).join(' | ')}`;
        return { key: `table-row\u0000${text}`, text, type: 'table-row', number: null };
      });
    }
    if (b.type === 'image') {
      const text = `［图片${b.picture.width}×${b.picture.height}］${blockText(b)}`;
      return [{ key: `image\u0000${b.picture.hash}\u0000${b.width ?? ''}\u0000${text}`, text, type: 'image', number: null }];
    }
    const text = blockText(b);
    const type = b.type === 'heading' ? `heading-${b.level}` : b.type;
    return [{ key: `${type}\u0000${text}`, text, type: b.type, number: numbers[i] ?? null }];
  });
}

const line = (op: DiffOp, l: Line): DiffLine => ({ op, text: l.text, type: l.type, ...(l.number ? { number: l.number } : {}) });

/**
 * Each run of removed lines followed by added ones, paired in order: a pair of
 * the same kind sharing more than half its characters becomes one changed line.
 */
function pairChanges(diff: DiffLine[]): DiffLine[] {
  const out: DiffLine[] = [];
  for (let i = 0; i < diff.length; ) {
    if (diff[i]!.op !== 'removed') {
      out.push(diff[i++]!);
      continue;
    }
    const removed: DiffLine[] = [];
    while (i < diff.length && diff[i]!.op === 'removed') removed.push(diff[i++]!);
    const added: DiffLine[] = [];
    while (i < diff.length && diff[i]!.op === 'added') added.push(diff[i++]!);
    const left: DiffLine[] = [];
    const right: DiffLine[] = [];
    removed.forEach((r, k) => {
      const a = added[k];
      // The same text again is a change of level, shown as removed and added.
      const parts = a && a.type === r.type && a.text !== r.text ? diffChars(r.text, a.text) : null;
      if (a && parts && similarity(parts) > 0.5) {
        out.push(...left.splice(0), ...right.splice(0));
        out.push({ ...a, op: 'changed', parts });
      } else {
        left.push(r);
        if (a) right.push(a);
      }
    });
    out.push(...left, ...right, ...added.slice(removed.length));
  }
  return out;
}

/**
 * The changes that turn `from` into `to`, in reading order: unchanged blocks,
 * blocks only in `to` (added) and blocks only in `from` (removed). A removal
 * is listed before the addition that replaces it.
 */
export function diffBlocks(from: ReportContent, to: ReportContent): DiffLine[] {
  const a = lines(from);
  const b = lines(to);
  // Common prefix and suffix first: edits are usually local.
  let head = 0;
  while (head < a.length && head < b.length && a[head]!.key === b[head]!.key) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail]!.key === b[b.length - 1 - tail]!.key) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const n = midA.length;
  const m = midB.length;
  // lcs[i][j]: length of the LCS of midA[i..] and midB[j..].
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = midA[i]!.key === midB[j]!.key ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out: DiffLine[] = b.slice(0, head).map((l) => line('same', l));
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && midA[i]!.key === midB[j]!.key) {
      out.push(line('same', midB[j]!));
      i++;
      j++;
    } else if (i < n && (j >= m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      out.push(line('removed', midA[i]!));
      i++;
    } else {
      out.push(line('added', midB[j]!));
      j++;
    }
  }
  for (const l of b.slice(b.length - tail)) out.push(line('same', l));
  return pairChanges(out);
}
