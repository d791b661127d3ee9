// The 版记 as paragraphs, where the layout placed it (shared/layout/colophon.ts):
// empty lines down to its grid line (from a new page, or in a section of its
// own that starts on an even page, after a blank page, when neither page is
// numbered), then 抄送 and 印发机关/印发日期 in 4号仿宋 (one character in on
// either side) between separator lines as wide as the text block: the first
// and last thick (0.35 mm), the one between thin (0.26 mm). Each separator is
// the border of an empty paragraph one point high, and the text lines give
// back what the separators take, so the 版记 fills its grid lines exactly and
// its last line lies on the bottom edge of the text block.
import { BorderStyle, LineRuleType, Paragraph, Tab, TabStopType, TextRun, type IBorderOptions } from 'docx';
import { LINE_PITCH, ONE_CHAR, TEXT_WIDTH, type ColophonPlacement } from '../../shared/layout';
import { CC_LABEL } from '../../shared/layout/colophon';
import { stripIllegalXml } from './sanitize';

/** Eighths of a point: 1 pt (0.35 mm) and 0.75 pt (0.26 mm). */
export const THICK = 8;
export const THIN = 6;
/** The line of a separator's empty paragraph, twips (1 pt). */
const RULE_LINE = 20;
const twips = (eighths: number) => (eighths * 20) / 8;
const exact = (line: number, before = 0) => ({ spacing: { before, after: 0, line, lineRule: LineRuleType.EXACT } });

function rule(size: number, side: 'top' | 'bottom', pageBreak = false): Paragraph {
  const border: IBorderOptions = { style: BorderStyle.SINGLE, size, space: 0, color: '000000' };
  return new Paragraph({
    style: 'Colophon',
    ...(pageBreak ? { pageBreakBefore: true } : {}),
    indent: { left: 0, right: 0, firstLine: 0 },
    border: { [side]: border },
    ...exact(RULE_LINE),
  });
}
/** Height a separator paragraph takes. */
const ruleHeight = (size: number) => RULE_LINE + twips(size);

/** The empty lines above the 版记 on its page; the first starts a new page when the 版记 does. */
function fill(p: ColophonPlacement, pageBreak: boolean): Paragraph[] {
  return Array.from({ length: p.fill }, (_, i) => new Paragraph({ style: 'Normal', ...(i === 0 && pageBreak ? { pageBreakBefore: true } : {}) }));
}

/** Exact line height and space before for `lines` lines sharing `height` twips. */
function share(lines: number, height: number) {
  const line = Math.floor(height / lines);
  return exact(line, height - line * lines);
}

export function colophonParagraphs(p: ColophonPlacement, pageBreak: boolean): Paragraph[] {
  const { content } = p;
  const out = [...fill(p, pageBreak), rule(THICK, 'top', pageBreak && p.fill === 0)];
  let first = ruleHeight(THICK);
  if (content.cc) {
    const n = content.cc.lines.length;
    const label = [...CC_LABEL].length * ONE_CHAR;
    out.push(
      new Paragraph({
        style: 'Colophon',
        ...share(n, n * LINE_PITCH - first),
        // Continuation lines under the first name, after 抄送：.
        indent: { left: ONE_CHAR + label, right: ONE_CHAR, hanging: label },
        children: [new TextRun(stripIllegalXml(content.cc.text))],
      }),
      rule(THIN, 'top'),
    );
    first = ruleHeight(THIN);
  }
  out.push(
    new Paragraph({
      style: 'Colophon',
      ...exact(LINE_PITCH - first - ruleHeight(THICK)),
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH - ONE_CHAR }],
      children: [new TextRun({ children: [stripIllegalXml(content.printer), new Tab(), content.printed] })],
    }),
    rule(THICK, 'bottom'),
  );
  return out;
}
