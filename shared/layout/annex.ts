// What an attachment (附件, GB/T 9704-2012 8) puts on the page before its
// content: a new page, 附件 and its number in 3号黑体 flush left on the first
// line, an empty line, its title centred in 2号 as the main title is set (on
// the third line), then an empty line and the content in the body's format.
import type { LineBox } from './boxes';
import { BODY_SPACING, SIZE, TEXT_WIDTH } from './metrics';

/** The boxes of a title's lines as broken (the main title's and an attachment's). */
export function titleBoxes(lines: readonly string[]): LineBox[] {
  return lines.map((text, k) => ({
    kind: 'line',
    lineKind: 'title',
    text,
    runs: [{ text, role: 'title', bold: false }],
    left: 0,
    width: TEXT_WIDTH,
    align: 'center',
    last: k === lines.length - 1,
    hanging: false,
    size: SIZE.title,
    spacing: 0,
  }));
}

/** The 附件N line: 黑体 (the level-1 heading's face), flush left, one line. */
export function annexLabelBox(label: string): LineBox {
  return {
    kind: 'line',
    lineKind: 'annex',
    text: label,
    runs: [{ text: label, role: 'heading1', bold: false }],
    left: 0,
    width: TEXT_WIDTH,
    align: 'left',
    last: true,
    hanging: false,
    size: SIZE.body,
    spacing: BODY_SPACING,
  };
}
