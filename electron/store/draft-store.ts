// The DraftStore backed by the SQLite database in the data folder: sub-stores
// by concern (drafts, library, versions, settings, files, backups), each
// method wrapped once so any failure reaches the caller in Chinese.
import crypto from 'node:crypto';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { Draft } from '../../shared/ipc';
import { contentTitle, type DraftMetadata, type ReportContent } from '../../shared/model';
import { nameAfterSave } from '../../shared/library';
import { UserFacingError } from '../../shared/result';
import { notFound, type StoreContext } from './context';
import { DATABASE_FILE, openDatabase, type OpenOptions } from './database';
import { rowToDraft } from './drafts/draft-row';
import { draftRows } from './drafts/draft-rows';
import { libraryOps } from './drafts/library-ops';
import { draftSearch } from './drafts/search';
import { nextStamp } from './drafts/timestamps';
import { versionStore } from './drafts/versions';
import { libraryMerge } from './library-files/library-merge';
import { readDatabaseFile } from './library-files/read-database';
import { backedUpToday, backupPath, createBackup, listBackups } from './safety/backups';
import { checkDatabaseFile } from './safety/integrity';
import { settingsStore } from './settings';
import { storageError } from './storage-errors';
import type { Backups, DraftStore, Drafts, NewDraft } from './types';

/** Runs fn, turning a failure (thrown, or a rejected promise) into the clerk's message about `file`. */
function guarded<T>(file: string, dataDir: string, fn: () => T): T {
  try {
    const result = fn();
    if (result instanceof Promise) return result.catch((err: unknown) => Promise.reject(storageError(err, file, dataDir))) as T;
    return result;
  } catch (err) {
    throw storageError(err, file, dataDir);
  }
}

/** The same object with every method guarded. */
function guardAll<T extends object>(part: T, guard: <R>(fn: () => R) => R): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(part)) {
    out[key] = typeof value === 'function' ? (...args: unknown[]) => guard(() => (value as (...a: unknown[]) => unknown)(...args)) : value;
  }
  return out as T;
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

/** The printed title of stored content JSON; null when it cannot be read (the name then follows the new title). */
function storedTitle(json: string): string | null {
  try {
    const content: unknown = JSON.parse(json);
    return Array.isArray(content) ? contentTitle(content as ReportContent) : null;
  } catch {
    return null;
  }
}

function draftStore(db: Database, dataDir: string, file: string, now: () => Date): DraftStore {
  const guard = <T>(fn: () => T): T => guarded(file, dataDir, fn);

  const listStmt = db.prepare<[], { id: string; title: string; template: string; created: string; updated: string }>(
    'SELECT id, title, template, created, updated FROM drafts WHERE deleted_at IS NULL ORDER BY updated DESC, id DESC',
  );
  const rows = draftRows(db);

  // Every stamp is later than any stored one, so saves never tie, even within
  // one millisecond or when the clock steps back (but see nextStamp: a stamp
  // more than a week ahead of the clock is not followed).
  const stamp = (): string => nextStamp(now(), rows.lastUpdated());
  const ctx: StoreContext = { db, dataDir, now, stamp, rows };
  const versions = versionStore(ctx);
  const merge = libraryMerge(ctx, versions);

  const insert = db.transaction((d: NewDraft): Draft => {
    const created = stamp();
    const { title, template, metadata, content } = d;
    const draft: Draft = { id: crypto.randomUUID(), title, template, metadata, content, created, updated: created };
    rows.insert(draft);
    return draft;
  });

  const update = db.transaction((id: string, content: ReportContent): { updated: string } => {
    const updated = stamp();
    const stored = rows.get(id);
    if (!stored) throw notFound();
    const title = nameAfterSave(stored.title, storedTitle(stored.content), contentTitle(content));
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

  const drafts: Drafts = {
    list: () => listStmt.all(),
    create: (d) => insert.immediate(d),
    get(id) {
      const row = rows.get(id);
      if (!row) throw notFound();
      return rowToDraft(row);
    },
    saveContent: (id, content) => update.immediate(id, content),
    saveMetadata: (id, metadata) => updateMetadata.immediate(id, metadata),
  };

  const backups: Backups = {
    create: (kind) => createBackup(db, dataDir, kind, now()),
    ifDue: async () => (backedUpToday(dataDir, now()) ? null : backups.create('daily')),
    list: () => listBackups(dataDir),
    async restore(name) {
      const source = backupPath(dataDir, name);
      // Failures reading the backup (locked, unreadable) are named for the backup, not the library.
      const problem = guarded(source, dataDir, () => checkDatabaseFile(source));
      if (problem) throw new UserFacingError('backup-damaged', `备份“${name}”已损坏，不能用于恢复（${problem}）。请选择其他备份。`);
      // Read before backing up: the new backup's pruning may remove the chosen one.
      // Best-effort: one damaged draft of the backup must not keep the others from being restored.
      const { library, skipped } = guarded(source, dataDir, () => readDatabaseFile(source, { bestEffort: true }));
      await backups.create('before-restore');
      return { ...merge.importLibrary(library, 'before-restore'), skipped };
    },
  };

  const { list, get, keep, restore } = versions;
  const settings = settingsStore(db);
  return {
    dataDir,
    drafts: guardAll(drafts, guard),
    library: guardAll({ ...libraryOps(ctx), search: draftSearch(db) }, guard),
    versions: guardAll({ list, get, keep, restore }, guard),
    settings: guardAll({ get: settings.read, update: settings.update }, guard),
    files: guardAll({ export: (ids, options) => merge.exportLibrary(ids, options?.keepVersions === true), import: merge.importLibrary }, guard),
    backups: guardAll(backups, guard),
    close: () => db.close(),
  };
}
