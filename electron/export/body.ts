// The report's blocks as paragraphs on the GB/T 9704 grid, written from the
// page-true layout (shared/layout): each block as the layout set it, in its
// named style (styles.ts) with only what differs written on the paragraph and
// its runs: the indents the layout computed (the 附件说明's, the closing's),
// the page rules it decided (keep with next for the closing, widow control
// where a short last line could not be pulled back), a condensed character
// spacing, a run-in heading's lead sentence in the heading's face. Word and
// LibreOffice then break the lines and the pages where the layout does.
import { AlignmentType, Paragraph, TabStopType, type IParagraphOptions, type Table } from 'docx';
import type { FontProfile } from '../../shared/font-profiles';
import { BODY_SPACING, isRedHeader, type FaceRole, type SetBlock } from '../../shared/layout';
import type { HeadingLevel } from '../../shared/model';
import { pictureXml, tableXml, type PictureBytes } from './objects';
import { redHeaderParagraphs } from './red-header';
import { spanRuns, type RunStyle, type Span } from './runs';
import { stripIllegalXml } from './sanitize';
import { headingStyle, styleFormats, type ParagraphStyleId, type StyleFormat } from './styles';

export { exportedBlocks } from '../../shared/layout';

export const ALIGNMENT = {
  justify: AlignmentType.JUSTIFIED,
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

const LEVEL: Partial<Record<FaceRole, HeadingLevel>> = { heading1: 1, heading2: 2, heading3: 3, heading4: 4 };

/** The style a block's paragraph names, and the outline level a run-in heading carries itself. */
function styleOf(b: SetBlock): { id: ParagraphStyleId; outlineLevel?: number } {
  const level = LEVEL[b.source.spans[0]?.role ?? 'body'];
  const { kinds } = b;
  if (kinds !== null && typeof kinds === 'object') return { id: 'Normal', ...(level ? { outlineLevel: level - 1 } : {}) };
  switch (kinds) {
    case 'title':
      return { id: 'Title' };
    case 'addressee':
      return { id: 'Addressee' };
    case 'heading':
      return { id: level ? headingStyle(level) : 'Normal' };
    case 'attachment':
      return { id: 'Attachment' };
    case 'annex':
      return { id: 'AnnexLabel' };
    case 'signature':
      return { id: 'Signature' };
    case 'date':
      return { id: 'Date' };
    default:
      return { id: 'Normal' };
  }
}

/** The paragraph's indent where it differs from its style's (all of it then, so nothing is inherited). */
function indent(b: SetBlock, style: StyleFormat): Pick<IParagraphOptions, 'indent'> {
  const { firstLeft, left, right } = b.source;
  const want = { left, right, firstLine: firstLeft - left };
  const same = want.left === style.indent.left && want.right === style.indent.right && want.firstLine === style.indent.firstLine;
  if (same) return {};
  return { indent: { left, right, ...(want.firstLine >= 0 ? { firstLine: want.firstLine } : { hanging: -want.firstLine }) } };
}

/** Keep and widow flags where they differ from the style's. */
function keeps(b: SetBlock, style: StyleFormat): IParagraphOptions {
  // LibreOffice never splits a paragraph kept with the next; keep lines makes Word do the same.
  const keepLines = b.keepTogether || b.keepWithNext;
  return {
    ...(b.keepWithNext !== style.keepNext ? { keepNext: b.keepWithNext } : {}),
    ...(keepLines !== style.keepLines ? { keepLines } : {}),
    ...(b.widowControl ? { widowControl: true } : {}),
  };
}

function paragraph(b: SetBlock, profile: FontProfile, formats: Record<ParagraphStyleId, StyleFormat>): Paragraph {
  const { source } = b;
  const { id, outlineLevel } = styleOf(b);
  const style = formats[id];
  const common: IParagraphOptions = {
    style: id,
    ...keeps(b, style),
    // The alignment the layout set, written on every paragraph (readers that look no further than the paragraph see it too).
    alignment: ALIGNMENT[source.align],
    ...(outlineLevel !== undefined ? { outlineLevel } : {}),
  };
  if (source.lines) {
    // The title: its lines as the layout broke them, off the grid (its style) so each 22 pt line keeps its 579-twip pitch.
    const run: RunStyle = { font: profile.faces.title, size: source.size, ...(profile.titleBold ? { bold: true } : {}) };
    const text = stripIllegalXml(source.lines.join('\n'));
    return new Paragraph({ ...common, ...indent(b, style), children: spanRuns([{ text, style: run }], style.run) });
  }
  const spacing = b.condensed ?? BODY_SPACING;
  const spans: Span[] = source.spans.map((s) => ({
    text: s.text,
    style: { font: profile.faces[s.role], size: source.size, characterSpacing: spacing, ...(s.bold ? { bold: true } : {}) },
  }));
  return new Paragraph({
    ...common,
    ...indent(b, style),
    ...(source.tabAt !== undefined ? { tabStops: [{ type: TabStopType.LEFT, position: source.tabAt }] } : {}),
    children: spanRuns(spans, style.run),
  });
}

/** The paragraphs (and tables) of a laid-out draft, the 版头 as several; pictures' bytes come from `pictures`. */
export function bodyParagraphs(blocks: readonly SetBlock[], profile: FontProfile, pictures: PictureBytes = () => undefined): (Paragraph | Table)[] {
  const formats = styleFormats(profile);
  return blocks.flatMap((b): (Paragraph | Table)[] => {
    if (b.object?.kind === 'table') return [tableXml(b.object, formats.Normal.run)];
    if (b.object?.kind === 'image') return pictureXml(b, b.object, formats.Normal.run, pictures);
    const fixed = b.boxes[0]?.kind === 'fixed' ? b.boxes[0].content : undefined;
    return isRedHeader(fixed) ? redHeaderParagraphs(fixed, profile) : [paragraph(b, profile, formats)];
  });
}
