import type { Migration } from './types';

// 回收站: a deleted draft keeps its row, stamped with when it was deleted.
export const trash: Migration = {
  version: 2,
  name: 'trash',
  up(db) {
    db.exec(`
      ALTER TABLE drafts ADD COLUMN deleted_at TEXT;
      CREATE INDEX drafts_deleted ON drafts (deleted_at);
    `);
  },
};
