// Request validators for the library channels, built from the primitives of
// ipc-validate.ts (passed in, so the two modules do not import each other).
import type { Channel, RequestOf } from '../../shared/ipc';
import { SORT_KEYS, validateSettings, type Settings, type SortKey } from '../../shared/library';
import type { Check, Validator } from '../ipc-validate';

type LibraryChannel = Extract<Channel, `library:${string}` | `versions:${string}` | `backups:${string}` | `settings:${string}`>;

export interface ValidatorKit {
  none: Validator<null>;
  id: Validator<string>;
  text: Validator<string>;
  object: <T extends object>(fields: { [K in keyof T]-?: Validator<T[K]> }) => Validator<T>;
  optional: <T>(inner: Validator<T>) => Validator<T | undefined>;
}

const validator = <T>(check: Check): Validator<T> => ({ check });

const MAX_IDS = 100_000;

export function libraryValidators({ none, id, text, object, optional }: ValidatorKit): { [C in LibraryChannel]: Validator<RequestOf<C>> } {
  const versionId = validator<number>((v) => (typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? null : 'expected a version number'));
  const sort = validator<SortKey>((v) => (SORT_KEYS.includes(v as SortKey) ? null : 'expected a sort key'));
  const flag = validator<boolean>((v) => (typeof v === 'boolean' ? null : 'expected true or false'));
  const ids = validator<string[] | null>((v) => {
    if (v === null) return null;
    if (!Array.isArray(v) || v.length > MAX_IDS) return 'expected a list of ids';
    for (const x of v) {
      const reason = id.check(x);
      if (reason) return reason;
    }
    return null;
  });
  const versionKind = validator<'named' | 'before-export'>((v) => (v === 'named' || v === 'before-export' ? null : 'expected named or before-export'));
  const fontProfile = validator<Settings['defaultFontProfile']>((v) => validateSettings({ defaultFontProfile: v }));
  const byId = object<{ id: string }>({ id });
  const byVersion = object<{ versionId: number }>({ versionId });
  return {
    'library:list': object<RequestOf<'library:list'>>({ sort, trash: flag }),
    'library:search': object<RequestOf<'library:search'>>({ query: text }),
    'library:rename': object<RequestOf<'library:rename'>>({ id, title: text }),
    'library:duplicate': byId,
    'library:delete': byId,
    'library:restore': byId,
    'library:purge': byId,
    'library:notice': none,
    'library:export': object<RequestOf<'library:export'>>({ ids }),
    'library:import': none,
    'versions:list': byId,
    'versions:get': byVersion,
    'versions:diff': byVersion,
    'versions:keep': object<RequestOf<'versions:keep'>>({ id, kind: versionKind, name: text }),
    'versions:restore': byVersion,
    'backups:list': none,
    'backups:restore': object<RequestOf<'backups:restore'>>({ name: id }),
    'settings:get': none,
    'settings:set': object<RequestOf<'settings:set'>>({ defaultFontProfile: optional(fontProfile) }),
  };
}
