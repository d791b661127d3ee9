// The library as one file for moving between machines: JSON with a format
// name and version, holding drafts (回收站 included) with all their versions.
import * as v from 'valibot';
import { ReportContentSchema } from './content';
import { VersionKindSchema } from './library';
import { PicturesSchema } from './draft-file';
import { DraftMetadataSchema } from './metadata';

export const LIBRARY_FILE_FORMAT = 'gongwen-report-library';
/** Version 2 added the pictures drafts and versions show (`pictures`), version 3 attachments (`annex` blocks); older files read as they are. */
export const LIBRARY_FILE_VERSION = 3;
export const LIBRARY_FILE_EXTENSION = 'gwlib';

const text = v.string('is not text');
/** A time in any form Date.parse reads; the store normalises it on import. */
const time = v.pipe(v.string('is not a time'), v.check((s) => !Number.isNaN(Date.parse(s)), 'is not a time'));

const documentEntries = {
  title: text,
  metadata: DraftMetadataSchema,
  content: ReportContentSchema,
  created: time,
};

export const LibraryFileVersionSchema = v.object(
  { ...documentEntries, kind: VersionKindSchema, name: text },
  'is not an object',
);

export const LibraryFileDraftSchema = v.object(
  {
    ...documentEntries,
    /** Null for a draft that comes without one (a plain draft file): it is always added. */
    id: v.nullable(text),
    template: text,
    updated: time,
    deletedAt: v.nullable(time),
    versions: v.array(LibraryFileVersionSchema, 'is not a list'),
  },
  'is not an object',
);

export const LibraryFileHeaderSchema = v.object({
  format: v.literal(LIBRARY_FILE_FORMAT),
  version: v.pipe(v.number('is not a whole number'), v.integer('is not a whole number'), v.minValue(1, 'is not a whole number')),
});

export const LibraryFileSchema = v.object({
  format: v.literal(LIBRARY_FILE_FORMAT),
  version: v.union([v.literal(1), v.literal(2), v.literal(LIBRARY_FILE_VERSION)], 'is not a known version'),
  exported: v.fallback(v.string(), ''),
  drafts: v.array(LibraryFileDraftSchema, 'is not a list'),
  /** SHA-256 hex → the picture's bytes in base64, each picture once. */
  pictures: v.optional(PicturesSchema),
});

export type LibraryFileVersion = v.InferOutput<typeof LibraryFileVersionSchema>;
export type LibraryFileDraft = v.InferOutput<typeof LibraryFileDraftSchema>;
export type LibraryFile = v.InferOutput<typeof LibraryFileSchema>;
