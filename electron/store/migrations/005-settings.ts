import type { Migration } from './types';

// Settings of this computer's library, one JSON value per key (e.g. defaultFontProfile).
export const settings: Migration = {
  version: 5,
  name: 'settings',
  up(db) {
    db.exec('CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
  },
};
