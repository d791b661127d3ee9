// The request of every IPC channel, defined once: shared/ipc.ts takes the
// request types from here and electron/ipc/ checks each request with these
// schemas before a handler runs (the renderer is untrusted input). Object
// requests carry exactly these keys, own properties only: anything extra (a
// smuggled `path`, or `constructor`, `__proto__`) is refused.
import * as v from 'valibot';
import { PASTED_PICTURE_URL } from '../pictures';
import { ReportContentSchema } from './content';
import { IdSchema, TextFieldSchema } from './id';
import { SettingsPatchSchema, SortKeySchema } from './library';
import { DraftMetadataSchema, PartialMetadataSchema } from './metadata';

const MAX_IDS = 100_000;

const none = v.nullish(v.never('expected no arguments'), null);
const request = <E extends v.ObjectEntries>(entries: E) => v.strictObject(entries, 'is not an object');
const byId = request({ id: IdSchema });
const versionId = v.pipe(
  v.number('is not a version number'),
  v.safeInteger('is not a version number'),
  v.minValue(1, 'is not a version number'),
);
const byVersion = request({ versionId });

export const REQUEST_SCHEMAS = {
  'templates:list': none,
  'checks:words': none,
  'clipboard:read': none,
  'app:data-location': none,
  'drafts:list': none,
  'drafts:create': request({ template: IdSchema, metadata: PartialMetadataSchema }),
  'drafts:open': byId,
  'drafts:save': request({ id: IdSchema, content: ReportContentSchema }),
  'drafts:update-metadata': request({ id: IdSchema, metadata: DraftMetadataSchema }),
  'drafts:next-year': byId,
  'drafts:export-docx': byId,
  'drafts:export-pdf': byId,
  'drafts:import': none,
  'library:list': request({ sort: SortKeySchema, trash: v.boolean('is not true or false') }),
  'library:search': request({ query: TextFieldSchema }),
  'library:rename': request({ id: IdSchema, title: TextFieldSchema }),
  'library:duplicate': byId,
  'library:delete': byId,
  'library:restore': byId,
  'library:purge': byId,
  'library:notice': none,
  'library:export': request({ ids: v.nullable(v.pipe(v.array(IdSchema, 'is not a list of ids'), v.maxLength(MAX_IDS, 'is not a list of ids'))) }),
  'library:import': none,
  'versions:list': byId,
  'versions:get': byVersion,
  'versions:diff': byVersion,
  'versions:keep': request({ id: IdSchema, kind: v.picklist(['named', 'before-export'], 'is not named or before-export'), name: TextFieldSchema }),
  'versions:restore': byVersion,
  'backups:list': none,
  'backups:restore': request({ name: IdSchema }),
  'settings:get': none,
  'settings:set': SettingsPatchSchema,
  'pictures:get': request({ hash: v.pipe(v.string('is not a picture hash'), v.regex(/^[0-9a-f]{64}$/u, 'is not a picture hash')) }),
  // Base64 of at most a little over the 10 MB limit: the handler says what is too large, in Chinese.
  'pictures:add': request({ data: v.pipe(v.string('is not base64 text'), v.maxLength(16_000_000, 'is too long'), v.regex(/^[A-Za-z0-9+/]*={0,2}$/u, 'is not base64 text')) }),
  // A file: URL to a picture, as a paste's HTML names it; the handler reads it only if the clipboard names it too.
  'pictures:read-pasted': request({
    src: v.pipe(v.string('is not a picture file URL'), v.maxLength(4096, 'is too long'), v.regex(PASTED_PICTURE_URL, 'is not a file: URL to a picture')),
  }),
} as const;

export type Requests = { [C in keyof typeof REQUEST_SCHEMAS]: v.InferOutput<(typeof REQUEST_SCHEMAS)[C]> };
