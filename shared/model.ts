// The document model of a report: a flat list of typed blocks, as stored,
// edited by Slate and exported. Heading numbers are never stored: they are
// computed from the structure (see numbering.ts). The shapes are defined once
// as schemas in schema/content.ts and schema/metadata.ts; the types come from
// there, and so do the validators below.
import { ReportContentSchema } from './schema/content';
import { DraftMetadataSchema } from './schema/metadata';
import { reasonOf } from './schema/reason';
import type { BlockType, ReportBlock, ReportContent, TextBlock } from './schema/content';

export type {
  AddresseeBlock,
  AnnexBlock,
  AttachmentBlock,
  BlockType,
  DateBlock,
  HeadingBlock,
  HeadingLevel,
  ImageBlock,
  OmittedBlock,
  OmittedKind,
  ParagraphBlock,
  PictureRef,
  PictureType,
  ReportBlock,
  ReportContent,
  ReportText,
  SignatureBlock,
  TableBlock,
  TableCell,
  TableRow,
  TextBlock,
  TitleBlock,
} from './schema/content';
export { BLOCK_TYPES, HEADING_LEVELS, OMITTED_KINDS, PICTURE_TYPES } from './schema/content';
export type { Colophon, Deadline, DraftFormat, DraftMetadata, FontProfileId, RedHeader, YearGuess } from './schema/metadata';
export { FONT_PROFILE_IDS, isIsoDate } from './schema/metadata';

/** A block's text; a table's is its cells' text, cells apart by a tab, rows and cell paragraphs by a line end. */
export function blockText(block: ReportBlock): string {
  if (block.type === 'table') return block.children.map((r) => r.children.map((c) => c.children.map(blockText).join('\n')).join('\t')).join('\n');
  return block.children.map((t) => t.text).join('');
}

/** Is this a block whose children are its text (not a table)? */
export function isTextBlock(block: ReportBlock): block is TextBlock {
  return block.type !== 'table';
}

export function block<T extends BlockType>(
  type: T,
  text: string,
  extra: Omit<Extract<ReportBlock, { type: T }>, 'type' | 'children'>,
): Extract<ReportBlock, { type: T }> {
  return { type, ...extra, children: [{ text }] } as Extract<ReportBlock, { type: T }>;
}

/** The draft title is the text of the title block(s), joined, without the line breaks it is set with. */
export function contentTitle(content: ReportContent): string {
  return content
    .filter((b) => b.type === 'title')
    .map(blockText)
    .join('')
    .replace(/[^\S\n]*[\r\n\u000B\u2028][^\S\n]*/gu, '')
    .trim();
}

/** Characters a reader counts in one block: everything but white space. */
export function blockCharacterCount(block: ReportBlock): number {
  let n = 0;
  for (const ch of blockText(block)) if (!/\s/u.test(ch)) n++;
  return n;
}

/** Characters a reader counts (字数): everything but white space. */
export function characterCount(content: ReportContent, count: (b: ReportBlock) => number = blockCharacterCount): number {
  let n = 0;
  for (const b of content) n += count(b);
  return n;
}

/** Checks that an unknown value is a well-formed report content; returns a reason if not. */
export function validateContent(value: unknown): string | null {
  return reasonOf(ReportContentSchema, value, 'content');
}

/** Checks that an unknown value is well-formed draft metadata; returns a reason if not. */
export function validateMetadata(value: unknown): string | null {
  return reasonOf(DraftMetadataSchema, value, 'metadata');
}
