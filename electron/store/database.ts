// Opens the drafts database in the data folder, safely configured and migrated.
import path from 'node:path';
import Sqlite, { type Database } from 'better-sqlite3';
import { makeFolder } from '../fs/make-folder';
import { assertKnownVersion, migrate } from './migrate';
import { storageError } from './storage-errors';

export const DATABASE_FILE = 'drafts.sqlite3';
const BUSY_TIMEOUT_MS = 5000;

export interface OpenOptions {
  /** How long to wait for another connection's lock before giving up. */
  busyTimeoutMs?: number;
}

/**
 * Creates dataDir if missing and opens `<dataDir>/drafts.sqlite3` with WAL,
 * synchronous FULL and foreign keys on, then migrates it. Failures become
 * UserFacingError; the file is never deleted or altered on failure.
 */
export function openDatabase(dataDir: string, { busyTimeoutMs = BUSY_TIMEOUT_MS }: OpenOptions = {}): Database {
  const file = path.join(dataDir, DATABASE_FILE);
  let db: Database | undefined;
  try {
    makeFolder(dataDir);
    db = new Sqlite(file, { timeout: busyTimeoutMs });
    db.pragma(`busy_timeout = ${Math.floor(busyTimeoutMs)}`);
    // Read the header before changing anything: a foreign or too-new file
    // must be refused byte-identical (switching to WAL rewrites the header).
    assertKnownVersion(db);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db);
    return db;
  } catch (err) {
    db?.close();
    throw storageError(err, file, dataDir);
  }
}
