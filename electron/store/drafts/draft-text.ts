// Keeps draft_text (and through its triggers the FTS5 index) in step with a
// draft's content: one row per block, keyed by the block's position. A save
// rewrites only the blocks between the unchanged start and the unchanged end
// of the draft; the blocks after an inserted or removed paragraph keep their
// rows (and their FTS entries) and only have their position moved, in one
// statement. So Enter near the top of a long report re-indexes one paragraph,
// not every paragraph below it.
import type { Database } from 'better-sqlite3';
import { blockText, type ReportContent } from '../../../shared/model';

export type TextIndexer = (draftId: string, content: ReportContent) => void;

/** Lengths of the common start and end of two lists; they never overlap. */
export function commonEnds(old: readonly string[], next: readonly string[]): { prefix: number; suffix: number } {
  const max = Math.min(old.length, next.length);
  let prefix = 0;
  while (prefix < max && old[prefix] === next[prefix]) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && old[old.length - 1 - suffix] === next[next.length - 1 - suffix]) suffix++;
  return { prefix, suffix };
}

export function draftTextIndexer(db: Database): TextIndexer {
  const select = db.prepare<[string], { idx: number; text: string }>('SELECT idx, text FROM draft_text WHERE draft_id = ? ORDER BY idx');
  const insert = db.prepare<[string, number, string]>('INSERT INTO draft_text (draft_id, idx, text) VALUES (?, ?, ?)');
  // Migration 006: the FTS trigger fires on UPDATE OF text only, so moving a row's idx leaves the index alone.
  const update = db.prepare<[string, string, number]>('UPDATE draft_text SET text = ? WHERE draft_id = ? AND idx = ?');
  const removeRange = db.prepare<[string, number, number]>('DELETE FROM draft_text WHERE draft_id = ? AND idx >= ? AND idx < ?');
  const removeAll = db.prepare<[string]>('DELETE FROM draft_text WHERE draft_id = ?');
  // (draft_id, idx) is UNIQUE and checked row by row, so the tail is moved out
  // of the way to negative positions first (-1 - new idx), then back.
  const parkTail = db.prepare<[number, string, number]>('UPDATE draft_text SET idx = -1 - (idx + ?) WHERE draft_id = ? AND idx >= ?');
  const unparkTail = db.prepare<[string]>('UPDATE draft_text SET idx = -1 - idx WHERE draft_id = ? AND idx < 0');

  return (draftId, content) => {
    const rows = select.all(draftId);
    const next = content.map(blockText);
    if (!rows.every((r, i) => r.idx === i)) {
      // Not one row per position (never written by this code): start again.
      removeAll.run(draftId);
      next.forEach((text, idx) => insert.run(draftId, idx, text));
      return;
    }
    const old = rows.map((r) => r.text);
    const { prefix, suffix } = commonEnds(old, next);
    const oldEnd = old.length - suffix;
    const newEnd = next.length - suffix;
    const shift = newEnd - oldEnd;
    if (shift !== 0 && suffix > 0) parkTail.run(shift, draftId, oldEnd);
    const overlap = Math.min(oldEnd, newEnd);
    for (let idx = prefix; idx < overlap; idx++) if (old[idx] !== next[idx]) update.run(next[idx]!, draftId, idx);
    if (oldEnd > newEnd) removeRange.run(draftId, newEnd, oldEnd);
    for (let idx = overlap; idx < newEnd; idx++) insert.run(draftId, idx, next[idx]!);
    if (shift !== 0 && suffix > 0) unparkTail.run(draftId);
  };
}
