// Keeps the search index (draft_blocks and draft_search, migration 7) in step
// with a draft's content: one entry per block, keyed by the block's position,
// holding a hash of its text and its character pairs in the index. A save
// re-indexes only the blocks between the unchanged start and the unchanged
// end of the draft; the blocks after an inserted or removed paragraph keep
// their entries and only have their position moved, in one statement. So
// Enter near the top of a long report re-indexes one paragraph, not every
// paragraph below it.
import type { Database } from 'better-sqlite3';
import { blockText, type ReportContent } from '../../../shared/model';
import { blockHash } from './block-hash';
import { grams } from './grams';

export type TextIndexer = (draftId: string, content: ReportContent) => void;

/** Lengths of the common start and end of two lists; they never overlap. */
export function commonEnds<T>(old: readonly T[], next: readonly T[]): { prefix: number; suffix: number } {
  const max = Math.min(old.length, next.length);
  let prefix = 0;
  while (prefix < max && old[prefix] === next[prefix]) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && old[old.length - 1 - suffix] === next[next.length - 1 - suffix]) suffix++;
  return { prefix, suffix };
}

export function draftTextIndexer(db: Database): TextIndexer {
  const select = db.prepare<[string], { id: number; idx: number; hash: number }>('SELECT id, idx, hash FROM draft_blocks WHERE draft_id = ? ORDER BY idx');
  const insert = db.prepare<[string, number, number]>('INSERT INTO draft_blocks (draft_id, idx, hash) VALUES (?, ?, ?)');
  const rehash = db.prepare<[number, number]>('UPDATE draft_blocks SET hash = ? WHERE id = ?');
  const index = db.prepare<[number | bigint, string]>('INSERT INTO draft_search (rowid, grams) VALUES (?, ?)');
  const unindex = db.prepare<[number]>('DELETE FROM draft_search WHERE rowid = ?');
  // The delete trigger of draft_blocks takes a removed block out of draft_search.
  const removeRange = db.prepare<[string, number, number]>('DELETE FROM draft_blocks WHERE draft_id = ? AND idx >= ? AND idx < ?');
  const removeAll = db.prepare<[string]>('DELETE FROM draft_blocks WHERE draft_id = ?');
  // (draft_id, idx) is UNIQUE and checked row by row, so the tail is moved out
  // of the way to negative positions first (-1 - new idx), then back.
  const parkTail = db.prepare<[number, string, number]>('UPDATE draft_blocks SET idx = -1 - (idx + ?) WHERE draft_id = ? AND idx >= ?');
  const unparkTail = db.prepare<[string]>('UPDATE draft_blocks SET idx = -1 - idx WHERE draft_id = ? AND idx < 0');

  const add = (draftId: string, idx: number, text: string, hash: number) => index.run(insert.run(draftId, idx, hash).lastInsertRowid, grams(text));

  return (draftId, content) => {
    const rows = select.all(draftId);
    const texts = content.map(blockText);
    const next = texts.map(blockHash);
    if (!rows.every((r, i) => r.idx === i)) {
      // Not one row per position (never written by this code): start again.
      removeAll.run(draftId);
      texts.forEach((text, idx) => add(draftId, idx, text, next[idx]!));
      return;
    }
    const old = rows.map((r) => r.hash);
    const { prefix, suffix } = commonEnds(old, next);
    const oldEnd = old.length - suffix;
    const newEnd = next.length - suffix;
    const shift = newEnd - oldEnd;
    if (shift !== 0 && suffix > 0) parkTail.run(shift, draftId, oldEnd);
    const overlap = Math.min(oldEnd, newEnd);
    for (let idx = prefix; idx < overlap; idx++) {
      if (old[idx] === next[idx]) continue;
      const { id } = rows[idx]!;
      rehash.run(next[idx]!, id);
      unindex.run(id);
      index.run(id, grams(texts[idx]!));
    }
    if (oldEnd > newEnd) removeRange.run(draftId, newEnd, oldEnd);
    for (let idx = overlap; idx < newEnd; idx++) add(draftId, idx, texts[idx]!, next[idx]!);
    if (shift !== 0 && suffix > 0) unparkTail.run(draftId);
  };
}
