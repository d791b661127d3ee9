// The report as a docx Document: blocks become paragraphs set on the
// GB/T 9704 grid. Hints are editor guidance and never exported; heading
// numbers are written as text, computed from the structure.
import { AlignmentType, Document, Packer, Paragraph, type IParagraphOptions } from 'docx';
import { blockText, type DraftMetadata, type ReportBlock, type ReportContent } from '../../shared/model';
import { headingNumbers } from '../../shared/numbering';
import { closingIndents } from './closing';
import { BODY_CHARACTER_SPACING, FONT, HEADING_FONT, runFonts, SIZE } from './fonts';
import { GRID_SPACING, pageNumberFooters, sectionProperties, TEXT_WIDTH, TWO_CHARS } from './page';
import { styledRuns, type RunStyle } from './runs';
import { stripIllegalXml } from './sanitize';
import { titleLines } from './title-lines';

export interface ExportInput {
  title: string;
  metadata: DraftMetadata;
  content: ReportContent;
}

const BODY: RunStyle = { font: FONT.body, size: SIZE.body, characterSpacing: BODY_CHARACTER_SPACING };
const GRID: Pick<IParagraphOptions, 'spacing' | 'widowControl'> = { spacing: GRID_SPACING, widowControl: false };

function gridParagraph(options: IParagraphOptions): Paragraph {
  return new Paragraph({ ...GRID, ...options });
}

const emptyLine = (): Paragraph => gridParagraph({});

/** Blocks that reach the page: empty guidance-only paragraphs, and empty headings, addressees, signatures, dates, titles, are left out. */
export function exportedBlocks(content: ReportContent): ReportBlock[] {
  return content.filter((b) => {
    const empty = blockText(b).trim() === '';
    if (!empty) return true;
    return b.type === 'paragraph' && !b.hint;
  });
}

function headingParagraph(block: Extract<ReportBlock, { type: 'heading' }>, number: string): Paragraph {
  const style: RunStyle = { ...BODY, font: HEADING_FONT[block.level] };
  return gridParagraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: TWO_CHARS },
    children: styledRuns(number + blockText(block), style),
  });
}

function titleParagraph(text: string): Paragraph {
  const lines = titleLines(stripIllegalXml(text).trim(), SIZE.title, TEXT_WIDTH);
  return gridParagraph({
    alignment: AlignmentType.CENTER,
    children: styledRuns(lines.join('\n'), { font: FONT.title, size: SIZE.title }),
  });
}

/** The paragraphs of the document body, in order. */
export function bodyParagraphs(content: ReportContent): Paragraph[] {
  const blocks = exportedBlocks(content);
  const numbers = headingNumbers(blocks);
  const signature = blocks.find((b) => b.type === 'signature');
  const date = blocks.find((b) => b.type === 'date');
  const indents = closingIndents(signature ? blockText(signature).trim() : '', date ? blockText(date).trim() : '');
  const out: Paragraph[] = [];
  let closingStarted = false;
  blocks.forEach((b, i) => {
    const text = blockText(b);
    const next = blocks[i + 1];
    switch (b.type) {
      case 'title':
        out.push(titleParagraph(text));
        // One empty body line after the (last) title.
        if (next?.type !== 'title') out.push(emptyLine());
        return;
      case 'addressee':
        out.push(gridParagraph({ alignment: AlignmentType.LEFT, children: styledRuns(text.trim(), BODY) }));
        return;
      case 'paragraph':
        out.push(gridParagraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: TWO_CHARS }, children: styledRuns(text, BODY) }));
        return;
      case 'heading':
        out.push(headingParagraph(b, numbers[i] ?? ''));
        return;
      case 'signature':
      case 'date': {
        // One empty line between the body and the signature block.
        if (!closingStarted && out.length > 0) out.push(emptyLine());
        closingStarted = true;
        const right = b.type === 'signature' ? indents.signatureRight : indents.dateRight;
        out.push(gridParagraph({ alignment: AlignmentType.RIGHT, indent: { right }, children: styledRuns(text.trim(), BODY) }));
        return;
      }
    }
  });
  return out;
}

export function buildDocument(input: ExportInput): Document {
  const unit = stripIllegalXml(input.metadata.unit ?? '').trim();
  return new Document({
    title: stripIllegalXml(input.title).trim(),
    // Without these docx writes “Un-named”; nothing of the user's machine goes in.
    creator: unit,
    lastModifiedBy: unit,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: runFonts(FONT.body), size: SIZE.body },
        },
      },
    },
    sections: [
      {
        properties: sectionProperties(),
        footers: pageNumberFooters(),
        children: bodyParagraphs(input.content),
      },
    ],
  });
}

/** The report as the bytes of a .docx file. */
export async function buildDocx(input: ExportInput): Promise<Buffer> {
  return Packer.toBuffer(buildDocument(input));
}
