// A title too long for one line breaks into balanced lines (a trapezoid, not a
// lone short tail), never inside a number or a Latin word, never before closing
// or after opening punctuation, and preferably at a phrase boundary.
import { textWidth } from './text-width';

const NO_LINE_START = /^[，。、；：？！）》」』”’·…—]/u;
const NO_LINE_END = /[（《「『“‘]$/u;
const GLUED = /[0-9A-Za-z.\-]/;
/** Phrase boundaries in report titles: 某某局关于 | 2024年度 | 法治政府建设情况的报告. */
const GOOD_BEFORE = ['关于', '的报告', '情况的报告', '工作'];
const GOOD_AFTER = ['关于', '年度'];

function breakBonus(chars: string[], i: number, em: number): number {
  const before = chars.slice(0, i).join('');
  const after = chars.slice(i).join('');
  if (GOOD_AFTER.some((w) => before.endsWith(w)) || GOOD_BEFORE.some((w) => after.startsWith(w))) return 3 * em;
  return 0;
}

function allowedBreak(chars: string[], i: number): boolean {
  const prev = chars[i - 1] ?? '';
  const next = chars[i] ?? '';
  if (GLUED.test(prev) && GLUED.test(next)) return false;
  return !NO_LINE_START.test(next) && !NO_LINE_END.test(prev);
}

/** Lines of a title set at `halfPoints` on a line `lineWidth` twips wide. */
export function titleLines(title: string, halfPoints: number, lineWidth: number): string[] {
  const chars = [...title];
  const total = textWidth(title, halfPoints);
  if (total <= lineWidth || chars.length < 2) return [title];
  const em = halfPoints * 10;
  const lines = Math.ceil(total / lineWidth);
  const ideal = total / lines;
  const memo = new Map<string, { cost: number; breaks: number[] } | null>();

  // Best breaks of chars[from..] into `left` lines: squared distance from the ideal width, less bonuses.
  const best = (from: number, left: number): { cost: number; breaks: number[] } | null => {
    const key = `${from}:${left}`;
    if (memo.has(key)) return memo.get(key)!;
    let result: { cost: number; breaks: number[] } | null = null;
    if (left === 1) {
      const w = textWidth(chars.slice(from).join(''), halfPoints);
      result = w <= lineWidth ? { cost: (w - ideal) ** 2, breaks: [] } : null;
    } else {
      for (let i = from + 1; i < chars.length; i++) {
        const w = textWidth(chars.slice(from, i).join(''), halfPoints);
        if (w > lineWidth) break;
        if (!allowedBreak(chars, i)) continue;
        const rest = best(i, left - 1);
        if (!rest) continue;
        const cost = (w - ideal) ** 2 + rest.cost - breakBonus(chars, i, em) ** 2;
        if (!result || cost < result.cost) result = { cost, breaks: [i, ...rest.breaks] };
      }
    }
    memo.set(key, result);
    return result;
  };

  const found = best(0, lines) ?? best(0, lines + 1);
  if (!found) return [title];
  const cuts = [0, ...found.breaks, chars.length];
  return cuts.slice(1).map((end, k) => chars.slice(cuts[k], end).join(''));
}
