// Character classes and helpers the rules share.
import { basisOf } from './basis';
import type { Finding, Fix } from './types';

/** A Han character (汉字), 〇 included. */
export const HAN = /[\p{Script=Han}〇]/u;
/** Full-width Chinese punctuation (GB/T 15834 marks as set in Chinese text). */
export const CN_PUNCT = /[，。、；：？！“”‘’（）《》〈〉〔〕【】—…·]/u;
/** Spaces of every kind a text picks up: ASCII, no-break, ideographic, tab. */
export const SPACE = /[ \t\u00a0\u3000\u2002-\u200a\u202f]/u;

export const isHan = (ch: string | undefined): boolean => ch !== undefined && HAN.test(ch);
export const isCnPunct = (ch: string | undefined): boolean => ch !== undefined && CN_PUNCT.test(ch);
/** A character that makes its neighbourhood Chinese text: a Han character or a Chinese mark. */
export const isChinese = (ch: string | undefined): boolean => isHan(ch) || isCnPunct(ch);
export const isAsciiWord = (ch: string | undefined): boolean => ch !== undefined && /[0-9A-Za-z]/u.test(ch);

/** The sentence-sized stretch around [start, end), for showing a finding. */
export function contextOf(text: string, start: number, end: number, radius = 12): string {
  const from = Math.max(0, start - radius);
  const to = Math.min(text.length, end + radius);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

/** A finding as a rule reports it: excerpt and context default to the text at start–end. */
export type FindingSpec = Omit<Finding, 'excerpt' | 'context'> & Partial<Pick<Finding, 'excerpt' | 'context'>>;

export function finding(text: string, spec: FindingSpec): Finding {
  const { fix, excerpt, context, evidence, ...rest } = spec;
  return {
    ...rest,
    excerpt: excerpt ?? text.slice(spec.start, spec.end),
    context: context ?? contextOf(text, spec.start, spec.end),
    ...(fix ? { fix } : {}),
    evidence: evidence ?? { basis: basisOf(spec.rule) },
  };
}

/** A fix replacing one stretch of one block's text. */
export function replaceFix(label: string, block: number, start: number, end: number, text: string): Fix {
  return { label, edits: [{ kind: 'text', block, start, end, text }] };
}

const URL_LIKE = /(?:https?|ftp):\/\/[^\s\p{Script=Han}，。；、“”（）《》]+|www\.[0-9A-Za-z.-]+(?:\/[^\s\p{Script=Han}，。；、“”（）《》]*)?|[0-9A-Za-z._%+-]+@[0-9A-Za-z.-]+\.[A-Za-z]{2,}/gu;

/** Stretches where Latin rules apply (web addresses, e-mail): [start, end) pairs. */
export function protectedSpans(text: string): [number, number][] {
  return [...text.matchAll(URL_LIKE)].map((m) => [m.index, m.index + m[0].length]);
}

export const inSpans = (spans: readonly [number, number][], i: number): boolean => spans.some(([a, b]) => i >= a && i < b);
