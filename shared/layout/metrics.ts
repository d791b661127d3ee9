// The measures of the GB/T 9704-2012 page and of its text, in twips (1/20 pt),
// as the word processors lay them out: CJK characters one em, digits and
// Latin letters in Times New Roman's advance widths, every 16 pt character
// condensed by 0.25 pt, and the Asian-Latin spacing (a fifth of an em) that
// LibreOffice and Word put between a Chinese character and a Latin letter or
// digit.

/** A4 and the 156 × 225 mm text block. */
export const PAGE = { width: 11906, height: 16838, top: 2098, bottom: 1984, left: 1587, right: 1474 } as const;
/** Width of the text block: 11906 − 1587 − 1474. */
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
/** 225 mm / 22 lines. */
export const LINE_PITCH = 579;
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;
/** 2号, 3号 and 4号 in half-points (w:sz). */
export const SIZE = { title: 44, body: 32, pageNumber: 28 } as const;
/** Condensing of every 16 pt character, twentieths of a point: 28 of them fill the line. */
export const BODY_SPACING = -5;
/** Two 16 pt characters: first-line indent, the signature's right indent. */
export const TWO_CHARS = 640;
/** Title characters a line holds (2号 on the 156 mm line). */
export const TITLE_CHARS_PER_LINE = 20;

/** Times New Roman (metric-compatible Liberation Serif) advances of U+0020–U+007E, in 1/2048 em. */
const ASCII = [
  512, 682, 836, 1024, 1024, 1706, 1593, 369, 682, 682, 1024, 1155, 512, 682, 512, 569, 1024, 1024, 1024, 1024, 1024, 1024, 1024,
  1024, 1024, 1024, 569, 569, 1155, 1155, 1155, 909, 1886, 1479, 1366, 1366, 1479, 1251, 1139, 1479, 1479, 682, 797, 1479, 1251,
  1821, 1479, 1479, 1139, 1479, 1366, 1139, 1251, 1479, 1479, 1933, 1479, 1479, 1251, 682, 569, 682, 961, 1024, 682, 909, 1024,
  909, 1024, 909, 682, 1024, 1024, 569, 569, 1024, 569, 1593, 1024, 1024, 1024, 1024, 682, 797, 569, 1024, 1024, 1479, 1024, 1024,
  909, 983, 410, 983, 1108,
];
/** U+00A0–U+00FF. */
const LATIN1 = [
  512, 682, 1024, 1024, 1024, 1024, 410, 1024, 682, 1556, 565, 1024, 1155, 682, 1556, 1024, 819, 1124, 614, 614, 682, 1180, 928, 682,
  682, 614, 635, 1024, 1536, 1536, 1536, 909, 1479, 1479, 1479, 1479, 1479, 1479, 1821, 1366, 1251, 1251, 1251, 1251, 682, 682, 682,
  682, 1479, 1479, 1479, 1479, 1479, 1479, 1479, 1155, 1479, 1479, 1479, 1479, 1479, 1479, 1139, 1024, 909, 909, 909, 909, 909, 909,
  1366, 909, 909, 909, 909, 909, 569, 569, 569, 569, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1124, 1024, 1024, 1024, 1024, 1024,
  1024, 1024, 1024,
];
/** General punctuation in Times New Roman, for where it falls into the Latin font. */
const GENERAL: Record<number, number> = { 0x2013: 1024, 0x2014: 2048, 0x2018: 682, 0x2019: 682, 0x201c: 909, 0x201d: 909, 0x2026: 2048, 0x2022: 717, 0x2030: 2048 };

/**
 * Which font a character is drawn in. Asian: the East Asian face, one em.
 * Latin: Times New Roman. Weak: neither by itself (the space, general
 * punctuation such as “ ” — …): it takes the script of the text before it.
 */
export type Script = 'asian' | 'latin' | 'weak';

export function scriptOf(cp: number): Script {
  if (cp === 0x20 || cp === 0xa0 || (cp >= 0x2000 && cp <= 0x206f)) return 'weak';
  if (cp < 0x2e80) return cp >= 0x1100 && cp <= 0x11ff ? 'asian' : 'latin';
  return 'asian';
}

/** A character that is a letter or a number of its script: the Asian-Latin spacing goes only between these. */
export function isLetterOrDigit(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  if (cp < 0x2e80) return cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7;
  return (
    (cp >= 0x3400 && cp <= 0x9fff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x3040 && cp <= 0x30ff) ||
    cp === 0x3007 ||
    (cp >= 0xff10 && cp <= 0xff19) ||
    (cp >= 0xff21 && cp <= 0xff3a) ||
    (cp >= 0xff41 && cp <= 0xff5a) ||
    cp >= 0x20000
  );
}

/** Advance of one character in `script`, at `halfPoints`, before any condensing. */
export function advance(cp: number, script: 'asian' | 'latin', halfPoints: number): number {
  const em = halfPoints * 10;
  if (script === 'asian') {
    // The CJK faces (仿宋, 楷体, 黑体, 小标宋 and their stand-ins) draw a space and ASCII half an em.
    return cp < 0x2000 && cp !== 0xb7 ? em / 2 : em;
  }
  // LibreOffice fits the middle dot (4·15) as half an em, though it draws it narrower.
  if (cp === 0xb7) return em / 2;
  const units = cp >= 0x20 && cp <= 0x7e ? ASCII[cp - 0x20] : cp >= 0xa0 && cp <= 0xff ? LATIN1[cp - 0xa0] : GENERAL[cp];
  // Word processors keep advances in whole twips.
  return Math.round(((units ?? 2048) / 2048) * em);
}

/** A fifth of the larger of two ems: the space between a Chinese character and a Latin letter or digit. */
export const autospace = (halfPointsA: number, halfPointsB: number) => (Math.max(halfPointsA, halfPointsB) * 10) / 5;
