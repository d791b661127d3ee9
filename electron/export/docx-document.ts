// The report as a .docx: the body's paragraphs in one section on the GB/T 9704
// page, the page numbers in its footers, the font profile's faces described in
// the font table, and document properties that name the unit and nothing of
// the machine.
import { Document, Packer } from 'docx';
import { resolveFontProfile, type FontProfile } from '../../shared/font-profiles';
import { layoutDraft, type DraftLayout } from '../../shared/layout';
import type { DraftMetadata, FontProfileId, ReportContent } from '../../shared/model';
import { bodyParagraphs } from './body';
import { corePropertiesXml, fontTableXml } from './package-parts';
import { pageNumberFooters, sectionProperties } from './page';
import { stripIllegalXml } from './sanitize';
import { stylesXml } from './styles';

export { bodyParagraphs, exportedBlocks } from './body';

/** The page-true layout of what an export writes. */
export function exportLayout(input: ExportInput): DraftLayout {
  return layoutDraft({ content: input.content, metadata: input.metadata });
}

export interface ExportInput {
  title: string;
  metadata: DraftMetadata;
  content: ReportContent;
  /** The global default font profile, used when the draft names none; 标准 when absent. */
  defaultFontProfile?: FontProfileId;
  /** When the draft was created (document property); now when absent. */
  created?: Date;
  /** When the document was last changed (document property); now when absent. */
  modified?: Date;
}

/** The font profile an export uses. */
export function exportProfile(input: ExportInput): FontProfile {
  return resolveFontProfile(input.metadata.format?.fontProfile, input.defaultFontProfile);
}

const oneLine = (text: string) => stripIllegalXml(text).replace(/\s+/gu, ' ').trim();

export function buildDocument(input: ExportInput, layout: DraftLayout = exportLayout(input)): Document {
  const profile = exportProfile(input);
  const unit = oneLine(input.metadata.unit ?? '');
  return new Document({
    title: oneLine(input.title),
    // Without these docx writes “Un-named”; nothing of the user's machine goes in.
    creator: unit,
    lastModifiedBy: unit,
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: sectionProperties(),
        footers: pageNumberFooters(),
        children: bodyParagraphs(layout.blocks, profile),
      },
    ],
  });
}

/** The report as the bytes of a .docx file. */
export async function buildDocx(input: ExportInput): Promise<Buffer> {
  const now = new Date();
  const modified = input.modified ?? now;
  const profile = exportProfile(input);
  const overrides = [
    // The export's own styles, whole: none of docx's defaults (a blue Heading 1, a 28 pt Title) is left.
    { path: 'word/styles.xml', data: stylesXml(profile) },
    { path: 'word/fontTable.xml', data: fontTableXml(profile) },
    {
      path: 'docProps/core.xml',
      data: corePropertiesXml({
        title: oneLine(input.title),
        author: oneLine(input.metadata.unit ?? ''),
        created: input.created ?? modified,
        modified,
      }),
    },
  ];
  return Packer.toBuffer(buildDocument(input), false, overrides);
}
