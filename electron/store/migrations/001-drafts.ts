import type { Migration } from './types';

// metadata and content are JSON; created and updated are ISO 8601 UTC with
// milliseconds (fixed width, so text order is time order).
export const draftsTable: Migration = {
  version: 1,
  name: 'drafts table',
  up(db) {
    db.exec(`
      CREATE TABLE drafts (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        template TEXT NOT NULL,
        metadata TEXT NOT NULL,
        content TEXT NOT NULL,
        created TEXT NOT NULL,
        updated TEXT NOT NULL
      );
      CREATE INDEX drafts_updated ON drafts (updated);
    `);
  },
};
