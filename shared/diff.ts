// Paragraph-level diff for the 历史版本 panel: the longest common
// subsequence of the two texts' blocks, compared by block text (and kind).
import { blockText, type ReportContent } from './model';

export type DiffOp = 'same' | 'added' | 'removed';

export interface DiffLine {
  op: DiffOp;
  text: string;
  /** The block's type, e.g. heading, paragraph. */
  type: string;
}

interface Line {
  key: string;
  text: string;
  type: string;
}

/** A table compares row by row (a changed cell shows as its row, before and after); a picture by its picture and caption. */
function lines(content: ReportContent): Line[] {
  return content.flatMap((b): Line[] => {
    if (b.type === 'table') {
      return b.children.map((row, r) => {
        const text = `表格第 ${r + 1} 行：${row.children.map((c) => c.children.map(blockText).join(' ')).join(' | ')}`;
        return { key: `table-row\u0000${text}`, text, type: 'table-row' };
      });
    }
    if (b.type === 'image') {
      const text = `［图片${b.picture.width}×${b.picture.height}］${blockText(b)}`;
      return [{ key: `image\u0000${b.picture.hash}\u0000${b.width ?? ''}\u0000${text}`, text, type: 'image' }];
    }
    const text = blockText(b);
    const type = b.type === 'heading' ? `heading-${b.level}` : b.type;
    return [{ key: `${type}\u0000${text}`, text, type: b.type }];
  });
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
  const out: DiffLine[] = a.slice(0, head).map((l) => ({ op: 'same', text: l.text, type: l.type }));
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && midA[i]!.key === midB[j]!.key) {
      out.push({ op: 'same', text: midA[i]!.text, type: midA[i]!.type });
      i++;
      j++;
    } else if (i < n && (j >= m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      out.push({ op: 'removed', text: midA[i]!.text, type: midA[i]!.type });
      i++;
    } else {
      out.push({ op: 'added', text: midB[j]!.text, type: midB[j]!.type });
      j++;
    }
  }
  for (const l of a.slice(a.length - tail)) out.push({ op: 'same', text: l.text, type: l.type });
  return out;
}
