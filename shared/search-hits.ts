// Search hits as text with match ranges (never HTML): the terms of a query,
// where they occur, and short snippets around them for the library list.
import type { Snippet, TextRange } from './library';

/** The words of a query: split on white space, without repeats. */
export function searchTerms(query: string): string[] {
  return [...new Set(query.split(/\s+/u).filter(Boolean))];
}

const fold = (s: string) => {
  const lower = s.toLowerCase();
  return lower.length === s.length ? lower : s;
};

/** Every occurrence of any term in text, case-insensitive, overlapping ones merged, in order. */
export function matchRanges(text: string, terms: readonly string[]): TextRange[] {
  const hay = fold(text);
  const found: TextRange[] = [];
  for (const term of terms) {
    const needle = fold(term);
    if (!needle) continue;
    for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + 1)) found.push([at, at + needle.length]);
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: TextRange[] = [];
  for (const r of found) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

export interface SnippetOptions {
  /** Characters kept before the first match of a paragraph. */
  before?: number;
  /** Length of a snippet (without the ellipses). */
  length?: number;
  /** Snippets at most. */
  max?: number;
}

/** One snippet per paragraph that matches (up to max), with … where the paragraph was cut. */
export function snippetsOf(paragraphs: readonly string[], terms: readonly string[], options: SnippetOptions = {}): Snippet[] {
  const { before = 16, length = 60, max = 3 } = options;
  const out: Snippet[] = [];
  for (const text of paragraphs) {
    if (out.length >= max) break;
    const ranges = matchRanges(text, terms);
    const first = ranges[0];
    if (!first) continue;
    const start = Math.max(0, first[0] - before);
    const end = Math.min(text.length, Math.max(start + length, first[1]));
    const lead = start > 0 ? '…' : '';
    const tail = end < text.length ? '…' : '';
    const shift = lead.length - start;
    out.push({
      text: lead + text.slice(start, end) + tail,
      ranges: ranges
        .filter(([s, e]) => s >= start && e <= end)
        .map(([s, e]): TextRange => [s + shift, e + shift]),
    });
  }
  return out;
}

/** Splits text at its ranges into plain and matched pieces, for rendering. */
export function splitByRanges(text: string, ranges: readonly TextRange[]): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  let at = 0;
  for (const [s, e] of ranges) {
    if (s > at) parts.push({ text: text.slice(at, s), match: false });
    if (e > s) parts.push({ text: text.slice(s, e), match: true });
    at = Math.max(at, e);
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}
