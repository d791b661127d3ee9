// Sizes of every element (GB/T 9704-2012) and the rFonts of a run. Sizes are
// half-points, as OOXML's w:sz. Which face each element uses comes from the
// draft's font profile (shared/font-profiles.ts).
import type { IFontAttributesProperties } from 'docx';
import { LATIN_FACE, type FontRole } from '../../shared/font-profiles';
import type { HeadingLevel } from '../../shared/model';

export { SIZE } from '../../shared/layout/metrics';

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
