// File-system errors of a write, as messages a clerk can act on.
import { basename } from 'node:path';
import { UserFacingError } from '../../shared/result';

function errno(error: unknown): string {
  return (error as NodeJS.ErrnoException | null)?.code ?? 'UNKNOWN';
}

/** Where the write failed: on the target file itself, or on its folder. */
export type FailedAt = 'target' | 'folder';

/** The target exists but is no regular file (a device such as /dev/full, a pipe, a socket). */
export function notRegularFile(target: string): UserFacingError {
  return new UserFacingError(
    'target-not-a-file',
    `无法写入“${basename(target)}”：它不是普通文件（而是设备、管道等特殊文件），写入会损坏它。请另存为其他文件名。`,
  );
}

export function writeError(error: unknown, target: string, failedAt: FailedAt): UserFacingError {
  const name = basename(target);
  const code = errno(error);
  if (failedAt === 'target' && (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES')) {
    return new UserFacingError(
      'target-locked',
      `无法写入“${name}”：文件可能正在其他程序（如 Word 或 WPS）中打开，或为只读。请关闭该文件后重试，或另存为其他文件名。`,
    );
  }
  if (code === 'EISDIR') {
    return new UserFacingError('target-is-folder', `无法写入“${name}”：同名的文件夹已存在。请另存为其他文件名。`);
  }
  if (code === 'ELOOP') {
    return new UserFacingError('target-link-loop', `无法写入“${name}”：它是一个循环指向自身的快捷链接（符号链接），找不到真正的文件。请另存为其他文件名。`);
  }
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return new UserFacingError('folder-readonly', `无法写入“${name}”：所在文件夹是只读的，或没有写入权限。请另存到其他文件夹。`);
  }
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new UserFacingError('disk-full', `无法写入“${name}”：磁盘空间不足。请清理磁盘空间后重试，或另存到其他磁盘。`);
  }
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new UserFacingError('folder-missing', `无法写入“${name}”：所在文件夹不存在。请另存到其他文件夹。`);
  }
  return new UserFacingError('export-failed', `无法写入“${name}”（错误代码 ${code}）。请重试，或另存为其他文件名。`);
}
