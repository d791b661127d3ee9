// The draft as a file (CLI, moving drafts around): the document model as JSON
// with a format name and version, so later versions can read older files.
import * as v from 'valibot';
import { ReportContentSchema } from './content';
import { DraftMetadataSchema } from './metadata';

export const DRAFT_FILE_FORMAT = 'gongwen-report-draft';
/**
 * Version 2 added tables, pictures (`pictures`) and omitted-content blocks;
 * version 3 attachments as documents (`annex` blocks). Older files read, an
 * attachment appended after the date as paragraphs upgraded (shared/annexes.ts).
 */
export const DRAFT_FILE_VERSION = 3;

/** The pictures a draft's image blocks show: SHA-256 hex of the bytes → the bytes in base64. */
export const PicturesSchema = v.record(
  v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/u, 'has a picture key that is not SHA-256 hex')),
  v.pipe(v.string('is not base64 text'), v.regex(/^[A-Za-z0-9+/]*={0,2}$/u, 'is not base64 text')),
  'is not a map of pictures',
);

/** What every version of the file starts with: which format, and which version of it. */
export const DraftFileHeaderSchema = v.object({
  format: v.literal(DRAFT_FILE_FORMAT),
  version: v.pipe(v.number('is not a whole number'), v.integer('is not a whole number'), v.minValue(1, 'is not a whole number')),
});

/** Fields are checked in this order; other fields (from newer minor changes) are ignored. */
export const DraftFileSchema = v.object({
  format: v.literal(DRAFT_FILE_FORMAT),
  version: v.union([v.literal(1), v.literal(2), v.literal(DRAFT_FILE_VERSION)], 'is not a known version'),
  content: ReportContentSchema,
  pictures: v.optional(PicturesSchema),
  metadata: DraftMetadataSchema,
  title: v.string('is not text'),
  template: v.string('is not text'),
});

export type DraftFile = v.InferOutput<typeof DraftFileSchema>;
