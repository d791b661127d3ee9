import type { Migration } from './types';

// 历史版本: whole copies of a draft (title, metadata and content as JSON),
// named by the clerk or kept automatically; they go with the draft when it is
// purged from 回收站.
export const versions: Migration = {
  version: 4,
  name: 'versions',
  up(db) {
    db.exec(`
      CREATE TABLE versions (
        id INTEGER PRIMARY KEY,
        draft_id TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('named', 'auto', 'before-export', 'before-import', 'before-restore')),
        name TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL,
        metadata TEXT NOT NULL,
        content TEXT NOT NULL,
        chars INTEGER NOT NULL,
        created TEXT NOT NULL
      );
      CREATE INDEX versions_draft ON versions (draft_id, created);
    `);
  },
};
