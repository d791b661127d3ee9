// Cleaning one line of text from another tool: leftovers of conversions
// ([bookmark: _GoBack], ##paidbegin##), invisible characters, and spaces used
// for indentation or left between Chinese characters.
import { isWide } from './chars';

/** Markers conversion tools leave in the text; never part of what the clerk wrote. */
const LEFTOVERS: readonly RegExp[] = [
  /\[(?:bookmark|anchor)\s*:[^\]\n]{0,80}\]/giu,
  /\[_?GoBack\]/giu,
  /##[A-Za-z][A-Za-z0-9_-]{0,38}##/gu,
];

/** Zero-width and formatting characters: invisible, never meant as text. */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\ufffc]/gu;
/** Control characters other than tab and line breaks. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu;
/** Every kind of space: ASCII, tab, no-break, en/em/thin, ideographic (全角空格). */
const SPACES = /[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/gu;

/** Removes conversion leftovers and invisible characters (keeps spaces and line breaks). */
export function stripLeftovers(text: string): string {
  let out = text.replace(INVISIBLE, '').replace(CONTROL, '');
  for (const re of LEFTOVERS) out = out.replace(re, '');
  return out;
}

/**
 * One clean line: leftovers gone, indentation and trailing spaces gone, a run
 * of spaces between Chinese characters or punctuation removed, elsewhere (between
 * Latin words or numbers) kept as one space.
 */
export function cleanLine(text: string): string {
  const stripped = stripLeftovers(text).replace(/[\r\n]+/gu, ' ');
  return stripped
    .replace(SPACES, (run, offset: number, whole: string) => {
      const before = whole[offset - 1];
      const after = whole[offset + run.length];
      if (before === undefined || after === undefined) return '';
      return isWide(before) || isWide(after) ? (isWide(before) && isWide(after) ? '' : spaceNextToWide(before, after)) : ' ';
    })
    .trim();
}

/** Between a Chinese and a Latin character: drop the space after CJK punctuation, keep it otherwise. */
function spaceNextToWide(before: string, after: string): string {
  return /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]/u.test(before) || /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]/u.test(after)
    ? ''
    : ' ';
}
