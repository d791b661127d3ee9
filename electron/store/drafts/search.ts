// Search over titles and text: each word looked up in the index of character
// pairs (grams.ts; two-character words too, nothing is scanned), a draft
// matching when every word occurs in it. Only the drafts the index returned
// are read, newest first, and only until MAX_HITS are found: each is checked
// against its text (the index, keeping no positions, may return a block that
// holds a word's pairs apart) and gets its match ranges and snippets.
import type { Database } from 'better-sqlite3';
import type { SearchHit } from '../../../shared/library';
import { blockText, type ReportBlock } from '../../../shared/model';
import { matchRanges, searchTerms, snippetsOf } from '../../../shared/search-hits';
import { gramQuery } from './grams';

const MAX_TERMS = 8;
const MAX_HITS = 50;

/** The blocks' texts of stored content; null when the JSON is unreadable (a damaged row is not a hit). */
function blockTexts(json: string): string[] | null {
  try {
    const blocks = JSON.parse(json) as ReportBlock[];
    return Array.isArray(blocks) ? blocks.map((b) => (Array.isArray(b?.children) ? blockText(b) : '')) : null;
  } catch {
    return null;
  }
}

export function draftSearch(db: Database): (query: string) => SearchHit[] {
  const byIndex = db.prepare<[string], string>(
    'SELECT DISTINCT b.draft_id FROM draft_search JOIN draft_blocks b ON b.id = draft_search.rowid WHERE draft_search MATCH ?',
  );
  byIndex.pluck();
  const allLive = db.prepare<[], { id: string; title: string; updated: string }>(
    'SELECT id, title, updated FROM drafts WHERE deleted_at IS NULL ORDER BY updated DESC, id DESC',
  );
  const contentOf = db.prepare<[string], string>('SELECT content FROM drafts WHERE id = ?');
  contentOf.pluck();

  /** The drafts holding every word's pairs; null when no word can be looked up (punctuation only). */
  const candidates = (terms: readonly string[]): Set<string> | null => {
    let matching = null as Set<string> | null;
    for (const term of terms) {
      const q = gramQuery(term);
      if (q === null) continue;
      const ids = new Set([...byIndex.all(q), ...byName.all(term)]);
      const before: Set<string> | null = matching;
      matching = before === null ? ids : new Set([...before].filter((id) => ids.has(id)));
      if (matching.size === 0) break;
    }
    return matching;
  };
  // The library name is not always the printed title (重命名 keeps the text): it is searched too.
  const byName = db.prepare<[string], string>('SELECT id FROM drafts WHERE instr(lower(title), lower(?)) > 0');
  byName.pluck();

  return (query) => {
    const terms = searchTerms(query).slice(0, MAX_TERMS);
    if (terms.length === 0) return [];
    const ids = candidates(terms);
    if (ids?.size === 0) return [];
    // Filtered here: an IN (json_each(...)) of thousands of ids costs SQLite far more than the list itself.
    const drafts = ids ? allLive.all().filter((d) => ids.has(d.id)) : allLive.all();
    const hits: SearchHit[] = [];
    for (const d of drafts) {
      const texts = blockTexts(contentOf.get(d.id) ?? '');
      const has = (t: string) => matchRanges(d.title, [t]).length > 0 || texts!.some((text) => matchRanges(text, [t]).length > 0);
      if (!texts || !terms.every(has)) continue;
      const titleRanges = matchRanges(d.title, terms);
      const body = texts.filter((t) => t && !d.title.includes(t));
      hits.push({ id: d.id, title: d.title, titleRanges, snippets: snippetsOf(body, terms), updated: d.updated });
      if (hits.length >= MAX_HITS) break;
    }
    // Title matches first; otherwise newest change first (the order above).
    return hits.sort((a, b) => Number(b.titleRanges.length > 0) - Number(a.titleRanges.length > 0));
  };
}
