// Placement of the signature (发文机关署名) and date (成文日期) of an unsealed
// document, GB/T 9704-2012 7.3.5.2: the signature right-aligned two characters
// in from the right; the date on the next line, its first character two
// characters right of the signature's first. If the date is longer than the
// signature, the date takes the two characters of right indent and the
// signature moves left to keep the offset.
import { BODY_CHARACTER_SPACING, SIZE } from './fonts';
import { TWO_CHARS } from './page';
import { textWidth } from './text-width';

export interface ClosingIndents {
  signatureRight: number;
  dateRight: number;
}

export function closingIndents(signature: string, date: string): ClosingIndents {
  const sig = textWidth(signature, SIZE.body, BODY_CHARACTER_SPACING);
  const day = textWidth(date, SIZE.body, BODY_CHARACTER_SPACING);
  if (!signature) return { signatureRight: TWO_CHARS, dateRight: TWO_CHARS };
  if (!date) return { signatureRight: TWO_CHARS, dateRight: TWO_CHARS };
  if (day > sig) return { signatureRight: Math.round(2 * TWO_CHARS + day - sig), dateRight: TWO_CHARS };
  return { signatureRight: TWO_CHARS, dateRight: Math.round(sig - day) };
}
