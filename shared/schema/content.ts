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
export const SignatureBlockSchema = simple('signature');
export const DateBlockSchema = simple('date');

export const ReportBlockSchema = v.variant(
  'type',
  [TitleBlockSchema, AddresseeBlockSchema, ParagraphBlockSchema, HeadingBlockSchema, AttachmentBlockSchema, SignatureBlockSchema, DateBlockSchema],
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
export type SignatureBlock = v.InferOutput<typeof SignatureBlockSchema>;
export type DateBlock = v.InferOutput<typeof DateBlockSchema>;
export type ReportBlock = v.InferOutput<typeof ReportBlockSchema>;
export type BlockType = ReportBlock['type'];
export type ReportContent = ReportBlock[];

export const BLOCK_TYPES: readonly BlockType[] = ReportBlockSchema.options.map((o) => o.entries.type.literal);
