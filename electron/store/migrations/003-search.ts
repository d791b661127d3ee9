import type { Migration } from './types';

interface Row {
  id: string;
  content: string;
}

/** The text of each block; a row whose content is unreadable gets no text rather than failing the step. */
function texts(content: string): string[] {
  try {
    const blocks = JSON.parse(content) as { children?: { text?: unknown }[] }[];
    if (!Array.isArray(blocks)) return [];
    return blocks.map((b) => (Array.isArray(b?.children) ? b.children.map((c) => (typeof c?.text === 'string' ? c.text : '')).join('') : ''));
  } catch {
    return [];
  }
}

// Full-text search: the plain text of every block in draft_text (one row per
// block, so a save rewrites only the blocks it changed), indexed by an FTS5
// table with the trigram tokenizer (matches any 3+ characters, so Chinese
// needs no word segmentation), kept in sync by triggers.
export const search: Migration = {
  version: 3,
  name: 'full-text search',
  up(db) {
    db.exec(`
      CREATE TABLE draft_text (
        id INTEGER PRIMARY KEY,
        draft_id TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        text TEXT NOT NULL,
        UNIQUE (draft_id, idx)
      );
      CREATE VIRTUAL TABLE draft_text_fts USING fts5 (text, content = 'draft_text', content_rowid = 'id', tokenize = 'trigram');
      CREATE TRIGGER draft_text_ai AFTER INSERT ON draft_text BEGIN
        INSERT INTO draft_text_fts (rowid, text) VALUES (new.id, new.text);
      END;
      CREATE TRIGGER draft_text_ad AFTER DELETE ON draft_text BEGIN
        INSERT INTO draft_text_fts (draft_text_fts, rowid, text) VALUES ('delete', old.id, old.text);
      END;
      CREATE TRIGGER draft_text_au AFTER UPDATE ON draft_text BEGIN
        INSERT INTO draft_text_fts (draft_text_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO draft_text_fts (rowid, text) VALUES (new.id, new.text);
      END;
    `);
    const insert = db.prepare('INSERT INTO draft_text (draft_id, idx, text) VALUES (?, ?, ?)');
    for (const row of db.prepare<[], Row>('SELECT id, content FROM drafts').all()) {
      texts(row.content).forEach((text, idx) => insert.run(row.id, idx, text));
    }
  },
};
