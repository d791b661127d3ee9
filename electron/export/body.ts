// The report's blocks as paragraphs on the GB/T 9704 grid, written from the
// page-true layout (shared/layout): each block as the layout set it, with its
// faces from the font profile, its indents, the title's lines, and the page
// rules the layout decided: keep with next for headings and the closing, a
// condensed character spacing where a paragraph's short last line would open
// a page, widow control where that could not be done. Word and LibreOffice
// then break the lines and the pages where the layout does.
import { AlignmentType, Paragraph, TabStopType, type IParagraphOptions, type Table } from 'docx';
import type { FontProfile } from '../../shared/font-profiles';
import { BODY_SPACING, type SetBlock } from '../../shared/layout';
import { gridParagraph } from './grid-paragraph';
import { pictureXml, tableXml, type PictureBytes } from './objects';
import { spanRuns, type RunStyle, type Span } from './runs';
import { stripIllegalXml } from './sanitize';

export { exportedBlocks } from '../../shared/layout';

const ALIGNMENT = {
  justify: AlignmentType.JUSTIFIED,
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

function indent(b: SetBlock): Pick<IParagraphOptions, 'indent'> {
  const { firstLeft, left, right } = b.source;
  const ind = {
    ...(left ? { left } : {}),
    ...(firstLeft > left ? { firstLine: firstLeft - left } : firstLeft < left ? { hanging: left - firstLeft } : {}),
    ...(right ? { right } : {}),
  };
  return Object.keys(ind).length ? { indent: ind } : {};
}

function paragraph(b: SetBlock, profile: FontProfile): Paragraph {
  const { source } = b;
  const keep: IParagraphOptions = {
    ...(b.keepWithNext ? { keepNext: true } : {}),
    // LibreOffice never splits a paragraph kept with the next; keep lines makes Word do the same.
    ...(b.keepTogether || b.keepWithNext ? { keepLines: true } : {}),
    ...(b.widowControl ? { widowControl: true } : {}),
  };
  if (source.lines) {
    // The title: its lines as the layout broke them, off the grid so each 22 pt line keeps its 579-twip pitch.
    const style: RunStyle = { font: profile.faces.title, size: source.size, ...(profile.titleBold ? { bold: true } : {}) };
    const text = stripIllegalXml(source.lines.join('\n'));
    return gridParagraph({ alignment: AlignmentType.CENTER, ...keep, children: spanRuns([{ text, style }]) }, { snapToGrid: false });
  }
  const spacing = b.condensed ?? BODY_SPACING;
  const spans: Span[] = source.spans.map((s) => ({
    text: s.text,
    style: { font: profile.faces[s.role], size: source.size, characterSpacing: spacing, ...(s.bold ? { bold: true } : {}) },
  }));
  return gridParagraph({
    alignment: ALIGNMENT[source.align],
    ...indent(b),
    ...(source.tabAt !== undefined ? { tabStops: [{ type: TabStopType.LEFT, position: source.tabAt }] } : {}),
    ...keep,
    children: spanRuns(spans),
  });
}

/** The paragraphs (and tables) of a laid-out draft; pictures' bytes come from `pictures`. */
export function bodyParagraphs(blocks: readonly SetBlock[], profile: FontProfile, pictures: PictureBytes = () => undefined): (Paragraph | Table)[] {
  return blocks.flatMap((b): (Paragraph | Table)[] => {
    if (b.object?.kind === 'table') return [tableXml(b.object, profile)];
    if (b.object?.kind === 'image') return pictureXml(b, b.object, profile, pictures);
    return [paragraph(b, profile)];
  });
}
