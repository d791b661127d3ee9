// What is at the database's path before SQLite is let near it. SQLite takes an
// empty file for a new, empty database and writes a fresh schema over it, and
// reports a folder or a loop of links as a disk error; here they are damage, so
// the library is kept aside and recovered from the newest good backup.
import fs from 'node:fs';
import path from 'node:path';
import { DATABASE_FILE } from '../database';
import { listBackups } from './backups';

/** The smallest SQLite database: one page of 512 bytes. */
const SMALLEST_DATABASE = 512;

export type DatabasePath =
  | { kind: 'absent' }
  /** A file for SQLite to check (quick_check); also an empty file where no library was. */
  | { kind: 'file' }
  /** Not a library that can be opened: `problem` says why, for the clerk's message. */
  | { kind: 'damaged'; problem: string };

/** Was there a library here: backups of it, or a write-ahead log beside it? */
function libraryWasHere(dataDir: string): boolean {
  const wal = path.join(dataDir, `${DATABASE_FILE}-wal`);
  return listBackups(dataDir).length > 0 || (fs.existsSync(wal) && fs.statSync(wal).size > 0);
}

/** Classifies the entry at `<dataDir>/drafts.sqlite3` (pure apart from reading the folder). */
export function classifyDatabasePath(dataDir: string): DatabasePath {
  const file = path.join(dataDir, DATABASE_FILE);
  let entry: fs.Stats;
  try {
    entry = fs.lstatSync(file);
  } catch {
    return { kind: 'absent' };
  }
  let target = entry;
  if (entry.isSymbolicLink()) {
    try {
      target = fs.statSync(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') return { kind: 'damaged', problem: '数据库文件的位置是一个循环指向自身的符号链接' };
      if (code === 'ENOENT') return libraryWasHere(dataDir) ? { kind: 'damaged', problem: '数据库文件的位置是一个指向不存在文件的符号链接' } : { kind: 'absent' };
      return { kind: 'file' }; // opening will say why
    }
  }
  if (target.isDirectory()) return { kind: 'damaged', problem: '数据库文件的位置上是一个文件夹，而不是文件' };
  if (!target.isFile()) return { kind: 'damaged', problem: '数据库文件的位置上是一个特殊文件（设备或管道），而不是普通文件' };
  if (target.size < SMALLEST_DATABASE && libraryWasHere(dataDir)) {
    return { kind: 'damaged', problem: `数据库文件只有 ${target.size} 字节（${target.size === 0 ? '是空的' : '不完整'}），而这里原先有文稿库（有备份或日志文件）` };
  }
  return { kind: 'file' };
}

/**
 * Can this file kept aside hold drafts to salvage? Only a regular file of at
 * least one page: SQLite would block on a pipe, and on an empty file it
 * deletes the -wal beside it, which is evidence to keep.
 */
export function mayHoldDrafts(file: string): boolean {
  try {
    const s = fs.statSync(file);
    return s.isFile() && s.size >= SMALLEST_DATABASE;
  } catch {
    return false;
  }
}
