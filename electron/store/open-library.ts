// Opening the library the way the program and the CLI do: check the file
// (PRAGMA quick_check); recover a damaged one from the newest good backup;
// back up before any migration; open and migrate; make the day's backup.
import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import type { OpenNotice } from '../../shared/library';
import { UserFacingError } from '../../shared/result';
import { backupDir, backupFileName, sweepStaleBackupFiles, writeBackup } from './safety/backups';
import { DATABASE_FILE, type OpenOptions } from './database';
import { openDraftStore } from './draft-store';
import { openReadOnlyCopy, READ_ONLY_NOTICE } from './read-only-library';
import { classifyDatabasePath, mayHoldDrafts } from './safety/database-path';
import { checkDatabaseFile } from './safety/integrity';
import { userVersion } from './migrate';
import { MIGRATIONS } from './migrations';
import { readDatabaseFile } from './library-files/read-database';
import { recoverDamagedDatabase, recoveryFailedMessage, recoveryMessage, type Recovery } from './safety/recovery';
import { storageError, UNTOUCHED } from './storage-errors';
import type { DraftStore } from './types';

export interface OpenedLibrary {
  store: DraftStore;
  /** What the clerk must be told (a recovery); null when opening was uneventful. */
  notice: OpenNotice | null;
}

export interface LibraryOpenOptions extends OpenOptions {
  now?: () => Date;
}

/** The damage found at the path or by quick_check, or null (also when the file cannot be checked for other reasons: opening will say why). */
function damage(dataDir: string, file: string): string | null {
  const entry = classifyDatabasePath(dataDir);
  if (entry.kind === 'damaged') return entry.problem;
  if (entry.kind === 'absent') return null;
  try {
    return checkDatabaseFile(file);
  } catch {
    return null;
  }
}

/** A backup with the online backup API before a pending migration changes an existing database. */
async function backupBeforeMigration(dataDir: string, now: Date): Promise<void> {
  const file = path.join(dataDir, DATABASE_FILE);
  if (!fs.existsSync(file)) return;
  const db = new Sqlite(file, { readonly: true, fileMustExist: true });
  try {
    const version = userVersion(db);
    if (version === 0 || version >= MIGRATIONS.length) return;
    fs.mkdirSync(backupDir(dataDir), { recursive: true });
    await writeBackup(db, path.join(backupDir(dataDir), backupFileName('before-migration', now)));
  } finally {
    db.close();
  }
}

/** Drafts in the damaged file that are newer than (or missing from) the restored library, brought in best-effort. */
function salvage(store: DraftStore, recovery: Recovery): number {
  try {
    if (!mayHoldDrafts(recovery.damagedFile)) return 0;
    const { library } = readDatabaseFile(recovery.damagedFile, { bestEffort: true });
    const current = new Map(store.library.entries({ trash: false }).concat(store.library.entries({ trash: true })).map((e) => [e.id, e.updated]));
    const newer = library.drafts.filter((d) => d.id !== null && (current.get(d.id) ?? '') < d.updated);
    if (newer.length === 0) return 0;
    const report = store.files.import({ ...library, drafts: newer }, 'before-restore');
    return report.added + report.replaced;
  } catch {
    return 0;
  }
}

/** On a full disk: the library read-only, with a notice saying so and what to free; else the disk-full error itself. */
function readOnlyOrThrow(dataDir: string, now: () => Date, diskFull: UserFacingError): OpenedLibrary {
  const store = openReadOnlyCopy(dataDir, now);
  if (!store) throw diskFull;
  return { store, notice: { kind: 'read-only', message: `${diskFull.message}${READ_ONLY_NOTICE}` } };
}

export async function openLibrary(dataDir: string, options: LibraryOpenOptions = {}): Promise<OpenedLibrary> {
  const now = options.now ?? (() => new Date());
  const file = path.join(dataDir, DATABASE_FILE);
  sweepStaleBackupFiles(dataDir, now());
  let recovery: Recovery | null = null;
  const problem = damage(dataDir, file);
  if (problem) {
    try {
      recovery = recoverDamagedDatabase(dataDir, problem, now());
    } catch (error) {
      throw storageError(error, file, dataDir);
    }
  }
  try {
    await backupBeforeMigration(dataDir, now());
  } catch (error) {
    const mapped = storageError(error, file, dataDir);
    if (mapped.code === 'disk-full' && !recovery) return readOnlyOrThrow(dataDir, now, mapped);
    throw mapped;
  }
  let store: DraftStore;
  try {
    store = openDraftStore(dataDir, now, options);
  } catch (error) {
    if (!recovery && error instanceof UserFacingError && error.code === 'disk-full') return readOnlyOrThrow(dataDir, now, error);
    if (!recovery) throw error;
    // The clerk must learn where the damaged file went; and the file that
    // failed is the one put in its place, so "untouched" is not true of it.
    const inner = storageError(error, file, dataDir);
    throw new UserFacingError(inner.code, recoveryFailedMessage(recovery, inner.message.replace(UNTOUCHED, '')));
  }
  let notice: OpenNotice | null = null;
  if (recovery) {
    const salvaged = salvage(store, recovery);
    const drafts = store.library.entries({ trash: false }).length;
    notice = { kind: 'recovered', message: recoveryMessage(recovery, { drafts, salvaged }) };
  }
  try {
    await store.backups.ifDue();
  } catch {
    // A full disk must not keep the clerk from the drafts; the next check retries.
  }
  return { store, notice };
}
