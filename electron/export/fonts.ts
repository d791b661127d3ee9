// Font names and sizes of every element (GB/T 9704-2012). Sizes are
// half-points, as OOXML's w:sz.
import type { IFontAttributesProperties } from 'docx';

export const LATIN_FONT = 'Times New Roman';

export const FONT = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  heading3: '仿宋_GB2312',
  heading4: '仿宋_GB2312',
  pageNumber: '宋体',
} as const;

/** 2号, 3号 and 4号 in half-points. */
export const SIZE = { title: 44, body: 32, pageNumber: 28 } as const;

/**
 * Condensing of every 16 pt character in twentieths of a point: 28 of them
 * fill the 156 mm line (28 × 15.75 pt = 441 pt).
 */
export const BODY_CHARACTER_SPACING = -5;

/** Chinese in the East Asian slot, digits and Latin in Times New Roman; the hint keeps “ ” — … Chinese. */
export function runFonts(eastAsia: string): IFontAttributesProperties {
  return { eastAsia, ascii: LATIN_FONT, hAnsi: LATIN_FONT, cs: LATIN_FONT, hint: 'eastAsia' };
}

export const HEADING_FONT: Record<1 | 2 | 3 | 4, string> = {
  1: FONT.heading1,
  2: FONT.heading2,
  3: FONT.heading3,
  4: FONT.heading4,
};
