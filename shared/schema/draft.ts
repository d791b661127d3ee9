// A draft as the store keeps it and the renderer opens it.
import * as v from 'valibot';
import { ReportContentSchema } from './content';
import { DraftMetadataSchema } from './metadata';

const text = v.string('is not text');

export const DraftSchema = v.object({
  id: text,
  title: text,
  template: text,
  metadata: DraftMetadataSchema,
  content: ReportContentSchema,
  /** ISO 8601 UTC stamps with milliseconds, which sort as text. */
  created: text,
  updated: text,
});

export type Draft = v.InferOutput<typeof DraftSchema>;
export type DraftSummary = Pick<Draft, 'id' | 'title' | 'template' | 'created' | 'updated'>;
