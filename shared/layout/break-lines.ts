// Line breaking of one paragraph as the word processors do it: fill the line
// with as many characters as fit, then step back to a place where a line may
// break. Within Chinese text a line may break between any two characters but
// for 避头尾 (kinsoku.ts), and a comma or full stop that would open a line
// hangs at the end of the line before. Where the cut falls in Latin text (a
// number, a word), or right after it, Latin rules hold: words and numbers stay
// whole, and a line breaks after a space or between a Latin word and Chinese.
import { forbiddenBreak, HANGING_PUNCTUATION } from './kinsoku';
import type { Measured } from './measure';
import { isLetterOrDigit } from './metrics';

export interface BrokenLine {
  /** Code-point index of the line's first character. */
  start: number;
  /** One past the line's last character (a hanging mark included). */
  end: number;
  /** The last character is a punctuation mark set past the right edge. */
  hanging: boolean;
}

export interface LineWidths {
  /** Width available to the first line, twips (the text block less indents). */
  first: number;
  /** Width available to every further line. */
  rest: number;
}

const SPACE = 0x20;
const IDEOGRAPHIC_SPACE = 0x3000;
const isSpace = (cp: number | undefined) => cp === SPACE || cp === IDEOGRAPHIC_SPACE || cp === 0xa0;
const isAlnum = (cp: number) => (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
/** ASCII quotes, which cannot tell opening from closing: no break on either side. */
const QUOTES = new Set([0x22, 0x27]);
/** Dashes a line may break before or after. */
const DASHES = new Set([0x2013, 0x2014, 0x2015]);
const OPENERS = new Set([...'“‘（【《「『〔［'].map((c) => c.codePointAt(0)!));
const CLOSERS = new Set([...'”’）】》」』〕］'].map((c) => c.codePointAt(0)!));

/** A break opportunity before `next` by the Unicode line-breaking rules (UAX #14), as used where Latin text is cut. */
function latinBoundary(prev: number, next: number): boolean {
  if (isSpace(next)) return false;
  if (isSpace(prev)) return true;
  if (prev === 0x2d) return isAlnum(next); // after a hyphen: 2021-/2025, well-/being
  if (DASHES.has(prev) || DASHES.has(next)) return prev !== next; // 2021—/2025, but —— stays whole
  const latinPrev = prev < 0x2e80;
  const latinNext = next < 0x2e80;
  // A word or a number, with its signs and punctuation (100%, 3.5, ISO9001, (1)), stays whole.
  if (latinPrev && latinNext) return false;
  if (QUOTES.has(prev) || QUOTES.has(next)) return false;
  // A bracket or a quote stays with the Latin word or number beside it: 5“12·4”, （室）9个.
  if ((OPENERS.has(next) && isAlnum(prev)) || (CLOSERS.has(prev) && isAlnum(next))) return false;
  return !forbiddenBreak(prev, next);
}

/** The language LibreOffice breaks by at `cut`: the script of the cut's text portion, or of the letter just before it. */
function breaksAsLatin(m: Measured, cut: number): boolean {
  const script = m.scripts[cut]!;
  let i = cut;
  while (i > 0 && m.scripts[i] === script && !isLetterOrDigit(m.cps[i]!)) i--;
  if (m.scripts[i] === script) return script === 'latin';
  return m.scripts[i] === 'latin' && isLetterOrDigit(m.cps[i]!);
}

/** Start of the run of one script that holds `i`. */
function portionStart(m: Measured, i: number): number {
  while (i > 0 && m.scripts[i - 1] === m.scripts[i]) i--;
  return i;
}

/** Where the rules of the text at `cut` let a line break, at or before `cut` (after it: the cut character hangs). */
function breakBefore(m: Measured, start: number, cut: number): number {
  if (isSpace(m.cps[cut])) return cut;
  if (breaksAsLatin(m, cut)) {
    for (let b = cut; b > start; b--) if (latinBoundary(m.cps[b - 1]!, m.cps[b]!)) return b;
    return start;
  }
  let pos = cut;
  if (HANGING_PUNCTUATION.has(m.cps[pos]!)) {
    pos++;
    if (pos === m.cps.length) return pos;
  }
  while (pos > start && forbiddenBreak(m.cps[pos - 1], m.cps[pos])) pos--;
  return pos;
}

/**
 * Where a line filled up to `cut` (the first character that does not fit)
 * breaks; past `cut` means the cut character hangs. A break that falls back
 * into text of the other script is found again by that text's rules, as
 * LibreOffice does when a line underflows into the portion before.
 */
function breakAt(m: Measured, start: number, cut: number): number {
  for (;;) {
    const at = breakBefore(m, start, cut);
    if (at <= start) return cut; // nowhere to break: cut where the line is full
    if (at >= cut || at >= portionStart(m, cut)) return at;
    cut = at;
  }
}

/** Breaks a measured paragraph into lines. */
export function breakLines(m: Measured, widths: LineWidths): BrokenLine[] {
  const n = m.cps.length;
  const lines: BrokenLine[] = [];
  let start = 0;
  while (start < n || lines.length === 0) {
    const width = lines.length === 0 ? widths.first : widths.rest;
    let x = 0;
    let cut = start;
    while (cut < n) {
      const w = m.widths[cut]! + (cut > start ? m.kerns[cut]! : 0);
      if (x + w > width && cut > start) break;
      x += w;
      cut++;
    }
    if (cut >= n) {
      lines.push({ start, end: n, hanging: false });
      break;
    }
    const at = breakAt(m, start, cut);
    const hanging = at > cut;
    let end = at;
    while (end > start && isSpace(m.cps[end - 1])) end--; // spaces at the end of a line take no room
    lines.push({ start, end: Math.max(end, start), hanging });
    start = at;
    while (start < n && isSpace(m.cps[start]) && isSpace(m.cps[cut])) start++;
  }
  return lines;
}
