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
import { runFonts, SIZE } from './fonts';

export const PAGE_SIZE = { width: 11906, height: 16838 } as const;
export const PAGE_MARGIN = { top: 2098, bottom: 1984, left: 1587, right: 1474, header: 851, footer: 1417, gutter: 0 } as const;
/** 225 mm / 22 lines. */
export const LINE_PITCH = 579;
/** Width of the text block: 11906 − 1587 − 1474. */
export const TEXT_WIDTH = PAGE_SIZE.width - PAGE_MARGIN.left - PAGE_MARGIN.right;
/** Two 16 pt characters: first-line indent, signature's right indent. */
export const TWO_CHARS = 640;
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
