// The page of GB/T 9704-2012: A4, the 156 × 225 mm text block, a 22-line
// grid and the page numbers in the footers. Lengths are twips.
import {
  AlignmentType,
  DocumentGridType,
  Footer,
  LineRuleType,
  Paragraph,
  SimpleField,
  TextRun,
  type ISectionOptions,
} from 'docx';
import { LINE_PITCH, PAGE } from '../../shared/layout/metrics';
import { runFonts, SIZE } from './fonts';

export const PAGE_SIZE = { width: PAGE.width, height: PAGE.height } as const;
export const PAGE_MARGIN = { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: 851, footer: 1417, gutter: 0 } as const;
export { LINE_PITCH };
/** One 14 pt character: the page number's distance from the text block's edge. */
export const PAGE_NUMBER_INDENT = 280;

/** Exact line spacing on the grid, nothing before or after. */
export const GRID_SPACING = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;

/**
 * A PAGE field that carries a cached number (1 in the odd pages' footer, 2 in
 * the even pages'), so viewers that never update fields still show one.
 */
class PageField extends SimpleField {
  constructor(cached: TextRun) {
    super('PAGE');
    this.root.push(cached);
  }
}

/** The text of a page number: — N — (一字线, space, N, space, 一字线). */
const pageNumberText = (n: number | string): [string, string, string] => ['— ', String(n), ' —'];

function pageNumberParagraph(side: 'odd' | 'even', face: string): Paragraph {
  // 4号半角宋体阿拉伯数字: the digits too are in the Song face.
  const style = { font: runFonts(face, face), size: SIZE.pageNumber };
  const [before, cached, after] = pageNumberText(side === 'odd' ? 1 : 2);
  return new Paragraph({
    alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    indent: side === 'odd' ? { right: PAGE_NUMBER_INDENT } : { left: PAGE_NUMBER_INDENT },
    spacing: { before: 0, after: 0 },
    children: [
      new TextRun({ text: before, ...style }),
      new PageField(new TextRun({ text: cached, ...style })),
      new TextRun({ text: after, ...style }),
    ],
  });
}

/** `— N —` in 4号宋体 (`face`): odd pages right, even pages left, one character in. */
export function pageNumberFooters(face: string): NonNullable<ISectionOptions['footers']> {
  return {
    default: new Footer({ children: [pageNumberParagraph('odd', face)] }),
    even: new Footer({ children: [pageNumberParagraph('even', face)] }),
  };
}

export function sectionProperties(): NonNullable<ISectionOptions['properties']> {
  return {
    page: { size: PAGE_SIZE, margin: PAGE_MARGIN },
    grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
  };
}
