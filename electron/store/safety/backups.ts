// Backup files in <dataDir>/backups/, written with VACUUM INTO on a worker
// thread (a consistent, compact copy while the library stays open and
// responsive), named for when and why they were made:
// drafts-20260301T083000123Z-daily.sqlite3.
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { BACKUP_KIND_LABELS, type BackupInfo, type BackupKind } from '../../../shared/library';
import { UserFacingError } from '../../../shared/result';
import { localDay } from '../../../shared/dates';
import { backupsToPrune, byNewest } from './backup-policy';
import { makeFolder } from '../../fs/make-folder';
import { DATABASE_FILE } from '../database';
import { vacuumIntoOffThread } from './worker-jobs';

export const BACKUP_DIR = 'backups';
const KINDS = Object.keys(BACKUP_KIND_LABELS) as readonly BackupKind[];
const NAME = /^drafts-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-([a-z-]+?)(?:-\d+)?\.sqlite3$/u;

export const backupDir = (dataDir: string) => path.join(dataDir, BACKUP_DIR);

export function backupFileName(kind: BackupKind, at: Date, n = 0): string {
  const stamp = at.toISOString().replace(/[-:.]/gu, '');
  return `drafts-${stamp}-${kind}${n ? `-${n}` : ''}.sqlite3`;
}

export function parseBackupName(name: string): { kind: BackupKind; created: string } | null {
  const m = NAME.exec(name);
  if (!m || !KINDS.includes(m[8] as BackupKind)) return null;
  const created = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`;
  return Number.isNaN(Date.parse(created)) ? null : { kind: m[8] as BackupKind, created };
}

/** Backups in the folder, newest first; files that are not backups are ignored. */
export function listBackups(dataDir: string): BackupInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(backupDir(dataDir));
  } catch {
    return [];
  }
  const out: BackupInfo[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    try {
      out.push({ name, ...parsed, bytes: fs.statSync(path.join(backupDir(dataDir), name)).size });
    } catch {
      // Removed while listing.
    }
  }
  return out.sort(byNewest);
}

/** The full path of a listed backup; refuses names that are not backups (no paths). */
export function backupPath(dataDir: string, name: string): string {
  if (!parseBackupName(name) || path.basename(name) !== name) {
    throw new UserFacingError('backup-not-found', `没有名为“${name}”的备份。请从备份列表中选择。`);
  }
  const file = path.join(backupDir(dataDir), name);
  if (!fs.existsSync(file)) throw new UserFacingError('backup-not-found', `备份“${name}”已不存在，可能已被清理。请从备份列表中重新选择。`);
  return file;
}

/** A backup's temporary file, and SQLite's journal files of one. */
const LEFTOVER = /\.partial(?:-journal|-wal|-shm)?$|\.sqlite3-journal$/u;
/** A temporary file untouched this long is no backup in progress (a live one is written every few milliseconds). */
export const STALE_AFTER_MS = 60_000;

/**
 * Deletes what killed backups left in the backups folder (`*.partial` copies,
 * which can be as big as the library, and their `-journal` files) and a
 * restore's `drafts.sqlite3.restoring` in the data folder, once untouched for
 * STALE_AFTER_MS. Returns how many files were removed; never throws.
 */
export function sweepStaleBackupFiles(dataDir: string, now: Date): number {
  let removed = 0;
  const sweep = (folder: string, test: (name: string) => boolean) => {
    let names: string[];
    try {
      names = fs.readdirSync(folder);
    } catch {
      return;
    }
    for (const name of names) {
      if (!test(name)) continue;
      const file = path.join(folder, name);
      try {
        const s = fs.lstatSync(file);
        if (s.isFile() && now.getTime() - s.mtimeMs >= STALE_AFTER_MS) {
          fs.rmSync(file, { force: true });
          removed++;
        }
      } catch {
        // Gone meanwhile, or not ours to remove.
      }
    }
  };
  sweep(backupDir(dataDir), (name) => LEFTOVER.test(name));
  sweep(dataDir, (name) => name === `${DATABASE_FILE}.restoring`);
  return removed;
}

/** Writes a copy of the open database to `target` through a temporary file, so `target` is whole or absent. */
export async function writeBackup(db: Database, target: string): Promise<void> {
  const temp = `${target}.partial`;
  fs.rmSync(temp, { force: true });
  try {
    await vacuumIntoOffThread(db.name, temp);
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/** Makes a backup of the open database into the backups folder, then prunes old ones. */
export async function createBackup(db: Database, dataDir: string, kind: BackupKind, now: Date): Promise<BackupInfo> {
  const dir = backupDir(dataDir);
  makeFolder(dir);
  sweepStaleBackupFiles(dataDir, now);
  let name = backupFileName(kind, now);
  for (let n = 2; fs.existsSync(path.join(dir, name)); n++) name = backupFileName(kind, now, n);
  await writeBackup(db, path.join(dir, name));
  pruneBackups(dataDir, now, name);
  return listBackups(dataDir).find((b) => b.name === name)!;
}

/** Deletes the backups the policy no longer keeps; `justMade` is always kept. */
export function pruneBackups(dataDir: string, now: Date, justMade?: string): void {
  for (const b of backupsToPrune(listBackups(dataDir), now)) {
    if (b.name !== justMade) fs.rmSync(path.join(backupDir(dataDir), b.name), { force: true });
  }
}

/** True when a daily or manual backup was made on now's local day. */
export function backedUpToday(dataDir: string, now: Date): boolean {
  const today = localDay(now);
  return listBackups(dataDir).some((b) => (b.kind === 'daily' || b.kind === 'manual') && localDay(new Date(b.created)) === today);
}
