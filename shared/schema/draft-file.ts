// The draft as a file (CLI, moving drafts around): the document model as JSON
// with a format name and version, so later versions can read older files.
import * as v from 'valibot';
import { ReportContentSchema } from './content';
import { DraftMetadataSchema } from './metadata';

export const DRAFT_FILE_FORMAT = 'gongwen-report-draft';
export const DRAFT_FILE_VERSION = 1;

/** What every version of the file starts with: which format, and which version of it. */
export const DraftFileHeaderSchema = v.object({
  format: v.literal(DRAFT_FILE_FORMAT),
  version: v.pipe(v.number('is not a whole number'), v.integer('is not a whole number'), v.minValue(1, 'is not a whole number')),
});

/** Fields are checked in this order; other fields (from newer minor changes) are ignored. */
export const DraftFileSchema = v.object({
  format: v.literal(DRAFT_FILE_FORMAT),
  version: v.literal(DRAFT_FILE_VERSION),
  content: ReportContentSchema,
  metadata: DraftMetadataSchema,
  title: v.string('is not text'),
  template: v.string('is not text'),
});

export type DraftFile = v.InferOutput<typeof DraftFileSchema>;
