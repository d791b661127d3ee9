// The document model of a report, defined once: a flat list of typed blocks,
// as stored, edited by Slate and exported. The types are derived from these
// schemas; every boundary (IPC, files, the database) checks with them.
// Heading numbers are never stored: they are computed from the structure.
import * as v from 'valibot';

const text = (what: string) => v.string(`has a ${what} that is not text`);

/** A block object's messages: a missing key says which, in the block's terms. */
const blockMessage =
  (missing: Record<string, string>) =>
  (issue: v.BaseIssue<unknown>): string => {
    const key = issue.path?.at(-1)?.origin === 'key' ? String(issue.path.at(-1)!.key) : null;
    return key !== null && missing[key] ? missing[key] : 'is not an object';
  };

const LEAD = 'has a lead that is not true or a count';

export const ReportTextSchema = v.object(
  {
    text: v.string('has a child without text'),
    /**
     * A counted lead (一是、二是……) at the start of a sentence: its count within
     * its section (2 for 二是), or true where not yet counted (as imported). The
     * editor keeps count and text right; export may bolden it. Neighbouring
     * leads always carry different counts, so the editor never merges them.
     */
    lead: v.optional(v.union([v.literal(true), v.pipe(v.number(LEAD), v.integer(LEAD), v.minValue(0, LEAD))], LEAD)),
  },
  // Not an object, or no text: a child without text.
  'has a child without text',
);

const base = {
  children: v.pipe(v.array(ReportTextSchema, 'has no text children'), v.minLength(1, 'has no text children')),
  /** Guidance shown while the block is empty (from the template); never exported. */
  hint: v.optional(text('hint')),
  /**
   * The template text this block was filled from, placeholders and all
   * ({单位}关于{年度}年度……). While the text still reads as filled from the
   * metadata, a metadata change refills it; once rewritten by hand it stays.
   */
  source: v.optional(text('source')),
};
const missing = { children: 'has no text children', level: 'is a heading without a level 1-4' };
const simple = <T extends string>(type: T) => v.object({ type: v.literal(type), ...base }, blockMessage(missing));

export const HEADING_LEVELS = [1, 2, 3, 4] as const;
export const HeadingLevelSchema = v.picklist(HEADING_LEVELS, 'is a heading without a level 1-4');

export const TitleBlockSchema = simple('title');
export const AddresseeBlockSchema = simple('addressee');
export const ParagraphBlockSchema = simple('paragraph');
export const HeadingBlockSchema = v.object(
  {
    type: v.literal('heading'),
    ...base,
    level: HeadingLevelSchema,
    /** A run-in heading (levels 2 and 3): the first sentence is the heading, the rest its body, in one paragraph (see run-in.ts). */
    runIn: v.optional(v.boolean('has a runIn that is not true or false')),
    /**
     * The number as typed in an imported or pasted text (e.g. （5）, 1、), kept
     * only when it differs from the computed number, so the format checker can
     * report it. The text never contains it; the computed number is shown.
     */
    typedNumber: v.optional(text('typedNumber')),
  },
  blockMessage(missing),
);
/** One item of the 附件说明: the attachment's name, without 附件： or its number. */
export const AttachmentBlockSchema = simple('attachment');
/**
 * An attachment (附件) as a document of its own: this block is its title; the
 * blocks after it, up to the next annex, are its content. Annexes follow the
 * main text (after the signature and date). Its label (附件1, or 附件 when
 * there is only one) is computed from its place, like a heading number.
 */
export const AnnexBlockSchema = simple('annex');
export const SignatureBlockSchema = simple('signature');
export const DateBlockSchema = simple('date');

const count = (what: string, min: number) => v.pipe(v.number(`has a ${what} that is not a whole number`), v.integer(`has a ${what} that is not a whole number`), v.minValue(min, `has a ${what} below ${min}`));

/**
 * One cell of a table: its paragraphs (at least one). A merged cell spans
 * `colSpan` columns and `rowSpan` rows from its top-left corner; the cells it
 * covers are not in the model (as in HTML). `align` is the text's alignment.
 */
export const TableCellSchema = v.object(
  {
    type: v.literal('table-cell'),
    children: v.pipe(v.array(ParagraphBlockSchema, 'has a cell without paragraphs'), v.minLength(1, 'has a cell without paragraphs')),
    colSpan: v.optional(count('colSpan', 1)),
    rowSpan: v.optional(count('rowSpan', 1)),
    align: v.optional(v.picklist(['left', 'center', 'right'], 'has a cell align that is not left, center or right')),
  },
  blockMessage({ children: 'has a cell without paragraphs' }),
);

/** A row of cells; a header row repeats at the top of each page the table runs onto. */
export const TableRowSchema = v.object(
  {
    type: v.literal('table-row'),
    children: v.pipe(v.array(TableCellSchema, 'has a row without cells'), v.minLength(1, 'has a row without cells')),
    header: v.optional(v.boolean('has a header that is not true or false')),
  },
  blockMessage({ children: 'has a row without cells' }),
);

/**
 * A table: rows of cells. `columns` are the relative widths of the grid's
 * columns (as the source had them; equal when absent), fitted to the text
 * width on export. `compact` sets the text one size smaller (4号).
 */
export const TableBlockSchema = v.object(
  {
    type: v.literal('table'),
    children: v.pipe(v.array(TableRowSchema, 'has a table without rows'), v.minLength(1, 'has a table without rows')),
    columns: v.optional(v.array(v.pipe(v.number('has a column width that is not a number'), v.minValue(0, 'has a negative column width')), 'has columns that are not a list')),
    compact: v.optional(v.boolean('has a compact that is not true or false')),
  },
  blockMessage({ children: 'has a table without rows' }),
);

export const PICTURE_TYPES = ['image/png', 'image/jpeg'] as const;

/** A picture's bytes, by reference: the SHA-256 of the bytes (hex), their type and pixel size. */
export const PictureRefSchema = v.object(
  {
    hash: v.pipe(v.string('has a picture without a hash'), v.regex(/^[0-9a-f]{64}$/u, 'has a picture hash that is not SHA-256 hex')),
    mime: v.picklist(PICTURE_TYPES, 'has a picture that is not PNG or JPEG'),
    width: count('picture width', 1),
    height: count('picture height', 1),
  },
  'has a picture that is not an object',
);

/**
 * A picture, centred; its text children are the caption below it (empty: no
 * caption). `width` is the display width in mm, at most the text width;
 * absent, the picture shows at its pixel size (96 dpi), scaled down to fit.
 */
export const ImageBlockSchema = v.object(
  {
    type: v.literal('image'),
    ...base,
    picture: PictureRefSchema,
    width: v.optional(v.pipe(v.number('has a picture width that is not a number'), v.minValue(1, 'has a picture width below 1 mm'))),
  },
  blockMessage({ children: 'has no text children', picture: 'has a picture that is not an object' }),
);

/** What an import could not bring over; kept where it was, with its text (if any) as the block's text. */
export const OMITTED_KINDS = ['textbox', 'footnote', 'endnote', 'comment', 'chart', 'smartart', 'object', 'equation', 'picture', 'other'] as const;
export const OmittedBlockSchema = v.object(
  { type: v.literal('omitted'), ...base, kind: v.picklist(OMITTED_KINDS, 'has an omitted kind that is unknown') },
  blockMessage({ ...missing, kind: 'has an omitted kind that is unknown' }),
);

export const ReportBlockSchema = v.variant(
  'type',
  [
    TitleBlockSchema,
    AddresseeBlockSchema,
    ParagraphBlockSchema,
    HeadingBlockSchema,
    AttachmentBlockSchema,
    AnnexBlockSchema,
    SignatureBlockSchema,
    DateBlockSchema,
    TableBlockSchema,
    ImageBlockSchema,
    OmittedBlockSchema,
  ],
  (issue) => (issue.path ? `has unknown type ${String(issue.input)}` : 'is not an object'),
);

export const ReportContentSchema = v.array(ReportBlockSchema, 'is not a list of blocks');

export type ReportText = v.InferOutput<typeof ReportTextSchema>;
export type HeadingLevel = v.InferOutput<typeof HeadingLevelSchema>;
export type TitleBlock = v.InferOutput<typeof TitleBlockSchema>;
export type AddresseeBlock = v.InferOutput<typeof AddresseeBlockSchema>;
export type ParagraphBlock = v.InferOutput<typeof ParagraphBlockSchema>;
export type HeadingBlock = v.InferOutput<typeof HeadingBlockSchema>;
export type AttachmentBlock = v.InferOutput<typeof AttachmentBlockSchema>;
export type AnnexBlock = v.InferOutput<typeof AnnexBlockSchema>;
export type SignatureBlock = v.InferOutput<typeof SignatureBlockSchema>;
export type DateBlock = v.InferOutput<typeof DateBlockSchema>;
export type TableCell = v.InferOutput<typeof TableCellSchema>;
export type TableRow = v.InferOutput<typeof TableRowSchema>;
export type TableBlock = v.InferOutput<typeof TableBlockSchema>;
export type PictureRef = v.InferOutput<typeof PictureRefSchema>;
export type PictureType = PictureRef['mime'];
export type ImageBlock = v.InferOutput<typeof ImageBlockSchema>;
export type OmittedKind = v.InferOutput<typeof OmittedBlockSchema>['kind'];
export type OmittedBlock = v.InferOutput<typeof OmittedBlockSchema>;
export type ReportBlock = v.InferOutput<typeof ReportBlockSchema>;
/** A block whose children are its text (every block but a table). */
export type TextBlock = Exclude<ReportBlock, TableBlock>;
export type BlockType = ReportBlock['type'];
export type ReportContent = ReportBlock[];

export const BLOCK_TYPES: readonly BlockType[] = ReportBlockSchema.options.map((o) => o.entries.type.literal);
