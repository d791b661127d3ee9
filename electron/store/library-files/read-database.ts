// Reads the drafts and versions of another database file (a backup, or a
// damaged file being salvaged) as a library file, whatever its schema
// version. Opens it read-only and never writes to it.
import Sqlite, { type Database } from 'better-sqlite3';
import { rowToDraft, type DraftRow } from '../drafts/draft-row';
import { fileVersion, LIBRARY_FILE_FORMAT, LIBRARY_FILE_VERSION, type LibraryFile, type LibraryFileDraft, type StoredVersion } from './library-file';

type VersionRow = StoredVersion & { draft_id: string };

export interface ReadResult {
  library: LibraryFile;
  /** Rows that could not be read or were malformed (only when reading best-effort). */
  skipped: number;
}

function hasTable(db: Database, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

/**
 * Rows of a table in rowid order. Best-effort reading steps past pages that
 * fail to read (a damaged file), counting what it could not read.
 */
function* rows<T>(db: Database, sql: string, bestEffort: boolean, skip: () => void): Generator<T & { rowid: number }> {
  const stmt = db.prepare<[number], T & { rowid: number }>(`${sql} WHERE rowid > ? ORDER BY rowid`);
  let last = -1;
  let failures = 0;
  while (failures < 64) {
    try {
      for (const row of stmt.iterate(last)) {
        last = row.rowid;
        failures = 0;
        yield row;
      }
      return;
    } catch (error) {
      if (!bestEffort) throw error;
      skip();
      failures++;
      last += 2 ** Math.min(failures, 20);
    }
  }
}

export function readDatabaseFile(file: string, { bestEffort = false }: { bestEffort?: boolean } = {}): ReadResult {
  const db = new Sqlite(file, { readonly: true, fileMustExist: true });
  let skipped = 0;
  const skip = () => void skipped++;
  try {
    const columns = new Set((db.pragma('table_info(drafts)') as { name: string }[]).map((c) => c.name));
    const deleted = columns.has('deleted_at') ? 'deleted_at' : 'NULL AS deleted_at';
    const drafts = new Map<string, LibraryFileDraft>();
    for (const row of rows<DraftRow & { deleted_at: string | null }>(
      db,
      `SELECT rowid, id, title, template, metadata, content, created, updated, ${deleted} FROM drafts`,
      bestEffort,
      skip,
    )) {
      try {
        const d = rowToDraft(row);
        drafts.set(d.id, { ...d, deletedAt: row.deleted_at, versions: [] });
      } catch (error) {
        if (!bestEffort) throw error;
        skipped++;
      }
    }
    if (hasTable(db, 'versions')) {
      for (const v of rows<VersionRow>(db, 'SELECT rowid, draft_id, kind, name, title, metadata, content, created FROM versions', bestEffort, skip)) {
        const draft = drafts.get(v.draft_id);
        const version = fileVersion(v);
        if (draft && version) draft.versions.push(version);
        else skipped++;
      }
    }
    return {
      library: { format: LIBRARY_FILE_FORMAT, version: LIBRARY_FILE_VERSION, exported: new Date().toISOString(), drafts: [...drafts.values()] },
      skipped,
    };
  } finally {
    db.close();
  }
}
