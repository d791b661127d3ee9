// Keeps draft_text (and through its triggers the FTS5 index) in step with a
// draft's content: one row per block, and only changed blocks are rewritten,
// so a keystroke's save re-indexes one paragraph, not the whole report.
import type { Database } from 'better-sqlite3';
import { blockText, type ReportContent } from '../../shared/model';

export function draftTextIndexer(db: Database): (draftId: string, content: ReportContent) => void {
  const select = db.prepare<[string], { idx: number; text: string }>('SELECT idx, text FROM draft_text WHERE draft_id = ?');
  const insert = db.prepare<[string, number, string]>('INSERT INTO draft_text (draft_id, idx, text) VALUES (?, ?, ?)');
  const update = db.prepare<[string, string, number]>('UPDATE draft_text SET text = ? WHERE draft_id = ? AND idx = ?');
  const trim = db.prepare<[string, number]>('DELETE FROM draft_text WHERE draft_id = ? AND idx >= ?');
  return (draftId, content) => {
    const old = new Map(select.all(draftId).map((r) => [r.idx, r.text]));
    content.forEach((block, idx) => {
      const text = blockText(block);
      const was = old.get(idx);
      if (was === undefined) insert.run(draftId, idx, text);
      else if (was !== text) update.run(text, draftId, idx);
    });
    if (old.size > content.length) trim.run(draftId, content.length);
  };
}
