// A paragraph's text measured for line breaking: its code points, the script
// each is drawn in, each one's advance in twips (condensing included) and the
// Asian-Latin spacing before it. Text may change size or spacing along the
// way (a run-in heading, a condensed paragraph), so it is measured from spans.
import { advance, autospace, isLetterOrDigit, scriptOf } from './metrics';

export interface Span {
  text: string;
  /** Half-points (w:sz). */
  size: number;
  /** Twentieths of a point added after every character (w:spacing); negative condenses. */
  spacing: number;
}

export interface Measured {
  /** Code points. */
  cps: number[];
  /** UTF-16 offset of each code point in the paragraph's text, plus one past the end. */
  offsets: number[];
  /** 'asian' or 'latin', weak characters resolved. */
  scripts: ('asian' | 'latin')[];
  /** Advance of each character, twips. */
  widths: number[];
  /** The Asian-Latin spacing before each character (0 at most places), twips. */
  kerns: number[];
  /** The size each character is set in, half-points. */
  sizes: number[];
}

/**
 * Weak characters take the script of the text before them. At the start of
 * a paragraph they take the Latin script, as LibreOffice does for a paragraph
 * that opens with “ or a space (its interface language decides, English here).
 */
export function measure(spans: readonly Span[]): Measured {
  const m: Measured = { cps: [], offsets: [], scripts: [], widths: [], kerns: [], sizes: [] };
  const spacings: number[] = [];
  let offset = 0;
  let last: 'asian' | 'latin' = 'latin';
  for (const span of spans) {
    const text = span.text;
    for (let k = 0; k < text.length; k++) {
      let cp = text.charCodeAt(k);
      const start = k;
      if (cp >= 0xd800 && cp < 0xdc00 && k + 1 < text.length) {
        const low = text.charCodeAt(k + 1);
        if (low >= 0xdc00 && low < 0xe000) {
          cp = (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
          k++;
        }
      }
      const own = scriptOf(cp);
      const script: 'asian' | 'latin' = own === 'weak' ? last : own;
      last = script;
      m.cps.push(cp);
      m.offsets.push(offset + start);
      m.scripts.push(script);
      m.sizes.push(span.size);
      spacings.push(span.spacing);
      m.widths.push(advance(cp, script, span.size));
    }
    offset += text.length;
  }
  m.offsets.push(offset);
  const n = m.cps.length;
  for (let i = 0; i < n; i++) {
    // The condensing goes between the characters of a run of one script, not after its last one.
    if (i + 1 < n && m.scripts[i + 1] === m.scripts[i]) m.widths[i]! += spacings[i]!;
    const gap = i > 0 && m.scripts[i] !== m.scripts[i - 1] && isLetterOrDigit(m.cps[i]!) && isLetterOrDigit(m.cps[i - 1]!);
    m.kerns.push(gap ? autospace(m.sizes[i - 1]!, m.sizes[i]!) : 0);
  }
  return m;
}

/** Width of characters [from, to) as set on one line: the spacing before the first is dropped. */
export function rangeWidth(m: Measured, from: number, to: number): number {
  let w = 0;
  for (let i = from; i < to; i++) w += m.widths[i]! + (i > from ? m.kerns[i]! : 0);
  return w;
}
