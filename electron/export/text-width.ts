// Widths of text as laid out, in twips: East Asian characters (and the quotes,
// dashes and ellipses the eastAsia hint sends to the Chinese font) take one
// em, digits and Latin letters in Times New Roman about half an em. Word and
// LibreOffice also put a little space (about a fifth of an em, measured in
// LibreOffice) between Chinese and digits or Latin letters: 2024年3月1日.

const AUTOSPACE_EM = 0.2;

/** True for a character drawn one em wide in a Chinese font. */
export function isFullWidth(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  return cp >= 0x2000 || (cp >= 0x1100 && cp <= 0x115f);
}

const isAlnum = (ch: string): boolean => /^[0-9A-Za-z]$/.test(ch);

/** Advance of `text` at `halfPoints` (w:sz), each character condensed by `spacing` twips. */
export function textWidth(text: string, halfPoints: number, spacing = 0): number {
  const em = halfPoints * 10;
  let width = 0;
  let prev = '';
  for (const ch of text) {
    width += (isFullWidth(ch) ? em : em / 2) + spacing;
    if (prev && ((isFullWidth(prev) && isAlnum(ch)) || (isAlnum(prev) && isFullWidth(ch)))) width += AUTOSPACE_EM * em;
    prev = ch;
  }
  return width;
}
