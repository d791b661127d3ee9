// Turns SQLite and file-system failures into messages a clerk can act on.
// Nothing here deletes, moves or rewrites the database file.
import fs from 'node:fs';
import { UserFacingError } from '../../shared/result';
import { freeBytes, LOW_SPACE_BYTES, readableSize } from '../fs/free-space';

function codeOf(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

const SUPPORT = '如无法自行解决，请联系技术支持人员。';

/**
 * Said of the file that failed to open. True where these messages are made:
 * opening (openDatabase) only reads the header before it refuses a file.
 * openLibrary, which renames a damaged file before opening, takes it out of a
 * message about a failure after that (see recoveryFailedMessage).
 */
export const UNTOUCHED = '程序没有改动这个文件。';

/** Room the library needs to open and keep its daily backup: twice its size, at least 50 MB. */
function neededBytes(file: string): number {
  let size = 0;
  try {
    size = fs.statSync(file).size;
  } catch {
    // No file yet.
  }
  return Math.max(50 * 1024 * 1024, 2 * size);
}

/** The disk is full: what is left, and what to free. */
export function diskFullError(file: string, dir: string): UserFacingError {
  const free = freeBytes(dir);
  return new UserFacingError(
    'disk-full',
    `磁盘空间已满，无法读写文稿数据库（“${dir}”所在的磁盘${free === null ? '' : `只剩 ${readableSize(free)}`}）。` +
      `请删除不需要的文件（如“下载”文件夹中的安装包、视频），清空回收站，或把不用的大文件移到其他磁盘，腾出至少 ${readableSize(neededBytes(file))} 后重试。${SUPPORT}`,
  );
}

/** An I/O failure on a disk with (almost) no room left is the full disk (SQLite cannot make its -shm file). */
function onFullDisk(code: string, dir: string): boolean {
  if (!code.startsWith('SQLITE_IOERR') && !code.startsWith('SQLITE_CANTOPEN')) return false;
  const free = freeBytes(dir);
  return free !== null && free < LOW_SPACE_BYTES;
}

/** Maps a low-level error to a UserFacingError; returns it unchanged if it already is one. */
export function storageError(err: unknown, file: string, dir: string): UserFacingError {
  if (err instanceof UserFacingError) return err;
  const code = codeOf(err);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new UserFacingError(
      'database-locked',
      `文稿数据库“${file}”正被另一个程序占用，暂时无法读写。` +
        `请关闭其他正在运行的公文报告编辑器窗口（以及可能打开了该文件的其他程序），然后重试。${SUPPORT}`,
    );
  }
  if (code === 'SQLITE_NOTADB') {
    return new UserFacingError(
      'database-not-a-database',
      `文件“${file}”不是公文报告编辑器的文稿数据库，无法打开。${UNTOUCHED}` +
        `请不要删除它，可将它移到别处妥善保存后再启动本程序，并联系技术支持人员检查其中的内容。`,
    );
  }
  if (code.startsWith('SQLITE_CORRUPT')) {
    return new UserFacingError(
      'database-corrupt',
      `文稿数据库“${file}”已损坏，无法读取。${UNTOUCHED}` +
        `请不要删除它，先复制一份备份，再联系技术支持人员尝试恢复。`,
    );
  }
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT' || onFullDisk(code, dir)) return diskFullError(file, dir);
  if (
    code.startsWith('SQLITE_READONLY') ||
    code.startsWith('SQLITE_CANTOPEN') ||
    code === 'SQLITE_PERM' ||
    code === 'SQLITE_AUTH' ||
    code === 'EACCES' ||
    code === 'EPERM' ||
    code === 'EROFS'
  ) {
    return new UserFacingError(
      'data-dir-not-writable',
      `无法在文件夹“${dir}”中读写文稿数据库（没有写入权限，或磁盘为只读）。` +
        `请检查该文件夹的权限，或换一个可以写入的文件夹（启动时用 --data-dir 指定）。${SUPPORT}`,
    );
  }
  if (code === 'ENOTDIR' || code === 'EEXIST') {
    return new UserFacingError(
      'data-dir-not-a-folder',
      `“${dir}”不是文件夹，无法在其中保存文稿。请用 --data-dir 指定一个文件夹。${SUPPORT}`,
    );
  }
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') {
    return new UserFacingError(
      'disk-error',
      `读写文稿数据库“${file}”时磁盘出错。请检查磁盘或 U 盘是否连接正常后重试。${SUPPORT}`,
    );
  }
  const detail = err instanceof Error ? err.message : String(err);
  return new UserFacingError(
    'database-error',
    `读写文稿数据库“${file}”时出错。${SUPPORT}（技术信息：${code ? `${code} ` : ''}${detail}）`,
  );
}
