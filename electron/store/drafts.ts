// The DraftStore backed by the SQLite database in the data folder.
import crypto from 'node:crypto';
import path from 'node:path';
import type { Draft, DraftSummary } from '../../shared/ipc';
import { validateContent, validateMetadata, type DraftMetadata, type ReportContent } from '../../shared/model';
import { UserFacingError } from '../../shared/result';
import { backedUpToday, backupPath, createBackup, listBackups } from './backups';
import { notFound, type StoreContext } from './context';
import { DATABASE_FILE, openDatabase, type OpenOptions } from './database';
import { rowToDraft, type DraftRow } from './draft-row';
import { draftTextIndexer } from './draft-text';
import { checkDatabaseFile } from './integrity';
import { libraryMerge } from './library-merge';
import { libraryOps } from './library-ops';
import { readDatabaseFile } from './read-database';
import { draftSearch } from './search';
import { settingsStore } from './settings';
import { storageError } from './storage-errors';
import { nextStamp } from './timestamps';
import type { DraftStore, NewDraft } from './types';
import { versionStore } from './versions';

function assertValid(content: unknown, metadata?: unknown): void {
  const reason = validateContent(content) ?? (metadata === undefined ? null : validateMetadata(metadata));
  if (reason) {
    throw new UserFacingError('invalid-draft', `文稿内容格式不正确，未能保存（${reason}）。请重试；如仍出现，请联系技术支持人员。`);
  }
}

export function openDraftStore(
  dataDir: string,
  now: () => Date = () => new Date(),
  options: OpenOptions = {},
): DraftStore {
  const db = openDatabase(dataDir, options);
  const file = path.join(dataDir, DATABASE_FILE);
  const guard = <T>(fn: () => T): T => {
    try {
      return fn();
    } catch (err) {
      throw storageError(err, file, dataDir);
    }
  };
  const guardAsync = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (err) {
      throw storageError(err, file, dataDir);
    }
  };

  const listStmt = db.prepare<[], DraftSummary>(
    'SELECT id, title, template, created, updated FROM drafts WHERE deleted_at IS NULL ORDER BY updated DESC, id DESC',
  );
  const getStmt = db.prepare<[string], DraftRow>('SELECT id, title, template, metadata, content, created, updated FROM drafts WHERE id = ?');
  const lastStmt = db.prepare<[], { last: string | null }>('SELECT MAX(updated) AS last FROM drafts');
  const insertStmt = db.prepare<[DraftRow]>(
    `INSERT INTO drafts (id, title, template, metadata, content, created, updated)
     VALUES (@id, @title, @template, @metadata, @content, @created, @updated)`,
  );
  const updateStmt = db.prepare<{ id: string; title: string; content: string; updated: string }>(
    'UPDATE drafts SET title = @title, content = @content, updated = @updated WHERE id = @id',
  );

  const metadataStmt = db.prepare<{ id: string; metadata: string; updated: string }>(
    'UPDATE drafts SET metadata = @metadata, updated = @updated WHERE id = @id',
  );

  // Every stamp is later than any stored one, so saves never tie, even within
  // one millisecond or when the clock steps back.
  const stamp = (): string => nextStamp(now(), lastStmt.get()?.last ?? null);
  const ctx: StoreContext = { db, dataDir, now, stamp, indexText: draftTextIndexer(db) };
  const versions = versionStore(ctx);
  const ops = libraryOps(ctx);
  const merge = libraryMerge(ctx, versions);
  const settings = settingsStore(db);
  const search = draftSearch(db);

  const insert = db.transaction((d: NewDraft): Draft => {
    const created = stamp();
    const { title, template, metadata, content } = d;
    const draft: Draft = { id: crypto.randomUUID(), title, template, metadata, content, created, updated: created };
    insertStmt.run({ ...draft, metadata: JSON.stringify(metadata), content: JSON.stringify(content) });
    ctx.indexText(draft.id, content);
    return draft;
  });

  const update = db.transaction((id: string, content: ReportContent, title: string): { updated: string } => {
    const updated = stamp();
    const json = JSON.stringify(content);
    if (updateStmt.run({ id, title, content: json, updated }).changes === 0) throw notFound();
    ctx.indexText(id, content);
    versions.keepIfDue(id, title, json, content);
    return { updated };
  });

  const updateMetadata = db.transaction((id: string, metadata: DraftMetadata): { updated: string } => {
    const updated = stamp();
    if (metadataStmt.run({ id, metadata: JSON.stringify(metadata), updated }).changes === 0) throw notFound();
    return { updated };
  });

  const backup: DraftStore['backup'] = (kind) => guardAsync(() => createBackup(db, dataDir, kind, now()));

  return {
    dataDir,
    list: () => guard(() => listStmt.all()),
    create(d) {
      assertValid(d.content, d.metadata);
      return guard(() => insert.immediate(d));
    },
    get(id) {
      const row = guard(() => getStmt.get(id));
      if (!row) throw notFound();
      return rowToDraft(row);
    },
    saveContent(id, content: ReportContent, title) {
      assertValid(content);
      return guard(() => update.immediate(id, content, title));
    },
    saveMetadata(id, metadata) {
      const reason = validateMetadata(metadata);
      if (reason) throw new UserFacingError('invalid-draft', `文稿信息格式不正确，未能保存（${reason}）。请重试；如仍出现，请联系技术支持人员。`);
      return guard(() => updateMetadata.immediate(id, metadata));
    },
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

    exportLibrary: (ids) => guard(() => merge.exportLibrary(ids)),
    importLibrary: (libraryFile, kind) => guard(() => merge.importLibrary(libraryFile, kind)),

    backup,
    backupIfDue: async () => (backedUpToday(dataDir, now()) ? null : backup('daily')),
    backups: () => listBackups(dataDir),
    async restoreBackup(name) {
      const source = backupPath(dataDir, name);
      const problem = checkDatabaseFile(source);
      if (problem) throw new UserFacingError('backup-damaged', `备份“${name}”已损坏，不能用于恢复（${problem}）。请选择其他备份。`);
      // Read before backing up: the new backup's pruning may remove the chosen one.
      const { library } = guard(() => readDatabaseFile(source));
      await backup('before-restore');
      return guard(() => merge.importLibrary(library, 'before-restore'));
    },
  };
}
