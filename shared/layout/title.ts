// The lines of a title (GB/T 9704-2012 7.3.3: 回行时要做到词意完整，排列对称，
// 长短适宜，间距恰当，标题排列应当使用梯形或菱形). A title that fits on a line
// (20 characters at 2号) stays on one. A longer one breaks at the joints of
// its own structure: after the unit, after 关于, around the year, before the
// genre (情况的报告, 工作总结), at 和/及/、 between coordinated parts; never
// inside a fixed phrase (title-phrases.ts), a number or a word, never against
// 避头尾. Among such breaks the lines are balanced into a trapezoid or a
// diamond, never an hourglass, never with a lone short tail. Breaks the
// user set ('\n', an imported title's line ends) are kept where they fall at
// a joint. The work is bounded: a pasted paragraph is filled line by line.
import { forbiddenBreak } from './kinsoku';
import { measure } from './measure';
import { SIZE, TEXT_WIDTH } from './metrics';
import { ACTIONS, CONJUNCTIONS, FIXED_PHRASES, GENRES, TOPICS, UNIT_ENDINGS } from './title-phrases';

/** The width a title line may take, twips. */
const TITLE_WIDTH = TEXT_WIDTH - 1;
const FORBIDDEN = Number.POSITIVE_INFINITY;
// Costs of a break, in ems squared of imbalance (see score()): joints are bonuses.
const AFTER_UNIT = -40;
const AFTER_GUANYU = -35;
const BEFORE_GENRE = -25;
const COORDINATION = -22;
const AROUND_YEAR = -20;
const BEFORE_ACTION = -10;
const USER_BREAK = -15;
const PLAIN = 15;
const INSIDE_WORD = 40;
const INSIDE_BRACKETS = 45;
const BEFORE_DE = 25;
const BALANCE = 0.3;
const EXTRA_LINE = 40;
const SHORT_LINE = 200;
const HOURGLASS = 60;
/** No line of a broken title is shorter, in characters. */
const SHORTEST = 5;
/** Above this many lines a title is filled line by line. */
const MAX_BALANCED_LINES = 4;
/** Longer text than this is not a title. */
const LONGEST_TITLE = 300;
/** A bound on the balanced search whatever the title. */
const MAX_VISITS = 100_000;

/** Conjunctions that begin words of their own (和谐, 及时, 与会): no joint there. */
const NOT_CONJUNCTION = /^(?:和谐|和平|和美|及时|及早|与会|与时俱进|并重|并举|并行)/u;
const YEAR = /(?:[0-9]{4}(?:[—–-][0-9]{4})?年度?|[0-9]{4}年[0-9]{1,2}月)/gu;
const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh-Hans', { granularity: 'word' }) : null;

const isAlnum = (c: string | undefined) => c !== undefined && c.length === 1 && ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
const OPENING = new Set([...'（《「『〈【“‘(']);
const CLOSING = new Set([...'）》」』〉】”’)']);
const SPACES = new Set([' ', '\u3000', '\t', '\u00a0']);

/** Break costs before each code-point index 1..n-1 (index 0 and n unused). */
function breakCosts(chars: string[], unit: string, userBreaks: ReadonlySet<number>): number[] {
  const n = chars.length;
  const text = chars.join('');
  // UTF-16 offset → code-point index.
  const cpAt: number[] = [];
  const offset: number[] = [];
  chars.forEach((c, i) => {
    offset.push(cpAt.length);
    for (let k = 0; k < c.length; k++) cpAt.push(i);
  });
  cpAt.push(n);
  offset.push(text.length);
  const cost = new Array<number>(n + 1).fill(PLAIN);
  const bonus = (at: number, value: number) => {
    if (at > 0 && at < n) cost[at] = Math.min(cost[at]!, value);
  };
  // Words the segmenter finds: a break inside one costs more.
  if (segmenter) {
    const inside = new Array<boolean>(n + 1).fill(true);
    for (const s of segmenter.segment(text)) inside[cpAt[s.index]!] = false;
    for (let i = 1; i < n; i++) if (inside[i]) cost[i] = INSIDE_WORD;
  }
  const unitEnds: number[] = [];
  /** Code-point ranges of the unit's name: a break inside one costs as much as inside a word. */
  const units: [number, number][] = [];
  if (unit) {
    for (let at = text.indexOf(unit); at >= 0; at = text.indexOf(unit, at + 1)) {
      unitEnds.push(cpAt[at + unit.length]!);
      units.push([cpAt[at]!, cpAt[at + unit.length]!]);
    }
  }
  for (let at = text.indexOf('关于'); at >= 0; at = text.indexOf('关于', at + 1)) {
    bonus(cpAt[at + 2]!, AFTER_GUANYU);
    // No unit given: what stands before 关于 and ends as a unit's name does is the unit.
    if (!unit && UNIT_ENDINGS.some((e) => text.endsWith(e, at))) {
      unitEnds.push(cpAt[at]!);
      units.push([0, cpAt[at]!]);
    }
  }
  for (const [from, to] of units) for (let i = from + 1; i < to; i++) cost[i] = Math.max(cost[i]!, INSIDE_WORD);
  // A name ending as a unit's does (…乡, …局) right before the report's subject (法治政府建设) is the unit.
  for (const topic of TOPICS) {
    for (let at = text.indexOf(topic); at > 0; at = text.indexOf(topic, at + 1)) {
      if (UNIT_ENDINGS.some((e) => text.endsWith(e, at))) unitEnds.push(cpAt[at]!);
    }
  }
  for (const end of unitEnds) bonus(end, AFTER_UNIT);
  for (const m of text.matchAll(YEAR)) {
    bonus(cpAt[m.index]!, AROUND_YEAR);
    bonus(cpAt[m.index + m[0].length]!, AROUND_YEAR);
  }
  for (const g of GENRES) {
    if (text.endsWith(g)) {
      bonus(cpAt[text.length - g.length]!, BEFORE_GENRE);
      break;
    }
  }
  for (let i = 1; i < n; i++) {
    const at = offset[i]!;
    if (CONJUNCTIONS.some((c) => text.startsWith(c, at)) && !NOT_CONJUNCTION.test(text.slice(at, at + 4))) bonus(i, COORDINATION);
    if (chars[i - 1] === '、') bonus(i, COORDINATION);
    if (chars[i - 1] === '人' && ACTIONS.some((v) => text.startsWith(v, at))) bonus(i, BEFORE_ACTION);
    if (chars[i] === '的') cost[i] = Math.max(cost[i]!, BEFORE_DE);
    if (userBreaks.has(i) && cost[i]! < PLAIN) cost[i] = cost[i]! + USER_BREAK;
  }
  // Never inside a fixed phrase, a number or a word of Latin letters, never against 避头尾.
  for (const p of FIXED_PHRASES) {
    for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) {
      for (let i = cpAt[at]! + 1; i < cpAt[at + p.length]!; i++) cost[i] = FORBIDDEN;
    }
  }
  let depth = 0;
  for (let i = 1; i < n; i++) {
    const prev = chars[i - 1]!;
    if (OPENING.has(prev)) depth++;
    if (CLOSING.has(prev)) depth = Math.max(0, depth - 1);
    if (depth > 0 && cost[i]! < INSIDE_BRACKETS) cost[i] = INSIDE_BRACKETS;
    if (forbiddenBreak(prev.codePointAt(0), chars[i]!.codePointAt(0)) || (isAlnum(prev) && isAlnum(chars[i]))) cost[i] = FORBIDDEN;
    if (SPACES.has(prev) || SPACES.has(chars[i]!)) cost[i] = Math.min(cost[i]!, PLAIN);
  }
  return cost;
}

/** Break costs of text that is not a title: 避头尾 and whole numbers only. */
function plainCosts(chars: string[]): number[] {
  const cost = new Array<number>(chars.length + 1).fill(PLAIN);
  for (let i = 1; i < chars.length; i++) {
    const prev = chars[i - 1]!;
    if (forbiddenBreak(prev.codePointAt(0), chars[i]!.codePointAt(0)) || (isAlnum(prev) && isAlnum(chars[i]))) cost[i] = FORBIDDEN;
  }
  return cost;
}

/** True for a trapezoid or a diamond: line widths rise, then fall (either part may be empty), within half an em. */
export function isTrapezoidOrDiamond(widths: readonly number[]): boolean {
  let falling = false;
  for (let i = 1; i < widths.length; i++) {
    const step = widths[i]! - widths[i - 1]!;
    if (step < -0.5) falling = true;
    else if (step > 0.5 && falling) return false;
  }
  return true;
}

export interface TitleOptions {
  /** The unit's full name: the title breaks after it. */
  unit?: string;
}

/** The lines of a title at 2号 on the 156 mm line; '\n' marks a break the user set. */
export function titleLines(title: string, options: TitleOptions = {}): string[] {
  const pieces = title
    .split(/\r\n|[\r\n\u000B\u2028]/u)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const chars: string[] = [];
  const userBreaks = new Set<number>();
  for (const p of pieces) {
    if (chars.length) userBreaks.add(chars.length);
    chars.push(...p);
  }
  const n = chars.length;
  if (n === 0) return [];
  const m = measure([{ text: chars.join(''), size: SIZE.title, spacing: 0 }]);
  const prefix = [0];
  for (let i = 0; i < n; i++) prefix.push(prefix[i]! + m.widths[i]! + (i > 0 ? m.kerns[i]! : 0));
  const em = SIZE.title * 10;
  const width = (a: number, b: number) => prefix[b]! - prefix[a]! - (a > 0 ? m.kerns[a]! : 0);
  if (width(0, n) <= TITLE_WIDTH) return [chars.join('')];
  // Text this long is a pasted paragraph, not a title: filled line by line, only 避头尾 and numbers kept.
  const cost = n <= LONGEST_TITLE ? breakCosts(chars, options.unit ?? '', userBreaks) : plainCosts(chars);
  const fewest = Math.ceil(width(0, n) / TITLE_WIDTH);
  const cuts = fewest <= MAX_BALANCED_LINES ? balanced(n, fewest, cost, width, em) : null;
  const ends = cuts ?? filled(n, cost, width);
  const out: string[] = [];
  let from = 0;
  for (const end of [...ends, n]) {
    out.push(chars.slice(from, end).join(''));
    from = end;
  }
  return out;
}

type Width = (a: number, b: number) => number;

/** The best breaks into `fewest` or one more lines, or null when none is possible. */
function balanced(n: number, fewest: number, cost: number[], width: Width, em: number): number[] | null {
  const candidates: number[] = [];
  for (let i = 1; i < n; i++) if (cost[i] !== FORBIDDEN) candidates.push(i);
  let best: { score: number; cuts: number[] } | null = null;
  let visits = 0;
  const cuts: number[] = [];
  const finish = (lines: number, breakCost: number) => {
    const ends = [...cuts, n];
    const widths = ends.map((e, k) => width(k ? cuts[k - 1]! : 0, e) / em);
    const mean = widths.reduce((s, w) => s + w, 0) / lines;
    let score = breakCost + (lines - fewest) * EXTRA_LINE;
    for (const w of widths) score += BALANCE * (w - mean) ** 2 + (w < SHORTEST ? SHORT_LINE : 0);
    if (!isTrapezoidOrDiamond(widths)) score += HOURGLASS;
    if (!best || score < best.score) best = { score, cuts: [...cuts] };
  };
  const walk = (from: number, left: number, lines: number, breakCost: number) => {
    if (++visits > MAX_VISITS) return;
    if (left === 1) {
      if (width(from, n) <= TITLE_WIDTH) finish(lines, breakCost);
      return;
    }
    for (const c of candidates) {
      if (c <= from) continue;
      if (width(from, c) > TITLE_WIDTH) break;
      cuts.push(c);
      walk(c, left - 1, lines, breakCost + cost[c]!);
      cuts.pop();
    }
  };
  for (let lines = fewest; lines <= fewest + 1; lines++) walk(0, lines, lines, 0);
  return (best as { cuts: number[] } | null)?.cuts ?? null;
}

/** Line by line: each line as full as it goes, ending at the cheapest break of its last few characters. */
function filled(n: number, cost: number[], width: Width): number[] {
  const ends: number[] = [];
  let from = 0;
  while (width(from, n) > TITLE_WIDTH) {
    let full = from + 1;
    while (full < n && width(from, full + 1) <= TITLE_WIDTH) full++;
    let end = full;
    for (let i = full; i > Math.max(from, full - 6); i--) if (cost[i]! < cost[end]!) end = i;
    if (cost[end] === FORBIDDEN) end = full;
    ends.push(end);
    from = end;
  }
  return ends;
}
