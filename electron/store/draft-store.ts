// The DraftStore backed by the SQLite database in the data folder.
import crypto from 'node:crypto';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { Draft } from '../../shared/ipc';
import { contentTitle, type DraftMetadata, type ReportContent } from '../../shared/model';
import { UserFacingError } from '../../shared/result';
import { backedUpToday, backupPath, createBackup, listBackups } from './safety/backups';
import { notFound, type StoreContext } from './context';
import { DATABASE_FILE, openDatabase, type OpenOptions } from './database';
import { rowToDraft } from './drafts/draft-row';
import { draftRows } from './drafts/draft-rows';
import { checkDatabaseFile } from './safety/integrity';
import { libraryMerge } from './library-files/library-merge';
import { libraryOps } from './drafts/library-ops';
import { readDatabaseFile } from './library-files/read-database';
import { draftSearch } from './drafts/search';
import { settingsStore } from './settings';
import { storageError } from './storage-errors';
import { nextStamp } from './drafts/timestamps';
import type { DraftStore, NewDraft } from './types';
import { versionStore } from './drafts/versions';

/** Runs fn, turning a failure into the clerk's message about `file`. */
function guarded<T>(file: string, dataDir: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    throw storageError(err, file, dataDir);
  }
}

/**
 * Opens the library in dataDir. A failure at any step, not only in opening
 * the file, becomes a UserFacingError, and the connection is closed.
 */
export function openDraftStore(dataDir: string, now: () => Date = () => new Date(), options: OpenOptions = {}): DraftStore {
  const db = openDatabase(dataDir, options);
  const file = path.join(dataDir, DATABASE_FILE);
  try {
    return draftStore(db, dataDir, file, now);
  } catch (err) {
    db.close();
    throw storageError(err, file, dataDir);
  }
}

function draftStore(db: Database, dataDir: string, file: string, now: () => Date): DraftStore {
  const guard = <T>(fn: () => T): T => guarded(file, dataDir, fn);
  const guardAsync = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (err) {
      throw storageError(err, file, dataDir);
    }
  };

  const listStmt = db.prepare<[], { id: string; title: string; template: string; created: string; updated: string }>(
    'SELECT id, title, template, created, updated FROM drafts WHERE deleted_at IS NULL ORDER BY updated DESC, id DESC',
  );
  const rows = draftRows(db);

  // Every stamp is later than any stored one, so saves never tie, even within
  // one millisecond or when the clock steps back (but see nextStamp: a stamp
  // more than a day ahead of the clock is not followed).
  const stamp = (): string => nextStamp(now(), rows.lastUpdated());
  const ctx: StoreContext = { db, dataDir, now, stamp, rows };
  const versions = versionStore(ctx);
  const ops = libraryOps(ctx);
  const merge = libraryMerge(ctx, versions);
  const settings = settingsStore(db);
  const search = draftSearch(db);

  const insert = db.transaction((d: NewDraft): Draft => {
    const created = stamp();
    const { title, template, metadata, content } = d;
    const draft: Draft = { id: crypto.randomUUID(), title, template, metadata, content, created, updated: created };
    rows.insert(draft);
    return draft;
  });

  const update = db.transaction((id: string, content: ReportContent): { updated: string } => {
    const updated = stamp();
    const title = contentTitle(content);
    const json = rows.write(id, { title, content, updated });
    if (json === null) throw notFound();
    versions.keepIfDue(id, title, json, content);
    return { updated };
  });

  const updateMetadata = db.transaction((id: string, metadata: DraftMetadata): { updated: string } => {
    const updated = stamp();
    if (!rows.writeMetadata(id, metadata, updated)) throw notFound();
    return { updated };
  });

  const backup: DraftStore['backup'] = (kind) => guardAsync(() => createBackup(db, dataDir, kind, now()));

  return {
    dataDir,
    list: () => guard(() => listStmt.all()),
    create: (d) => guard(() => insert.immediate(d)),
    get(id) {
      const row = guard(() => rows.get(id));
      if (!row) throw notFound();
      return rowToDraft(row);
    },
    saveContent: (id, content) => guard(() => update.immediate(id, content)),
    saveMetadata: (id, metadata) => guard(() => updateMetadata.immediate(id, metadata)),
    close: () => db.close(),

    entries: (options) => guard(() => ops.entries(options)),
    search: (query) => guard(() => search(query)),
    rename: (id, title) => guard(() => ops.rename(id, title)),
    duplicate: (id) => guard(() => ops.duplicate(id)),
    trash: (id) => guard(() => ops.trash(id)),
    restore: (id) => guard(() => ops.restore(id)),
    purge: (id) => guard(() => ops.purge(id)),

    versions: (id) => guard(() => versions.list(id)),
    version: (versionId) => guard(() => versions.get(versionId)),
    keepVersion: (id, kind, name) => guard(() => versions.keep(id, kind, name)),
    restoreVersion: (versionId) => guard(() => versions.restore(versionId)),

    settings: () => guard(() => settings.read()),
    updateSettings: (patch) => guard(() => settings.update(patch)),

    exportLibrary: (ids, options) => guard(() => merge.exportLibrary(ids, options?.keepVersions === true)),
    importLibrary: (libraryFile, kind) => guard(() => merge.importLibrary(libraryFile, kind)),

    backup,
    backupIfDue: async () => (backedUpToday(dataDir, now()) ? null : backup('daily')),
    backups: () => listBackups(dataDir),
    async restoreBackup(name) {
      const source = backupPath(dataDir, name);
      // Failures reading the backup (locked, unreadable) are named for the backup, not the library.
      const problem = guarded(source, dataDir, () => checkDatabaseFile(source));
      if (problem) throw new UserFacingError('backup-damaged', `备份“${name}”已损坏，不能用于恢复（${problem}）。请选择其他备份。`);
      // Read before backing up: the new backup's pruning may remove the chosen one.
      // Best-effort: one damaged draft of the backup must not keep the others from being restored.
      const { library, skipped } = guarded(source, dataDir, () => readDatabaseFile(source, { bestEffort: true }));
      await backup('before-restore');
      return { ...guard(() => merge.importLibrary(library, 'before-restore')), skipped };
    },
  };
}
