import type { Migration } from './types';

// Pictures the drafts show, once per content (SHA-256 of the bytes): drafts
// and versions refer to them by hash, so saving a draft never writes them again.
export const pictures: Migration = {
  version: 7,
  name: 'pictures',
  up(db) {
    db.exec('CREATE TABLE IF NOT EXISTS pictures (hash TEXT PRIMARY KEY, mime TEXT NOT NULL, width INTEGER NOT NULL, height INTEGER NOT NULL, bytes BLOB NOT NULL, added TEXT NOT NULL)');
  },
};
