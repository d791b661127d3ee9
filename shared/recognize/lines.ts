// From the paragraphs of a source (a .docx, clipboard HTML, a text file) to
// clean lines, one per paragraph of the report: line breaks inside a
// paragraph are joined, hard-wrapped text is unwrapped, leftovers removed.
import type { HeadingLevel } from '../model';
import { CONTINUES, displayWidth, PARAGRAPH_END } from './chars';
import { cleanLine } from './cleanup';
import { parseTypedNumber, startsWithLead } from './numbers';

/** One paragraph as the source has it. */
export interface SourceParagraph {
  /** Its text; `\n` marks a line break inside the paragraph. */
  text: string;
  /** A heading level the source's paragraph style gives (Word's Heading 1-4, HTML h1-h4). */
  styleLevel?: HeadingLevel;
  /** The source styles it as the document title. */
  styleTitle?: boolean;
}

/** One clean, non-empty line: a paragraph of the report to be. */
export interface Line {
  text: string;
  /** An empty line came before it. */
  blankBefore: boolean;
  styleLevel?: HeadingLevel;
  styleTitle?: boolean;
}

/** Page numbers a PDF or a printed copy leaves on their own line: — 3 —, - 12 -. */
const PAGE_NUMBER = /^[-－—–]{1,2}\s*[0-9０-９]{1,3}\s*[-－—–]{1,2}$/u;

/** Does this line start something new: a heading number, a lead, an attachment? */
export function startsNewParagraph(line: string): boolean {
  return parseTypedNumber(line) !== null || startsWithLead(line) || /^附\s*件/u.test(line);
}

/** A numbered line short enough to be a heading of its own, without a sentence in it. */
function isShortHeading(line: string): boolean {
  return parseTypedNumber(line) !== null && displayWidth(line) <= 40 && !/[。！？；]/u.test(line.slice(0, -1));
}

/** What goes between two pieces of one paragraph: no space between Chinese text, one between Latin words (a may be long: its last character decides). */
function separator(a: string, b: string): string {
  return /[A-Za-z0-9]$/u.test(a.slice(-1)) && /^[A-Za-z0-9]/u.test(b) ? ' ' : '';
}

/**
 * A paragraph being joined from many pieces, kept as a list: tests look at its
 * last piece and its length, so joining n pieces is linear (a string grown
 * piece by piece and tested each time, as a 1 MB paste of line breaks is, is quadratic).
 */
class Joined {
  private readonly parts: string[];
  /** The last piece (never empty) and the whole's display width so far. */
  last: string;
  width: number;

  constructor(first: string) {
    this.parts = [first];
    this.last = first;
    this.width = displayWidth(first);
  }

  add(piece: string): void {
    const sep = separator(this.last, piece);
    if (sep) this.parts.push(sep);
    this.parts.push(piece);
    this.last = piece;
    this.width += displayWidth(sep) + displayWidth(piece);
  }

  /** A short heading on its own (the test needs the whole text, which is short when it can pass). */
  isShortHeading(): boolean {
    return this.width <= 40 && isShortHeading(this.text());
  }

  text(): string {
    return this.parts.length === 1 ? this.last : this.parts.join('');
  }
}

/** Whether a line break inside a paragraph only wraps the text, or separates two paragraphs. */
function continuesAfterBreak(current: Joined, next: string): boolean {
  if (parseTypedNumber(next)) return false;
  if (CONTINUES.test(current.last)) return true;
  if (PARAGRAPH_END.test(current.last) || startsNewParagraph(next)) return false;
  return !current.isShortHeading();
}

/** Splits a source paragraph at its line breaks and joins the pieces that belong together. */
function paragraphLines(p: SourceParagraph): { text: string; blank: boolean }[] {
  const out: { joined: Joined; blank: boolean }[] = [];
  let blank = false;
  for (const piece of p.text.split(/\r\n|[\r\n\u2028\u2029\v\f]/u)) {
    const text = cleanLine(piece);
    if (!text || PAGE_NUMBER.test(text)) {
      blank = blank || !text;
      continue;
    }
    const last = out[out.length - 1];
    if (last && !blank && continuesAfterBreak(last.joined, text)) last.joined.add(text);
    else out.push({ joined: new Joined(text), blank });
    blank = false;
  }
  return out.map(({ joined, blank }) => ({ text: joined.text(), blank }));
}

/**
 * The width text is hard-wrapped at, if it is: many lines that end mid-sentence,
 * run on into a line that starts nothing new, and share one width. Undefined
 * for text with one line per paragraph.
 */
export function wrapWidth(lines: readonly Line[]): number | undefined {
  const widths = new Map<number, number>();
  let open = 0;
  for (const [i, { text: line }] of lines.entries()) {
    const next = lines[i + 1];
    if (!next || next.blankBefore || startsNewParagraph(next.text) || parseTypedNumber(line)) continue;
    if (PARAGRAPH_END.test(line) || displayWidth(line) < 8) continue;
    open++;
    const w = Math.round(displayWidth(line));
    widths.set(w, (widths.get(w) ?? 0) + 1);
  }
  let best: number | undefined;
  let bestCount = 0;
  for (const [w, n] of widths) {
    const near = n + (widths.get(w - 1) ?? 0) + (widths.get(w + 1) ?? 0);
    if (near > bestCount || (near === bestCount && best !== undefined && w > best)) [best, bestCount] = [w, near];
  }
  return best !== undefined && bestCount >= 3 && bestCount >= open * 0.4 ? best : undefined;
}

/**
 * Clean lines from source paragraphs. With `wrapped`, each source paragraph is
 * one line of a text file that may be hard-wrapped: full-width lines that end
 * mid-sentence are joined with the next.
 */
export function toLines(paragraphs: readonly SourceParagraph[], { wrapped = false } = {}): Line[] {
  const lines: Line[] = [];
  let blank = false;
  for (const p of paragraphs) {
    const pieces = paragraphLines(p);
    if (pieces.length === 0) {
      blank = true;
      continue;
    }
    pieces.forEach((piece, i) => {
      const line: Line = { text: piece.text, blankBefore: blank || piece.blank };
      if (i === 0 && p.styleLevel) line.styleLevel = p.styleLevel;
      if (i === 0 && p.styleTitle) line.styleTitle = true;
      lines.push(line);
      blank = false;
    });
  }
  return wrapped ? unwrap(lines) : lines;
}

function unwrap(lines: Line[]): Line[] {
  const width = wrapWidth(lines);
  const out: { line: Line; joined: Joined }[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (last && !line.blankBefore && wrapsInto(last.joined, line.text, width)) last.joined.add(line.text);
    else out.push({ line: { ...line }, joined: new Joined(line.text) });
  }
  return out.map(({ line, joined }) => Object.assign(line, { text: joined.text() }));
}

function wrapsInto(current: Joined, next: string, width: number | undefined): boolean {
  if (parseTypedNumber(next)) return false;
  if (CONTINUES.test(current.last)) return true;
  if (startsNewParagraph(next) || PARAGRAPH_END.test(current.last)) return false;
  return width !== undefined && current.width >= width - 1.5;
}
