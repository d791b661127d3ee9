// The library's own shapes that cross a boundary: sort keys and version kinds
// (IPC, library files) and the settings (IPC, the settings table).
import * as v from 'valibot';
import { FontProfileIdSchema } from './metadata';

export const SORT_KEYS = ['updated', 'created', 'title', 'deadline', 'year'] as const;
export const SortKeySchema = v.picklist(SORT_KEYS, 'is not a sort key');

export const VERSION_KINDS = ['named', 'auto', 'before-export', 'before-import', 'before-restore'] as const;
export const VersionKindSchema = v.picklist(VERSION_KINDS, (issue) => `is an unknown kind (${String(issue.input)})`);

export const SettingsSchema = v.strictObject(
  {
    /** The font profile a draft exports with when its own format names none. */
    defaultFontProfile: FontProfileIdSchema,
  },
  'is not an object',
);
/** Some settings, to change: every key given must be a setting with a valid value. */
export const SettingsPatchSchema = v.partial(SettingsSchema);

export type SortKey = v.InferOutput<typeof SortKeySchema>;
export type VersionKind = v.InferOutput<typeof VersionKindSchema>;
export type Settings = v.InferOutput<typeof SettingsSchema>;
