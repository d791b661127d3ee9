// The 附件说明 (GB/T 9704-2012 7.3.4): one empty line after the body, then
// 附件：1.名称 indented two characters; further items 2.名称 aligned under 1.;
// a long name's continuation lines aligned under the name's first character;
// a single attachment has no number (附件：名称); no end punctuation.
//
// Each item is one paragraph with a hanging indent. With numbers, a tab stop
// at the left indent carries the name there after the number, so the first
// line's name and its continuation lines start at the same point whatever the
// renderer's exact width of “1.”.
import { bodyWidth } from './closing';
import { BODY_SPACING, SIZE, TWO_CHARS } from './metrics';

export const ATTACHMENT_LABEL = '附件：';

export interface AttachmentLine {
  /** What precedes the name: 附件：1. / 2. / 附件：. */
  prefix: string;
  /** The name, without end punctuation. */
  name: string;
  /** True when a tab separates the prefix from the name. */
  tab: boolean;
  /** Twips from the text block's left edge: where continuation lines (and the name) start. */
  left: number;
  /** Twips the first line starts left of `left`. */
  hanging: number;
}

const width = bodyWidth;
/** A full stop in Times New Roman is a quarter of an em. */
const PERIOD = (SIZE.body * 10) / 4 + BODY_SPACING;
/** Room for the space some renderers put between “：” and a digit (a fifth of an em). */
const AUTOSPACE_ROOM = (SIZE.body * 10) / 5;
const END_PUNCTUATION = /[。．.，,、；;：:！!？?\s]+$/u;

/** An attachment name as the 附件说明 writes it: no end punctuation. */
export function attachmentName(text: string): string {
  return text.trim().replace(END_PUNCTUATION, '');
}

export function attachmentLines(names: readonly string[]): AttachmentLine[] {
  const labelEnd = TWO_CHARS + Math.round(width(ATTACHMENT_LABEL));
  if (names.length === 1) {
    return [{ prefix: ATTACHMENT_LABEL, name: attachmentName(names[0]!), tab: false, left: labelEnd, hanging: labelEnd - TWO_CHARS }];
  }
  // The widest number (digits half an em each), with room for a space after “：”.
  const numberWidth = Math.ceil(width(String(names.length)) + PERIOD + AUTOSPACE_ROOM);
  const left = labelEnd + numberWidth;
  return names.map((name, i) => ({
    prefix: i === 0 ? `${ATTACHMENT_LABEL}1.` : `${i + 1}.`,
    name: attachmentName(name),
    tab: true,
    left,
    hanging: i === 0 ? left - TWO_CHARS : left - labelEnd,
  }));
}
