import type { Migration } from './types';

// The search index follows a block's text, not its position: the FTS trigger
// of draft_text fires only when text changes, so moving the rows after an
// inserted or removed paragraph (a change of idx) does not re-index them.
export const textTrigger: Migration = {
  version: 6,
  name: 'search trigger on text only',
  up(db) {
    db.exec(`
      DROP TRIGGER draft_text_au;
      CREATE TRIGGER draft_text_au AFTER UPDATE OF text ON draft_text BEGIN
        INSERT INTO draft_text_fts (draft_text_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO draft_text_fts (rowid, text) VALUES (new.id, new.text);
      END;
    `);
  },
};
