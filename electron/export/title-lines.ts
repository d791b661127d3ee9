// The lines of a title (GB/T 9704-2012 7.3.3: 回行时要做到词意完整，排列对称，
// 长短适宜，间距恰当，标题排列应当使用梯形或菱形). Breaks where the user set
// them (a '\n' in the title) are kept; a line still too long for the text
// block, or a title without breaks, is broken at word boundaries found by
// Intl.Segmenter into lines of balanced length, shaped as a trapezoid (lines
// getting shorter, or longer) or a diamond (the middle longest), never an
// hourglass, and never with a line of one or two characters.
import { textWidth } from './text-width';

const NO_LINE_START = /^[，。、；：？！）》」』〉】”’·…—%]/u;
const NO_LINE_END = /[（《「『〈【“‘]$/u;
const OPENING = /[（《「『〈【“‘]/u;
const CLOSING = /[）》」』〉】”’]/u;
const GLUED = /[0-9A-Za-z.\-+%]/u;
const DIGIT = /[0-9]/u;
/** Words after which a new phrase starts: 关于 | 2025年度 | …. */
const GOOD_AFTER = ['关于', '年度', '暨'];
/** Words before which a new phrase starts. */
const GOOD_BEFORE = ['关于', '和', '与', '及', '暨'];
/** Single-character words that may stand on either side of a break. */
const FREE_SINGLES = new Set(['的', '和', '与', '及', '暨', '并', '对', '在']);
/** No line of a broken title is this short or shorter, in characters. */
const SHORTEST_TAIL = 2;

// Costs in ems squared: the spread of line widths against the penalties and bonuses of breaks.
const SPLIT_WORD = 24;
const INSIDE_BRACKETS = 30;
const BEFORE_DE = 40;
const GOOD_BREAK = 10;
const EXTRA_LINE = 30;
const HOURGLASS = 1000;
/** Widths within this many ems count as equal for the shape. */
const SHAPE_TOLERANCE = 0.5;

const segmenter = new Intl.Segmenter('zh-Hans', { granularity: 'word' });

interface Candidate {
  /** Index in the title's code points where a new line may start. */
  at: number;
  /** Penalty (positive) or bonus (negative) of breaking here. */
  cost: number;
}

/** Code-point indices where a word ends, per Intl.Segmenter, with the word that follows. */
function wordBoundaries(chars: string[]): { at: number; after: string }[] {
  const words = [...segmenter.segment(chars.join(''))].map((s) => s.segment);
  const out: { at: number; after: string }[] = [];
  let at = 0;
  words.forEach((w, i) => {
    at += [...w].length;
    if (i < words.length - 1) out.push({ at, after: words[i + 1]! });
  });
  return out;
}

function bracketDepth(chars: string[]): number[] {
  const depth: number[] = [];
  let d = 0;
  for (const ch of chars) {
    depth.push(d);
    if (OPENING.test(ch)) d++;
    else if (CLOSING.test(ch)) d = Math.max(0, d - 1);
  }
  depth.push(d);
  return depth;
}

/** Where a title may break, and at what cost. */
function candidates(chars: string[]): Candidate[] {
  const depth = bracketDepth(chars);
  const out: Candidate[] = [];
  for (const { at, after } of wordBoundaries(chars)) {
    const prev = chars[at - 1]!;
    const next = chars[at]!;
    if (/\s/u.test(next) || /\s/u.test(prev)) continue;
    if (GLUED.test(prev) && GLUED.test(next)) continue;
    if (DIGIT.test(prev)) continue; // 2025 | 年度
    if (NO_LINE_START.test(next) || NO_LINE_END.test(prev)) continue;
    let cost = 0;
    // 某某县司法 | 局, 乌苏市吉尔 | 格勒特乡: a character the segmenter leaves
    // alone is usually the end or a part of a name.
    const single = [...after].length === 1 && !FREE_SINGLES.has(after) && !OPENING.test(after) && !CLOSING.test(after);
    if (single) cost += SPLIT_WORD;
    if (next === '的') cost += BEFORE_DE;
    if (depth[at]! > 0) cost += INSIDE_BRACKETS;
    const head = chars.slice(0, at).join('');
    const tail = chars.slice(at).join('');
    if (GOOD_AFTER.some((w) => head.endsWith(w)) || GOOD_BEFORE.some((w) => tail.startsWith(w))) cost -= GOOD_BREAK;
    out.push({ at, cost });
  }
  return out;
}

/** True for a trapezoid or a diamond: line widths rise, then fall (either part may be empty). */
export function isTrapezoidOrDiamond(widths: readonly number[]): boolean {
  let falling = false;
  for (let i = 1; i < widths.length; i++) {
    const step = widths[i]! - widths[i - 1]!;
    if (step < -SHAPE_TOLERANCE) falling = true;
    else if (step > SHAPE_TOLERANCE && falling) return false;
  }
  return true;
}

/** Above this many lines a title is filled line by line instead of balanced. */
const MAX_BALANCED_LINES = 3;
/** A bound on the balanced search, whatever the candidates: export never stalls the main process. */
const MAX_VISITS = 200_000;

/** Breaks a piece of title no user break divides, or returns it whole when it fits. */
function breakPiece(piece: string, halfPoints: number, lineWidth: number): string[] {
  const chars = [...piece];
  const em = halfPoints * 10;
  const width = (from: number, to: number) => textWidth(chars.slice(from, to).join(''), halfPoints) / em;
  const total = width(0, chars.length);
  const limit = lineWidth / em;
  if (total <= limit || chars.length <= 2 * (SHORTEST_TAIL + 1)) return [piece];
  const cands = candidates(chars);
  const fewest = Math.ceil(total / limit);
  // Official titles take one to three lines. The search below tries every
  // choice of breaks, which grows exponentially with the lines: text longer
  // than that (a paragraph pasted into the title) is filled line by line.
  if (fewest > MAX_BALANCED_LINES) return greedy(chars, halfPoints, lineWidth);
  let best: { cost: number; cuts: number[] } | null = null;
  let visits = 0;

  // Every choice of breaks into `lines` lines, pruned by the line width.
  const search = (lines: number) => {
    const ideal = total / lines;
    const cuts: number[] = [0];
    const walk = (from: number, left: number, breakCost: number) => {
      if (++visits > MAX_VISITS) return;
      if (left === 1) {
        if (width(from, chars.length) > limit || chars.length - from <= SHORTEST_TAIL) return;
        const ends = [...cuts.slice(1), chars.length];
        const widths = ends.map((end, k) => width(cuts[k]!, end));
        const spread = widths.reduce((s, w) => s + (w - ideal) ** 2, 0);
        const shape = isTrapezoidOrDiamond(widths) ? 0 : HOURGLASS;
        const cost = spread + breakCost + shape + (lines - fewest) * EXTRA_LINE;
        if (!best || cost < best.cost) best = { cost, cuts: [...cuts] };
        return;
      }
      for (const c of cands) {
        if (c.at <= from) continue;
        if (width(from, c.at) > limit) break;
        if (c.at - from <= SHORTEST_TAIL) continue;
        cuts.push(c.at);
        walk(c.at, left - 1, breakCost + c.cost);
        cuts.pop();
      }
    };
    walk(0, lines, 0);
  };
  for (let lines = fewest; lines <= fewest + 1; lines++) search(lines);
  const found = best as { cost: number; cuts: number[] } | null;
  if (!found) return greedy(chars, halfPoints, lineWidth);
  const ends = [...found.cuts.slice(1), chars.length];
  return ends.map((end, k) => chars.slice(found.cuts[k], end).join(''));
}

/** Last resort for text with no usable word boundary (a long Latin string): fill each line. */
function greedy(chars: string[], halfPoints: number, lineWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of chars) {
    if (line && textWidth(line + ch, halfPoints) > lineWidth) {
      lines.push(line);
      line = '';
    }
    line += ch;
  }
  if (line) lines.push(line);
  return lines;
}

/** Lines of a title set at `halfPoints` on a line `lineWidth` twips wide; '\n' in the title is a break the user set. */
export function titleLines(title: string, halfPoints: number, lineWidth: number): string[] {
  return title
    .split(/\r\n|[\r\n\u000B\u2028]/u)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '')
    .flatMap((piece) => breakPiece(piece, halfPoints, lineWidth));
}
