// Writing a file safely (a .docx, a draft file, a library file, a backup
// copy): the bytes go to a temporary file beside the target, are flushed to
// disk, then renamed over the target, so the target is either the old file or
// the whole new one, never a partial file. A symbolic link is followed: the
// file it names is replaced (the link stays a link); a target that is not a
// regular file (a folder, a device such as /dev/full, a pipe) is refused.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, lstat, open, readlink, rename, rm, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { notRegularFile, writeError } from './write-errors';

/** More links in a row than this is a loop (Linux's own limit is 40). */
const MAX_LINKS = 40;

/**
 * The file a write to `target` must replace: `target` itself, or where its
 * chain of symbolic links ends (which may not exist yet). Refuses a loop and
 * anything that exists but is not a regular file.
 */
export async function resolveWriteTarget(target: string): Promise<string> {
  let path = resolve(target);
  for (let hops = 0; ; hops++) {
    let info;
    try {
      info = await lstat(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return path;
      throw writeError(error, target, 'folder');
    }
    if (info.isSymbolicLink()) {
      if (hops >= MAX_LINKS) throw writeError(Object.assign(new Error('too many symbolic links'), { code: 'ELOOP' }), target, 'target');
      path = resolve(dirname(path), await readlink(path));
      continue;
    }
    if (info.isDirectory()) throw writeError(Object.assign(new Error('is a directory'), { code: 'EISDIR' }), target, 'target');
    if (!info.isFile()) throw notRegularFile(target);
    return path;
  }
}

/**
 * Would a write to `target` be refused before a byte is written (a folder, a
 * loop, a special file, a missing folder, a read-only file)? Throws the
 * clerk's message; for callers that change something before writing.
 */
export async function checkWriteTarget(requested: string): Promise<void> {
  const target = await resolveWriteTarget(requested);
  try {
    if (!(await stat(dirname(target))).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  } catch (error) {
    throw writeError(error, requested, 'folder');
  }
  await checkTargetWritable(target, requested);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** A read-only target is refused as Word would, although a rename could replace it. */
async function checkTargetWritable(target: string, asked: string): Promise<void> {
  try {
    await access(target, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw writeError(error, asked, 'target');
  }
}

export async function writeFileAtomic(requested: string, data: Buffer): Promise<void> {
  const target = await resolveWriteTarget(requested);
  await checkTargetWritable(target, requested);
  const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  let stage: 'temp' | 'rename' = 'temp';
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    stage = 'rename';
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    // Failing to rename over an existing file means the file itself is held or read-only.
    const onTarget = stage === 'rename' && (await exists(target));
    throw writeError(error, requested, onTarget ? 'target' : 'folder');
  }
}
