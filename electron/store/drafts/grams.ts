// The search index's tokens: a block's text cut into runs of letters and
// digits (any script; punctuation and spaces end a run), lowercased, each run
// written as its overlapping pairs of characters plus its last character
// alone (法治政府 → 法治 治政 政府 府). Any substring of two or more
// characters is then a set of pairs every block holding it has, and one
// character is a pair or a last character beginning with it, so every query
// is an index lookup (FTS5, unicode61 over these tokens, detail=none: no
// positions kept, which keeps the index small); the hits are then checked
// against the text itself. Stored in the index since migration 7: changing
// the cut means re-indexing every library.

const RUN = /[\p{L}\p{N}\p{M}]+/gu;

const runsOf = (text: string): string[][] => [...text.toLowerCase().matchAll(RUN)].map((m) => [...m[0]]);

/** The tokens of a block's text, space-separated, for the index. */
export function grams(text: string): string {
  const out: string[] = [];
  for (const run of runsOf(text)) {
    for (let i = 0; i + 1 < run.length; i++) out.push(run[i]! + run[i + 1]!);
    out.push(run.at(-1)!);
  }
  return out.join(' ');
}

const quoted = (token: string) => `"${token.replace(/"/gu, '""')}"`;

/**
 * An FTS5 query that every block containing `term` matches (with, rarely,
 * blocks that hold its pairs apart: the caller checks the text); null when
 * the term has no letter or digit to look up.
 */
export function gramQuery(term: string): string | null {
  const runs = runsOf(term);
  if (runs.length === 0) return null;
  const parts = new Set<string>();
  runs.forEach((run, r) => {
    for (let i = 0; i + 1 < run.length; i++) parts.add(quoted(run[i]! + run[i + 1]!));
    const last = r === runs.length - 1;
    // A run the term ends inside the text may go on (a prefix); one it ends before punctuation ends there too.
    if (!last) parts.add(quoted(run.at(-1)!));
    else if (run.length === 1) parts.add(`${quoted(run[0]!)}*`);
  });
  return [...parts].join(' AND ');
}
