// Argument validation for every IPC channel, applied by ipc-main.ts before a
// handler runs: the renderer is untrusted input. One validator per channel,
// typed against the contract, so a channel added to shared/ipc.ts without a
// validator here fails the typecheck. Object requests must carry exactly the
// contract's keys: anything extra (a smuggled `path`, say) is refused.
import type { Channel, RequestOf } from '../shared/ipc';
import { validateContent, validateMetadata, type DraftMetadata, type ReportContent } from '../shared/model';
import { libraryValidators } from './handlers/library-validate';

/** Returns why a value is not acceptable, or null when it is. */
export type Check = (value: unknown) => string | null;

/**
 * A check tagged with the type it accepts. The tag is invariant, so a
 * validator for `string` is not accepted where `string | undefined` (an
 * optional key) is expected, nor the other way round.
 */
export interface Validator<T> {
  readonly check: Check;
  readonly _accepts?: (value: T) => T;
}

const validator = <T>(check: Check): Validator<T> => ({ check });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Longest text accepted in a single field (an id, a template name, a unit's name). */
export const MAX_FIELD_LENGTH = 1000;

export const none = validator<null>((v) => (v === null || v === undefined ? null : 'expected no arguments'));

export const text = validator<string>((v) =>
  typeof v !== 'string' ? 'expected text' : v.length > MAX_FIELD_LENGTH ? 'text is too long' : null,
);

/** An identifier: non-empty text of printable characters. */
export const id = validator<string>((v) => {
  const reason = text.check(v);
  if (reason) return reason;
  return /^[\p{L}\p{N}._:-]+$/u.test(v as string) ? null : 'expected an identifier';
});

export function optional<T>(inner: Validator<T>): Validator<T | undefined> {
  return validator((v) => (v === undefined ? null : inner.check(v)));
}

/** An object with exactly these keys (optional ones may be absent), each checked. */
export function object<T extends object>(fields: { [K in keyof T]-?: Validator<T[K]> }): Validator<T> {
  const entries = Object.entries(fields) as [string, Validator<unknown>][];
  return validator((v) => {
    if (!isRecord(v)) return 'expected an object';
    for (const key of Object.keys(v)) if (!(key in fields)) return `unexpected field ${key}`;
    for (const [key, field] of entries) {
      const reason = field.check(v[key]);
      if (reason) return `${key}: ${reason}`;
    }
    return null;
  });
}

export const content = validator<ReportContent>(validateContent);

/** Every key of DraftMetadata: adding one to the model fails the typecheck until it is listed here. */
const METADATA_KEYS = {
  unit: true,
  unitShort: true,
  year: true,
  addressee: true,
  signature: true,
  date: true,
  format: true,
  deadlines: true,
} as const satisfies Record<keyof DraftMetadata, true>;

function unknownMetadataKey(value: Record<string, unknown>): string | null {
  const extra = Object.keys(value).find((key) => !(key in METADATA_KEYS));
  return extra === undefined ? null : `unexpected field ${extra}`;
}

export const metadata = validator<DraftMetadata>((v) => {
  if (!isRecord(v)) return 'expected an object';
  return unknownMetadataKey(v) ?? validateMetadata(v);
});

/** A complete, valid metadata the given fields are laid over, so the model's validator checks each of them. */
const METADATA_BASE: DraftMetadata = { unit: '', unitShort: '', year: 2000, addressee: '', signature: '', date: '2000-01-01' };

export const partialMetadata = validator<Partial<DraftMetadata>>((v) => {
  if (!isRecord(v)) return 'expected an object';
  const defined = Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined));
  return unknownMetadataKey(v) ?? validateMetadata({ ...METADATA_BASE, ...defined });
});

/** One validator per channel of the contract. */
export const REQUEST_VALIDATORS: { [C in Channel]: Validator<RequestOf<C>> } = {
  'templates:list': none,
  'drafts:list': none,
  'drafts:create': object<RequestOf<'drafts:create'>>({ template: id, metadata: partialMetadata }),
  'drafts:open': object<RequestOf<'drafts:open'>>({ id }),
  'drafts:save': object<RequestOf<'drafts:save'>>({ id, content }),
  'drafts:update-metadata': object<RequestOf<'drafts:update-metadata'>>({ id, metadata }),
  'drafts:next-year': object<RequestOf<'drafts:next-year'>>({ id }),
  'drafts:export-docx': object<RequestOf<'drafts:export-docx'>>({ id }),
  'drafts:import': none,
  ...libraryValidators({ none, id, text, object, optional }),
};

/** Why a request on this channel is refused, or null to let it through. */
export function validateRequest(channel: Channel, request: unknown): string | null {
  const v = REQUEST_VALIDATORS[channel] as Validator<unknown> | undefined;
  return v ? v.check(request) : `no validator for channel ${channel}`;
}

// File paths come only from dialogs in the main process (HandlerDeps'
// choose*Path): no request may name one. This fails to compile if a channel's
// request gains a key that looks like a path.
type PathWord = 'path' | 'file' | 'dir' | 'folder' | 'directory';
type PathLikeKey = PathWord | `${PathWord}${Capitalize<string>}` | `${string}${Capitalize<PathWord>}${string}`;
type RequestKey = { [C in Channel]: RequestOf<C> extends object ? keyof RequestOf<C> & string : never }[Channel];
type PathKeysInRequests = Extract<RequestKey, PathLikeKey>;
const _noPathInRequests: [PathKeysInRequests] extends [never] ? true : PathKeysInRequests = true;
void _noPathInRequests;
