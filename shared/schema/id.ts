// The identifier rule: what a draft id or a backup name may be. The IPC
// requests name drafts by it, and a draft arriving from a file with an id
// outside it is given a new one, so every stored draft can be named.
import * as v from 'valibot';

/** Longest text accepted in a single field (an id, a template name, a unit's name). */
export const MAX_FIELD_LENGTH = 1000;

export const TextFieldSchema = v.pipe(v.string('is not text'), v.maxLength(MAX_FIELD_LENGTH, 'is too long'));

/** An identifier: non-empty text of letters, digits and . _ : - only. */
export const IdSchema = v.pipe(TextFieldSchema, v.regex(/^[\p{L}\p{N}._:-]+$/u, 'is not an identifier'));

export function isId(value: unknown): value is string {
  return v.is(IdSchema, value);
}
