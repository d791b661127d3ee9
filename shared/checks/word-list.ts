// 常见误用词: the list is data (resources/checks/misused-words.json), bundled
// by the main process and sent to the renderer the way the templates are;
// shared code only validates it and compiles it for matching: one
// alternation of every wrong form, longest first, and each entry's context
// rules (when the word is NOT a slip) as regular expressions.

export type WordKind = 'typo' | 'usage' | 'term';
export const WORD_KINDS: readonly WordKind[] = ['typo', 'usage', 'term'];

export interface WordEntry {
  /** The form reviewers circle (布署). */
  wrong: string;
  /** What it should be (部署); the fix puts this in place of `wrong`. */
  right: string;
  /** 'typo' 错别字, 'usage' 用词不当, 'term' a fixed political phrase or the name of a law written wrong. */
  kind: WordKind;
  /** Why, in Chinese; shown with the finding. */
  note?: string;
  /** A slip only where the text before (ending at the word) or after (starting at it) matches: regular expressions. */
  before?: string;
  after?: string;
  /** Not a slip where the text before or after matches. */
  unlessBefore?: string;
  unlessAfter?: string;
  /** false where the replacement could change the meaning: no one-click fix. */
  fix?: boolean;
  /** A sentence with the slip in it. */
  slip: string;
  /** A sentence where the same characters are right as written; required where a context rule applies. */
  ok?: string;
}

export interface WordList {
  version: 1;
  entries: WordEntry[];
}

const CONTEXT_KEYS = ['before', 'after', 'unlessBefore', 'unlessAfter'] as const;
const TEXT_KEYS = ['wrong', 'right', 'slip'] as const;

function badPattern(source: unknown): string | null {
  if (typeof source !== 'string' || !source) return 'is not a regular expression';
  try {
    new RegExp(source, 'u');
    return null;
  } catch {
    return 'does not compile';
  }
}

/** Checks word-list data read from the bundle; returns a reason if it is malformed. */
export function validateWordList(value: unknown): string | null {
  const list = value as Partial<WordList> | null;
  if (!list || typeof list !== 'object' || list.version !== 1 || !Array.isArray(list.entries)) return 'word list is not { version: 1, entries: [...] }';
  for (const [i, e] of list.entries.entries()) {
    const at = `entry ${i}${typeof e?.wrong === 'string' ? ` (${e.wrong})` : ''}`;
    if (!e || typeof e !== 'object') return `${at} is not an object`;
    for (const key of TEXT_KEYS) if (typeof e[key] !== 'string' || !e[key]) return `${at}: ${key} is not text`;
    if (e.wrong === e.right) return `${at}: wrong and right are the same`;
    if (!WORD_KINDS.includes(e.kind)) return `${at}: kind is not typo, usage or term`;
    if (!e.slip.includes(e.wrong)) return `${at}: the slip example does not contain the word`;
    for (const key of CONTEXT_KEYS) {
      if (e[key] === undefined) continue;
      const reason = badPattern(e[key]);
      if (reason) return `${at}: ${key} ${reason}`;
    }
    const contextual = CONTEXT_KEYS.some((k) => e[k] !== undefined);
    if (contextual && (typeof e.ok !== 'string' || !e.ok.includes(e.wrong))) return `${at}: a context rule needs an ok example with the word in it`;
    if (e.note !== undefined && typeof e.note !== 'string') return `${at}: note is not text`;
    if (e.fix !== undefined && typeof e.fix !== 'boolean') return `${at}: fix is not true or false`;
  }
  return null;
}

export interface CompiledEntry {
  entry: WordEntry;
  before?: RegExp;
  after?: RegExp;
  unlessBefore?: RegExp;
  unlessAfter?: RegExp;
}

export interface CompiledWords {
  /** Any first character of a wrong form: where a scan need look. */
  firsts: RegExp;
  /** The wrong forms by their first character, longest first. */
  byFirst: ReadonlyMap<string, readonly string[]>;
  byWrong: ReadonlyMap<string, readonly CompiledEntry[]>;
  size: number;
}

/** The list ready for matching (compile once; the result is immutable). */
export function compileWordList(list: WordList): CompiledWords {
  const byWrong = new Map<string, CompiledEntry[]>();
  for (const entry of list.entries) {
    const c: CompiledEntry = { entry };
    for (const key of CONTEXT_KEYS) if (entry[key]) c[key] = new RegExp(entry[key]!, 'u');
    byWrong.set(entry.wrong, [...(byWrong.get(entry.wrong) ?? []), c]);
  }
  const byFirst = new Map<string, string[]>();
  for (const form of [...byWrong.keys()].sort((a, b) => b.length - a.length)) {
    const first = form[0]!;
    byFirst.set(first, [...(byFirst.get(first) ?? []), form]);
  }
  const chars = [...byFirst.keys()].map((c) => c.replace(/[\\\]^-]/gu, '\\$&')).join('');
  return { firsts: new RegExp(`[${chars}]`, 'gu'), byFirst, byWrong, size: list.entries.length };
}

/** Each listed word in the text that its context makes a slip, left to right, never overlapping. */
export function slipsIn(words: CompiledWords, text: string): { start: number; end: number; hit: CompiledEntry }[] {
  const out: { start: number; end: number; hit: CompiledEntry }[] = [];
  let from = 0;
  for (const m of text.matchAll(words.firsts)) {
    const i = m.index;
    if (i < from) continue;
    for (const form of words.byFirst.get(m[0])!) {
      if (!text.startsWith(form, i)) continue;
      const hit = slipAt(words, text, i, i + form.length);
      if (!hit) continue;
      out.push({ start: i, end: i + form.length, hit });
      from = i + form.length;
      break;
    }
  }
  return out;
}

/** How much text around a word its context rules see. */
export const BEFORE_WINDOW = 20;
export const AFTER_WINDOW = 40;

/** The entry that makes the word at [start, end) of the text a slip, or null when its context says it is right. */
export function slipAt(words: CompiledWords, text: string, start: number, end: number): CompiledEntry | null {
  const before = text.slice(Math.max(0, start - BEFORE_WINDOW), start);
  const after = text.slice(end, end + AFTER_WINDOW);
  for (const c of words.byWrong.get(text.slice(start, end)) ?? []) {
    if (c.before && !c.before.test(before)) continue;
    if (c.after && !c.after.test(after)) continue;
    if (c.unlessBefore?.test(before) || c.unlessAfter?.test(after)) continue;
    return c;
  }
  return null;
}
