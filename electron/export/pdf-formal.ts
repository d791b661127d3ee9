// The 版头 and 版记 in the PDF, where the layout placed their boxes and as the
// .docx prints them: the red mark 35 mm below the text block's top, the 文号
// (and 签发人) on grid line 7, the red separator 4 mm below it; the 版记's
// lines in 4号 between its rules, the last on the bottom edge of the text block.
import type { FontProfile } from '../../shared/font-profiles';
import { ONE_CHAR, TEXT_WIDTH, type ColophonContent, type RedHeaderContent } from '../../shared/layout';
import { COLOPHON_SIZE, CC_LABEL } from '../../shared/layout/colophon';
import { measure, rangeWidth } from '../../shared/layout/measure';
import { LINE_PITCH, PAGE, SIZE } from '../../shared/layout/metrics';
import { NUMBER_LINE, RED_HEADER_RULE_LINES, TWIPS_PER_MM } from '../../shared/layout/red-header';
import { SIGNER_LABEL } from './red-header';
import { RED } from './styles';

const PT = 1 / 20;
/** The top of grid line `line` and the baseline of `halfPoints` text centred in it, in points. */
const baselineOf = (line: number, halfPoints: number) => (PAGE.top + line * LINE_PITCH + (LINE_PITCH - halfPoints * 10) / 2) * PT + (halfPoints / 2) * 0.88;
const widthOf = (text: string, halfPoints: number, spacing = 0) => {
  const m = measure([{ text, size: halfPoints, spacing }]);
  return rangeWidth(m, 0, m.cps.length);
};

type Face = (face: string) => string;

function write(doc: PDFKit.PDFDocument, face: string, halfPoints: number, text: string, xTwips: number, baseline: number, spacing = 0): void {
  doc.font(face).fontSize(halfPoints / 2);
  doc.text(text, (PAGE.left + xTwips) * PT, baseline, { lineBreak: false, baseline: 'alphabetic', characterSpacing: spacing * PT });
}

function rule(doc: PDFKit.PDFDocument, yTwips: number, widthPt: number, color: string): void {
  doc.save().lineWidth(widthPt).strokeColor(color);
  doc.moveTo(PAGE.left * PT, yTwips * PT).lineTo((PAGE.left + TEXT_WIDTH) * PT, yTwips * PT).stroke();
  doc.restore();
}

export function drawRedHeader(doc: PDFKit.PDFDocument, font: Face, h: RedHeaderContent, profile: FontProfile): void {
  const g = h.geometry;
  const markWidth = widthOf(h.mark, g.markSize, g.markSpacing);
  doc.save().fillColor(`#${RED}`);
  write(doc, font(profile.faces.title), g.markSize, h.mark, (TEXT_WIDTH - markWidth) / 2, (PAGE.top + 35 * TWIPS_PER_MM) * PT + (g.markSize / 2) * 0.86, g.markSpacing);
  doc.restore();
  const baseline = baselineOf(NUMBER_LINE, SIZE.body);
  const body = font(profile.faces.body);
  if (h.signer) {
    write(doc, body, SIZE.body, h.number, SIZE.body * 10, baseline);
    const name = widthOf(h.signer, SIZE.body);
    const end = TEXT_WIDTH - SIZE.body * 10;
    write(doc, body, SIZE.body, SIGNER_LABEL, end - name - widthOf(SIGNER_LABEL, SIZE.body), baseline);
    write(doc, font(profile.faces.heading2), SIZE.body, h.signer, end - name, baseline);
  } else write(doc, body, SIZE.body, h.number, (TEXT_WIDTH - widthOf(h.number, SIZE.body)) / 2, baseline);
  rule(doc, PAGE.top + (RED_HEADER_RULE_LINES - 1) * LINE_PITCH + g.ruleBefore + 10, 1, `#${RED}`);
}

export function drawColophon(doc: PDFKit.PDFDocument, font: Face, c: ColophonContent, line: number, profile: FontProfile): void {
  const face = font(profile.faces.body);
  const top = (l: number) => PAGE.top + l * LINE_PITCH;
  rule(doc, top(line) + 10, 1, '#000000');
  let at = line;
  if (c.cc) {
    c.cc.lines.forEach((text, i) => write(doc, face, COLOPHON_SIZE, text, ONE_CHAR + (i === 0 ? 0 : [...CC_LABEL].length * ONE_CHAR), baselineOf(line + i, COLOPHON_SIZE)));
    at += c.cc.lines.length;
    rule(doc, top(at) - 8, 0.75, '#000000');
  }
  write(doc, face, COLOPHON_SIZE, c.printer, ONE_CHAR, baselineOf(at, COLOPHON_SIZE));
  write(doc, face, COLOPHON_SIZE, c.printed, TEXT_WIDTH - ONE_CHAR - widthOf(c.printed, COLOPHON_SIZE), baselineOf(at, COLOPHON_SIZE));
  rule(doc, top(at + 1) - 10, 1, '#000000');
}
