// A damaged database is moved aside (renamed with a timestamp, never
// deleted) and the newest backup that passes its check is put in its place.
import fs from 'node:fs';
import path from 'node:path';
import { chineseDateTime, compactDateTime } from '../../../shared/dates';
import { BACKUP_KIND_LABELS, type BackupInfo } from '../../../shared/library';
import { backupDir, listBackups } from './backups';
import { DATABASE_FILE } from '../database';
import { fsyncFile } from './fsync';
import { checkDatabaseFile } from './integrity';

export interface Recovery {
  /** Where the damaged file now is (its -wal and -shm beside it with the same name). */
  damagedFile: string;
  problem: string;
  /** The backup now in place; null when no backup was sound (the library starts empty). */
  backup: BackupInfo | null;
}

/** Renames the database and its -wal/-shm files to `<name>.damaged-<time>`; returns the new main file name. */
export function moveAside(dataDir: string, now: Date): string {
  const file = path.join(dataDir, DATABASE_FILE);
  let aside = `${file}.damaged-${compactDateTime(now)}`;
  for (let n = 2; fs.existsSync(aside); n++) aside = `${file}.damaged-${compactDateTime(now)}-${n}`;
  fs.renameSync(file, aside);
  for (const ext of ['-wal', '-shm']) if (fs.existsSync(file + ext)) fs.renameSync(file + ext, aside + ext);
  return aside;
}

/** Copies the newest sound backup to the database's place; null when there is none. */
export function restoreNewestGoodBackup(dataDir: string): BackupInfo | null {
  const file = path.join(dataDir, DATABASE_FILE);
  for (const b of listBackups(dataDir)) {
    const source = path.join(backupDir(dataDir), b.name);
    try {
      if (checkDatabaseFile(source) !== null) continue;
      const temp = `${file}.restoring`;
      fs.copyFileSync(source, temp);
      fsyncFile(temp);
      fs.renameSync(temp, file);
      return b;
    } catch {
      // An unreadable backup: try the next older one.
    }
  }
  return null;
}

export function recoverDamagedDatabase(dataDir: string, problem: string, now: Date): Recovery {
  const damagedFile = moveAside(dataDir, now);
  return { damagedFile, problem, backup: restoreNewestGoodBackup(dataDir) };
}

/**
 * Opening failed after the damaged file was moved aside: says where it is
 * kept, then why the library put in its place did not open (`detail`, which
 * must not claim the file there is untouched: the program just put it there).
 */
export function recoveryFailedMessage(r: Recovery, detail: string): string {
  return (
    `文稿数据库文件已损坏，无法正常读取（技术信息：${r.problem}）。` +
    `程序已把损坏的文件改名为“${path.basename(r.damagedFile)}”，保留在文件夹“${path.dirname(r.damagedFile)}”中，没有删除。` +
    `但${r.backup ? `用 ${chineseDateTime(r.backup.created)} 的${BACKUP_KIND_LABELS[r.backup.kind]}恢复的` : '重新建立的'}文稿库仍无法打开：${detail}` +
    '请不要删除保留的文件和备份文件夹，联系技术支持人员。'
  );
}

/** What happened and what was kept, in plain Chinese. */
export function recoveryMessage(r: Recovery, counts: { drafts: number; salvaged: number }): string {
  const parts = [
    `文稿数据库文件已损坏，无法正常读取（技术信息：${r.problem}）。`,
    `为保护您的文稿，程序已把损坏的文件改名为“${path.basename(r.damagedFile)}”，保留在文件夹“${path.dirname(r.damagedFile)}”中，没有删除。`,
  ];
  if (r.backup) {
    parts.push(`已用 ${chineseDateTime(r.backup.created)} 的${BACKUP_KIND_LABELS[r.backup.kind]}恢复了文稿库，现有 ${counts.drafts} 份文稿。`);
  } else {
    parts.push('没有找到可用的备份，文稿库已重新建立。');
  }
  if (counts.salvaged > 0) parts.push(`另从损坏的文件中找回了 ${counts.salvaged} 份比备份更新的文稿，原先的内容保存在它们的历史版本中。`);
  parts.push(
    r.backup
      ? '备份之后所做的修改如有缺失，请不要删除保留的文件，联系技术支持人员尝试从中找回。'
      : '请不要删除保留的文件，联系技术支持人员尝试从中找回文稿。',
  );
  return parts.join('');
}
