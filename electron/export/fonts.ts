// Sizes of every element (GB/T 9704-2012) and the rFonts of a run. Sizes are
// half-points, as OOXML's w:sz. Which face each element uses comes from the
// draft's font profile (shared/font-profiles.ts).
import type { IFontAttributesProperties } from 'docx';
import { LATIN_FACE, type FontRole } from '../../shared/font-profiles';
import type { HeadingLevel } from '../../shared/model';

/** 2号, 3号 and 4号 in half-points. */
export const SIZE = { title: 44, body: 32, pageNumber: 28 } as const;

/**
 * Condensing of every 16 pt character in twentieths of a point: 28 of them
 * fill the 156 mm line (28 × 15.75 pt = 441 pt).
 */
export const BODY_CHARACTER_SPACING = -5;

/** Chinese in the East Asian slot, digits and Latin in Times New Roman; the hint keeps “ ” — … Chinese. */
export function runFonts(eastAsia: string, latin: string = LATIN_FACE): IFontAttributesProperties {
  return { eastAsia, ascii: latin, hAnsi: latin, cs: latin, hint: 'eastAsia' };
}

export const HEADING_ROLE: Record<HeadingLevel, FontRole> = {
  1: 'heading1',
  2: 'heading2',
  3: 'heading3',
  4: 'heading4',
};
