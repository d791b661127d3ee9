// Writing a file safely (a .docx, a draft file, a library file, a backup
// copy): the bytes go to a temporary file beside the target, are flushed to
// disk, then renamed over the target, so the target is either the old file or
// the whole new one, never a partial file.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, open, rename, rm, stat } from 'node:fs/promises';
import { writeError } from './write-errors';

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** A read-only target is refused as Word would, although a rename could replace it. */
async function checkTargetWritable(target: string): Promise<void> {
  try {
    await access(target, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw writeError(error, target, 'target');
  }
}

export async function writeFileAtomic(target: string, data: Buffer): Promise<void> {
  await checkTargetWritable(target);
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
    throw writeError(error, target, onTarget ? 'target' : 'folder');
  }
}
