// Search over titles and text: words of three or more characters through the
// FTS5 trigram index, shorter ones by a scan of the block texts; a draft
// matches when every word occurs in it. Hits carry text and match ranges.
import type { Database } from 'better-sqlite3';
import type { SearchHit } from '../../../shared/library';
import { matchRanges, searchTerms, snippetsOf } from '../../../shared/search-hits';

const MAX_TERMS = 8;
const MAX_HITS = 50;

/** An FTS5 phrase: the term in double quotes, quotes inside doubled. */
export function ftsPhrase(term: string): string {
  return `"${term.replace(/"/gu, '""')}"`;
}

export function draftSearch(db: Database): (query: string) => SearchHit[] {
  const byIndex = db.prepare<[string], { draftId: string }>(
    `SELECT DISTINCT t.draft_id AS draftId FROM draft_text_fts f JOIN draft_text t ON t.id = f.rowid WHERE draft_text_fts MATCH ?`,
  );
  const byScan = db.prepare<[string], { draftId: string }>(
    'SELECT DISTINCT draft_id AS draftId FROM draft_text WHERE instr(lower(text), lower(?)) > 0',
  );
  const liveStmt = db.prepare<[], { id: string; title: string; updated: string }>(
    'SELECT id, title, updated FROM drafts WHERE deleted_at IS NULL ORDER BY updated DESC, id DESC',
  );
  // The library name is not always the printed title (重命名 keeps the text): it is searched too.
  const byName = db.prepare<[string], { draftId: string }>('SELECT id AS draftId FROM drafts WHERE instr(lower(title), lower(?)) > 0');
  const textsStmt = db.prepare<[string], { text: string }>('SELECT text FROM draft_text WHERE draft_id = ? ORDER BY idx');

  return (query) => {
    const terms = searchTerms(query).slice(0, MAX_TERMS);
    if (terms.length === 0) return [];
    let matching: Set<string> | null = null as Set<string> | null;
    for (const term of terms) {
      const rows = [...term].length >= 3 ? byIndex.all(ftsPhrase(term)) : byScan.all(term);
      const ids = new Set([...rows, ...byName.all(term)].map((r) => r.draftId));
      const before: Set<string> | null = matching;
      matching = before === null ? ids : new Set([...before].filter((id) => ids.has(id)));
      if (matching.size === 0) return [];
    }
    const hits: SearchHit[] = [];
    for (const d of liveStmt.all()) {
      if (!matching!.has(d.id)) continue;
      const titleRanges = matchRanges(d.title, terms);
      const body = textsStmt
        .all(d.id)
        .map((r) => r.text)
        .filter((t) => t && !d.title.includes(t));
      hits.push({ id: d.id, title: d.title, titleRanges, snippets: snippetsOf(body, terms), updated: d.updated });
      if (hits.length >= MAX_HITS) break;
    }
    // Title matches first; otherwise newest change first (the order above).
    return hits.sort((a, b) => Number(b.titleRanges.length > 0) - Number(a.titleRanges.length > 0));
  };
}
