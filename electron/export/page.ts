// The page of GB/T 9704-2012: A4, the 156 × 225 mm text block, a 22-line
// grid and the page numbers in the footers. Lengths are twips.
import { AlignmentType, DocumentGridType, Footer, Paragraph, SimpleField, TextRun, type ISectionOptions } from 'docx';
import { LINE_PITCH, PAGE } from '../../shared/layout/metrics';

export const PAGE_SIZE = { width: PAGE.width, height: PAGE.height } as const;
export const PAGE_MARGIN = { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: 851, footer: 1417, gutter: 0 } as const;
export { LINE_PITCH };
/** One 14 pt character: the page number's distance from the text block's edge. */
export const PAGE_NUMBER_INDENT = 280;

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

function pageNumberParagraph(side: 'odd' | 'even'): Paragraph {
  // 4号半角宋体阿拉伯数字, the digits too in the Song face: the footer style (styles.ts) says so.
  const [before, cached, after] = pageNumberText(side === 'odd' ? 1 : 2);
  return new Paragraph({
    style: 'Footer',
    alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    indent: side === 'odd' ? { right: PAGE_NUMBER_INDENT } : { left: PAGE_NUMBER_INDENT },
    children: [new TextRun(before), new PageField(new TextRun(cached)), new TextRun(after)],
  });
}

/** `— N —` in the footer style: odd pages right, even pages left, one character in. */
export function pageNumberFooters(): NonNullable<ISectionOptions['footers']> {
  return {
    default: new Footer({ children: [pageNumberParagraph('odd')] }),
    even: new Footer({ children: [pageNumberParagraph('even')] }),
  };
}

export function sectionProperties(): NonNullable<ISectionOptions['properties']> {
  return {
    page: { size: PAGE_SIZE, margin: PAGE_MARGIN },
    grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
  };
}
