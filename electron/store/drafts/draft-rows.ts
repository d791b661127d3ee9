// The SQL for drafts rows, in one place: reading a whole row, adding a draft,
// rewriting its text. Every write of a draft's content goes through here and
// re-indexes its text for search in the same call, so no write path can leave
// the search index behind.
import type { Database } from 'better-sqlite3';
import type { Draft } from '../../../shared/ipc';
import type { DraftMetadata, ReportContent } from '../../../shared/model';
import type { DraftRow } from './draft-row';
import { draftTextIndexer } from './draft-text';

/** A drafts row as stored, 回收站 mark included. */
export interface StoredRow extends DraftRow {
  deleted_at: string | null;
}

/** A draft to insert, with its 回收站 mark when it arrives in the bin. */
export type NewRow = Draft & { deletedAt?: string | null };

export interface RowWrite {
  title: string;
  content: ReportContent;
  updated: string;
  /** JSON text of new metadata; the stored metadata stays when omitted. */
  metadata?: string;
  /** The new 回收站 mark; the stored one stays when omitted. */
  deletedAt?: string | null;
}

export interface DraftRows {
  get(id: string): StoredRow | undefined;
  /** Every draft, 回收站 included, oldest first. */
  all(): StoredRow[];
  /** The latest `updated` of any draft. */
  lastUpdated(): string | null;
  /** Adds a draft and indexes its text. */
  insert(row: NewRow): void;
  /** Rewrites title and content (and what else is given) and re-indexes; the content JSON, or null when there is no such draft. */
  write(id: string, w: RowWrite): string | null;
  /** Rewrites the metadata; false when there is no such draft. */
  writeMetadata(id: string, metadata: DraftMetadata, updated: string): boolean;
  /** Sets or clears the 回收站 mark; false when there is no such draft. */
  setDeleted(id: string, at: string | null): boolean;
}

const COLUMNS = 'id, title, template, metadata, content, created, updated, deleted_at';

export function draftRows(db: Database): DraftRows {
  const indexText = draftTextIndexer(db);
  const getStmt = db.prepare<[string], StoredRow>(`SELECT ${COLUMNS} FROM drafts WHERE id = ?`);
  const allStmt = db.prepare<[], StoredRow>(`SELECT ${COLUMNS} FROM drafts ORDER BY created, id`);
  const lastStmt = db.prepare<[], { last: string | null }>('SELECT MAX(updated) AS last FROM drafts');
  const insertStmt = db.prepare<[StoredRow]>(
    `INSERT INTO drafts (${COLUMNS}) VALUES (@id, @title, @template, @metadata, @content, @created, @updated, @deleted_at)`,
  );
  const writeStmt = db.prepare<{ id: string; title: string; content: string; updated: string; metadata: string | null; setDeleted: number; deletedAt: string | null }>(
    `UPDATE drafts SET title = @title, content = @content, updated = @updated, metadata = COALESCE(@metadata, metadata),
       deleted_at = CASE WHEN @setDeleted THEN @deletedAt ELSE deleted_at END
     WHERE id = @id`,
  );
  const metadataStmt = db.prepare<{ id: string; metadata: string; updated: string }>('UPDATE drafts SET metadata = @metadata, updated = @updated WHERE id = @id');
  const deletedStmt = db.prepare<[string | null, string]>('UPDATE drafts SET deleted_at = ? WHERE id = ?');

  return {
    get: (id) => getStmt.get(id),
    all: () => allStmt.all(),
    lastUpdated: () => lastStmt.get()?.last ?? null,
    insert(r) {
      const { id, title, template, created, updated } = r;
      insertStmt.run({ id, title, template, metadata: JSON.stringify(r.metadata), content: JSON.stringify(r.content), created, updated, deleted_at: r.deletedAt ?? null });
      indexText(r.id, r.content);
    },
    write(id, w) {
      const content = JSON.stringify(w.content);
      const row = { id, title: w.title, content, updated: w.updated, metadata: w.metadata ?? null, setDeleted: w.deletedAt === undefined ? 0 : 1, deletedAt: w.deletedAt ?? null };
      if (writeStmt.run(row).changes === 0) return null;
      indexText(id, w.content);
      return content;
    },
    writeMetadata: (id, metadata, updated) => metadataStmt.run({ id, metadata: JSON.stringify(metadata), updated }).changes > 0,
    setDeleted: (id, at) => deletedStmt.run(at, id).changes > 0,
  };
}
