// The 版头 as paragraphs, from the layout's box (shared/layout/red-header.ts):
// the red mark in its exact line (its top 35 mm below the text block's), the
// 文号 on grid line 7 (centred; or one character in from the left with the
// 签发人 one character in from the right, 签发人： in 3号仿宋 and the name in
// 3号楷体), the red separator on top of grid line 8, 4 mm below the 文号, and
// the two empty lines before the title. Their heights add up to whole grid
// lines, so everything after stays on the grid.
import { AlignmentType, LineRuleType, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { FontProfile } from '../../shared/font-profiles';
import { LINE_PITCH, SIZE, TEXT_WIDTH, type RedHeaderContent } from '../../shared/layout';
import { runFonts } from './fonts';
import { stripIllegalXml } from './sanitize';
import { styleFormats } from './styles';

/** One 3号 character: the 文号's and 签发人's distance from the text block's edges. */
const ONE_CHAR = SIZE.body * 10;
export const SIGNER_LABEL = '签发人：';

const exact = (line: number, before = 0) => ({ spacing: { before, after: 0, line, lineRule: LineRuleType.EXACT } });

export function redHeaderParagraphs(h: RedHeaderContent, profile: FontProfile): Paragraph[] {
  const g = h.geometry;
  const mark = styleFormats(profile).Mark.run;
  const markRun = new TextRun({
    text: stripIllegalXml(h.mark),
    ...(g.markSize !== mark.size ? { size: g.markSize } : {}),
    ...(g.markSpacing !== 0 ? { characterSpacing: g.markSpacing } : {}),
  });
  const number = new TextRun(stripIllegalXml(h.number));
  const numberParagraph = h.signer
    ? new Paragraph({
        style: 'DocNumber',
        ...exact(LINE_PITCH, g.numberBefore),
        alignment: AlignmentType.LEFT,
        indent: { left: ONE_CHAR, right: ONE_CHAR, firstLine: 0 },
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH - ONE_CHAR }],
        children: [
          number,
          new TextRun({ children: [new Tab(), SIGNER_LABEL] }),
          // The name in 3号楷体 (the level-2 heading face of the profile).
          new TextRun({ text: stripIllegalXml(h.signer), font: runFonts(profile.faces.heading2) }),
        ],
      })
    : new Paragraph({ style: 'DocNumber', ...exact(LINE_PITCH, g.numberBefore), alignment: AlignmentType.CENTER, children: [number] });
  return [
    new Paragraph({ style: 'Mark', ...exact(g.markLine, g.markBefore), alignment: AlignmentType.CENTER, children: [markRun] }),
    numberParagraph,
    new Paragraph({ style: 'RedRule', ...exact(g.ruleLine, g.ruleBefore) }),
    new Paragraph({ style: 'Normal' }),
    new Paragraph({ style: 'Normal' }),
  ];
}
