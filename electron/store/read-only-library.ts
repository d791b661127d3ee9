// The library opened read-only when the disk is full: SQLite cannot make the
// -shm file a WAL database needs, so the file is read into memory (as a
// rollback-journal database: header bytes 18-19) and opened there. The clerk
// can read, search and export drafts; anything that would change the library
// says that the disk is full. Refused when the -wal beside the file holds
// changes the copy would miss, or a migration is due.
import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { UserFacingError } from '../../shared/result';
import { DATABASE_FILE } from './database';
import { draftStore } from './draft-store';
import { assertKnownVersion, userVersion } from './migrate';
import { MIGRATIONS } from './migrations';
import { storageError } from './storage-errors';
import type { DraftStore } from './types';

/** A library bigger than this is not read into memory. */
const MAX_IN_MEMORY_BYTES = 512 * 1024 * 1024;

export const READ_ONLY_NOTICE =
  '文稿库暂时以只读方式打开：可以查看、搜索和导出文稿（导出时请选择其他磁盘或 U 盘），但不能保存修改。腾出磁盘空间后，请重新启动本程序。';

/** What a change to the read-only library says. */
function readOnlyError(err: unknown, file: string, dataDir: string): UserFacingError {
  const code = String((err as { code?: unknown } | null)?.code ?? '');
  if (code.startsWith('SQLITE_READONLY')) {
    return new UserFacingError('library-read-only', `磁盘空间已满，这项修改没有保存。${READ_ONLY_NOTICE}`);
  }
  return storageError(err, file, dataDir);
}

/** The library in memory, read-only; null when it cannot be (a -wal with changes, too big, a migration due, unreadable). */
export function openReadOnlyCopy(dataDir: string, now: () => Date): DraftStore | null {
  const file = path.join(dataDir, DATABASE_FILE);
  try {
    const wal = `${file}-wal`;
    if (fs.existsSync(wal) && fs.statSync(wal).size > 0) return null;
    if (fs.statSync(file).size > MAX_IN_MEMORY_BYTES) return null;
    const bytes = fs.readFileSync(file);
    if (bytes.length < 100) return null;
    bytes[18] = 1; // file format write version: rollback journal, not WAL
    bytes[19] = 1; // read version
    const db = new Sqlite(bytes, { readonly: true });
    try {
      assertKnownVersion(db);
      if (userVersion(db) !== MIGRATIONS.length) throw new Error('a migration is due');
      return draftStore(db, dataDir, file, now, readOnlyError);
    } catch (error) {
      db.close();
      throw error;
    }
  } catch {
    return null;
  }
}
