import { blockHash } from '../drafts/block-hash';
import { grams } from '../drafts/grams';
import type { Migration } from './types';

// Search that reads only what it finds, and stores the text once. The text
// of each block was kept twice beside the draft's own content (draft_text,
// and the trigram index built from it); now draft_blocks keeps, per block,
// only its position and a hash of its text (so a save re-indexes only the
// blocks it changed), and draft_search is a contentless FTS5 index of the
// blocks' character pairs (drafts/grams.ts) without positions: every query,
// two-character words included, is an index lookup. (File 008: 007 is taken
// by the pictures migration; the version is this one's place in the list.)
export const searchBigrams: Migration = {
  version: 8,
  name: 'search by character pairs, text stored once',
  up(db) {
    db.exec(`
      CREATE TABLE draft_blocks (
        id INTEGER PRIMARY KEY,
        draft_id TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        hash INTEGER NOT NULL,
        UNIQUE (draft_id, idx)
      );
      CREATE VIRTUAL TABLE draft_search USING fts5 (
        grams, content = '', contentless_delete = 1, detail = none, tokenize = 'unicode61 remove_diacritics 0'
      );
      CREATE TRIGGER draft_blocks_ad AFTER DELETE ON draft_blocks BEGIN
        DELETE FROM draft_search WHERE rowid = old.id;
      END;
    `);
    const block = db.prepare<[number, string, number, number]>('INSERT INTO draft_blocks (id, draft_id, idx, hash) VALUES (?, ?, ?, ?)');
    const index = db.prepare<[number, string]>('INSERT INTO draft_search (rowid, grams) VALUES (?, ?)');
    // In batches: a statement cannot write while another one's rows are being read.
    const batch = db.prepare<[number], { id: number; draftId: string; idx: number; text: string }>(
      'SELECT id, draft_id AS draftId, idx, text FROM draft_text WHERE id > ? ORDER BY id LIMIT 2000',
    );
    for (let rows = batch.all(0); rows.length > 0; rows = batch.all(rows.at(-1)!.id)) {
      for (const row of rows) {
        block.run(row.id, row.draftId, row.idx, blockHash(row.text));
        index.run(row.id, grams(row.text));
      }
    }
    db.exec(`
      DROP TABLE draft_text_fts;
      DROP TABLE draft_text;
      INSERT INTO draft_search (draft_search) VALUES ('optimize');
    `);
  },
};
