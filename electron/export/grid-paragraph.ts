// Paragraphs on the GB/T 9704 grid: exact 579-twip lines, nothing before or
// after, no widow control. A line taller than the grid pitch (the 22 pt title)
// would take two grid lines in Word and LibreOffice alike, because both snap
// text to the document grid; such a paragraph is taken off the grid
// (w:snapToGrid off) so its exact 579-twip lines hold and the title's lines,
// like every other, fall on the page's 22 lines.
import { Paragraph, type IContext, type IParagraphOptions, type IXmlableObject } from 'docx';
import { GRID_SPACING } from './page';

const GRID: Pick<IParagraphOptions, 'spacing' | 'widowControl'> = { spacing: GRID_SPACING, widowControl: false };

/** A paragraph whose w:pPr carries <w:snapToGrid w:val="false"/>, where the schema puts it: before w:spacing. */
class OffGridParagraph extends Paragraph {
  override prepForXml(context: IContext): IXmlableObject | undefined {
    const xml = super.prepForXml(context);
    const children = (xml as { 'w:p'?: unknown[] } | undefined)?.['w:p'];
    const pPr = children?.find((c): c is { 'w:pPr': object[] } => typeof c === 'object' && c !== null && 'w:pPr' in c)?.['w:pPr'];
    if (pPr) {
      const at = pPr.findIndex((e) => 'w:spacing' in e);
      pPr.splice(at < 0 ? pPr.length : at, 0, { 'w:snapToGrid': { _attr: { 'w:val': false } } });
    }
    return xml;
  }
}

export function gridParagraph(options: IParagraphOptions, { snapToGrid = true } = {}): Paragraph {
  const all = { ...GRID, ...options };
  return snapToGrid ? new Paragraph(all) : new OffGridParagraph(all);
}
