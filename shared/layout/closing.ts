// Placement of the signature (发文机关署名) and date (成文日期), GB/T 9704-2012
// 7.3.5, as right indents in twips.
//
// Unsealed (7.3.5.2): the signature right-aligned two characters in from the
// right; the date on the next line, its first character two characters right
// of the signature's first. If the date is longer than the signature, the
// date takes the two characters of right indent and the signature moves left
// to keep the offset.
//
// Sealed (7.3.5.1): the date four characters in from the right, the signature
// centred over the date (以成文日期为准居中编排).
import { measure, rangeWidth } from './measure';
import { BODY_SPACING, SIZE, TWO_CHARS } from './metrics';

export interface ClosingIndents {
  signatureRight: number;
  dateRight: number;
}

/** Width of a line of body text as set. */
export function bodyWidth(text: string): number {
  const m = measure([{ text, size: SIZE.body, spacing: BODY_SPACING }]);
  return rangeWidth(m, 0, m.cps.length);
}
const width = bodyWidth;

export function closingIndents(signature: string, date: string, sealed = false): ClosingIndents {
  const sig = width(signature);
  const day = width(date);
  if (sealed) {
    const dateRight = 2 * TWO_CHARS;
    if (!signature || !date) return { signatureRight: dateRight, dateRight };
    return { signatureRight: Math.max(0, Math.round(dateRight + (day - sig) / 2)), dateRight };
  }
  if (!signature || !date) return { signatureRight: TWO_CHARS, dateRight: TWO_CHARS };
  if (day > sig) return { signatureRight: Math.round(2 * TWO_CHARS + day - sig), dateRight: TWO_CHARS };
  return { signatureRight: TWO_CHARS, dateRight: Math.round(sig - day) };
}
