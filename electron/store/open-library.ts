// Opening the library the way the program and the CLI do: back up before any
// migration; open and migrate; recover a file found damaged on the way from
// the newest good backup. The whole-file check (PRAGMA quick_check) and the
// day's backup are upkeep, run off the main thread after the window shows.
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
import { checkDatabaseFile, isDamage } from './safety/integrity';
import { checkOffThread } from './safety/worker-jobs';
import { isDamageError, recoveringStore } from './recovering-store';
import { userVersion } from './migrate';
import { MIGRATIONS } from './migrations';
import { readDatabaseFile } from './library-files/read-database';
import { recoverDamagedDatabase, recoveryFailedMessage, recoveryMessage, type Recovery } from './safety/recovery';
import { storageError, UNTOUCHED } from './storage-errors';
import type { DraftStore } from './types';

export interface OpenedLibrary {
  /** The library; a query that meets damage recovers it (see recovering-store.ts) and runs again. */
  store: DraftStore;
  /** What the clerk must be told (a recovery at open); null when opening was uneventful. */
  notice: OpenNotice | null;
  /** A recovery since opening (found by upkeep or by a query), once; null when there was none. */
  takeNotice: () => OpenNotice | null;
  /** PRAGMA quick_check on a worker thread; damage it finds is recovered from as at open. Never rejects. */
  check: () => Promise<void>;
  /** The work opening no longer waits for: check(), then the day's backup (also off the main thread). Never rejects. */
  upkeep: () => Promise<void>;
}

export interface LibraryOpenOptions extends OpenOptions {
  now?: () => Date;
  /** Told when a recovery after opening left a notice to take. */
  onNotice?: () => void;
}

/** The damage quick_check finds, or null (also when the file cannot be checked for other reasons: opening will say why). */
function damage(file: string): string | null {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) return null;
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

const recoveredNotice = (store: DraftStore, recovery: Recovery): OpenNotice => {
  const salvaged = salvage(store, recovery);
  const drafts = store.library.entries({ trash: false }).length;
  return { kind: 'recovered', message: recoveryMessage(recovery, { drafts, salvaged }) };
};

/** Moves the damaged file aside, restores the newest good backup and opens it; throws the clerk's message when that fails. */
function recoverAndOpen(dataDir: string, problem: string, now: () => Date, options: OpenOptions): { store: DraftStore; recovery: Recovery } {
  const file = path.join(dataDir, DATABASE_FILE);
  let recovery: Recovery;
  try {
    recovery = recoverDamagedDatabase(dataDir, problem, now());
  } catch (error) {
    throw storageError(error, file, dataDir);
  }
  try {
    return { store: openDraftStore(dataDir, now, options), recovery };
  } catch (error) {
    // The clerk must learn where the damaged file went; and the file that
    // failed is the one put in its place, so "untouched" is not true of it.
    const inner = storageError(error, file, dataDir);
    throw new UserFacingError(inner.code, recoveryFailedMessage(recovery, inner.message.replace(UNTOUCHED, '')));
  }
}

/** True when opening will migrate an existing file (then it is checked first, as the backup before migrating copies it). */
function migrationPending(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  try {
    const db = new Sqlite(file, { readonly: true, fileMustExist: true });
    try {
      const version = userVersion(db);
      return version > 0 && version < MIGRATIONS.length;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

/** Opens the store; damage met on the way (an unreadable header or schema) is recovered from at once. */
async function openChecked(dataDir: string, now: () => Date, options: OpenOptions): Promise<{ store: DraftStore; recovery: Recovery | null }> {
  const file = path.join(dataDir, DATABASE_FILE);
  // Cheap and before SQLite touches anything: an empty or cut-short file where a library was, a folder, a pipe or a loop of links.
  const entry = classifyDatabasePath(dataDir);
  let problem = entry.kind === 'damaged' ? entry.problem : migrationPending(file) ? damage(file) : null;
  if (!problem) {
    try {
      await backupBeforeMigration(dataDir, now());
      return { store: openDraftStore(dataDir, now, options), recovery: null };
    } catch (error) {
      if (!isDamageError(error)) throw error instanceof UserFacingError ? error : storageError(error, file, dataDir);
      problem = error instanceof Error ? error.message : String(error);
    }
  }
  return recoverAndOpen(dataDir, problem, now, options);
}

/** On a full disk: the library read-only, with a notice saying so and what to free; else the disk-full error itself. */
function readOnlyOrThrow(dataDir: string, now: () => Date, diskFull: UserFacingError): OpenedLibrary {
  const store = openReadOnlyCopy(dataDir, now);
  if (!store) throw diskFull;
  const nothing = () => Promise.resolve();
  return { store, notice: { kind: 'read-only', message: `${diskFull.message}${READ_ONLY_NOTICE}` }, takeNotice: () => null, check: nothing, upkeep: nothing };
}

/**
 * Opens the library at once: no whole-file check before the window (that
 * and the day's backup are `upkeep`, for after the list is shown).
 */
export async function openLibrary(dataDir: string, options: LibraryOpenOptions = {}): Promise<OpenedLibrary> {
  const now = options.now ?? (() => new Date());
  const file = path.join(dataDir, DATABASE_FILE);
  sweepStaleBackupFiles(dataDir, now());
  let opened: { store: DraftStore; recovery: Recovery | null };
  try {
    opened = await openChecked(dataDir, now, options);
  } catch (error) {
    if (error instanceof UserFacingError && error.code === 'disk-full') return readOnlyOrThrow(dataDir, now, error);
    throw error;
  }
  const notice = opened.recovery ? recoveredNotice(opened.store, opened.recovery) : null;
  let later: OpenNotice | null = null;
  const lib = recoveringStore(opened.store, (damaged, problem) => {
    damaged.close();
    const { store, recovery } = recoverAndOpen(dataDir, problem, now, options);
    later = recoveredNotice(store, recovery);
    // Told after the call that met the damage has run again.
    if (options.onNotice) setImmediate(options.onNotice);
    return store;
  });
  /** True when damage was found (and recovered from). */
  const check = async (): Promise<boolean> => {
    const since = lib.generation();
    try {
      const problems = await checkOffThread(file);
      return problems.length > 0 && lib.recover(problems.slice(0, 3).join('；'), since);
    } catch (error) {
      // Locks and permissions are not damage: the next start checks again.
      return isDamage(error) && lib.recover(error instanceof Error ? error.message : String(error), since);
    }
  };
  const upkeep = async (): Promise<void> => {
    if (await check()) return;
    try {
      await lib.store.backups.ifDue();
    } catch {
      // A full disk must not keep the clerk from the drafts; the next check retries.
    }
  };
  const takeNotice = () => {
    const n = later;
    later = null;
    return n;
  };
  return {
    store: lib.store,
    notice,
    takeNotice,
    check: () => check().then(() => undefined, () => undefined),
    upkeep: () => upkeep().catch(() => undefined),
  };
}
