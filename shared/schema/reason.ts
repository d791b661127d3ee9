// Checking a value against a schema, with the reason it fails in one line a
// message can carry: the place (block 3, metadata.year) and what is wrong.
// Each boundary wraps the reason in its own Chinese sentence.
import * as v from 'valibot';

type Issue = v.BaseIssue<unknown>;

/** How to name where an issue is: the root's name, and how many leading path keys to leave out (the caller names them). */
export interface Where {
  root?: string;
  from?: number;
}

/** Where an issue is: its path's keys from `from` on, the root's name first when given. */
function keysOf(issue: Issue, { root, from = 0 }: Where): (string | number)[] {
  const keys = (issue.path ?? []).slice(from).map((p) => p.key as string | number);
  return root === undefined ? keys : [root, ...keys];
}

/**
 * The issue as `subject predicate`: metadata.year is not a whole number;
 * content block 3 has a child without text (a block's own messages say what
 * is wrong inside it); metadata has unexpected field exportPath; id is missing.
 */
export function issueReason(issue: Issue, where: Where = {}): string {
  const keys = keysOf(issue, where);
  const keyIssue = issue.path?.at(-1)?.origin === 'key';
  const unexpected = keyIssue && issue.expected === 'never';
  const subjectKeys = unexpected ? keys.slice(0, -1) : keys;
  const block = subjectKeys.findIndex((k, i) => typeof k === 'number' && subjectKeys[i - 1] === 'content');
  const subject =
    block < 0 ? subjectKeys.join('.') : `${subjectKeys.slice(0, block).join('.')} block ${String(subjectKeys[block])}`.trim();
  const predicate = unexpected ? `unexpected field ${String(keys.at(-1))}` : keyIssue && block < 0 ? 'is missing' : issue.message;
  if (!subject) return predicate;
  return unexpected ? `${subject} has ${predicate}` : `${subject} ${predicate}`;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string; issue: Issue };

/** Parses `value`; on failure, the first issue and its reason (see issueReason). */
export function check<S extends v.GenericSchema>(schema: S, value: unknown, root?: string): Checked<v.InferOutput<S>> {
  const result = v.safeParse(schema, value, { abortEarly: true });
  if (result.success) return { ok: true, value: result.output };
  const issue = result.issues[0];
  return { ok: false, reason: issueReason(issue, { root }), issue };
}

/** Null when `value` fits the schema; otherwise why not. */
export function reasonOf(schema: v.GenericSchema, value: unknown, root?: string): string | null {
  const result = check(schema, value, root);
  return result.ok ? null : result.reason;
}

/** The top-level key an issue is under (which part of a file or request is wrong), if any. */
export function topKey(issue: Issue): string | undefined {
  const key = issue.path?.[0]?.key;
  return typeof key === 'string' ? key : undefined;
}
