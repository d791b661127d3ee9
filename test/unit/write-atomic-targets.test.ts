// Atomic writes through symbolic links and onto special files: a link is
// followed and the real file replaced whole (the link stays a link); a loop of
// links, a folder, a pipe or a device is refused in Chinese and left as it was.
import { execFileSync } from 'node:child_process';
import { lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveWriteTarget, writeFileAtomic } from '../../electron/fs/write-atomic';
import { UserFacingError } from '../../shared/result';

const isRoot = process.getuid?.() === 0;
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'write-targets-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function refusal(p: Promise<unknown>): Promise<UserFacingError> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserFacingError);
  expect((error as Error).message).toMatch(/[\u4e00-\u9fff]/u);
  return error as UserFacingError;
}

const leftovers = async (folder: string) => (await readdir(folder)).filter((n) => n.endsWith('.tmp'));

describe('symbolic links', () => {
  it('writes the file a link points to and keeps the link', async () => {
    await mkdir(join(dir, 'real'));
    await writeFile(join(dir, 'real', '报告.docx'), 'old');
    await symlink(join('real', '报告.docx'), join(dir, 'link.docx'));
    await writeFileAtomic(join(dir, 'link.docx'), Buffer.from('new'));
    expect((await lstat(join(dir, 'link.docx'))).isSymbolicLink()).toBe(true);
    expect(await readFile(join(dir, 'real', '报告.docx'), 'utf8')).toBe('new');
    expect(await leftovers(dir)).toEqual([]);
    expect(await leftovers(join(dir, 'real'))).toEqual([]);
  });

  it('follows a chain of relative links, and a link to a file not yet there', async () => {
    await mkdir(join(dir, 'a'));
    await symlink('../b.docx', join(dir, 'a', 'hop.docx'));
    await symlink(join('a', 'hop.docx'), join(dir, 'start.docx'));
    await writeFileAtomic(join(dir, 'start.docx'), Buffer.from('created'));
    expect(await readFile(join(dir, 'b.docx'), 'utf8')).toBe('created');
    expect(await readlink(join(dir, 'start.docx'))).toBe(join('a', 'hop.docx'));
    expect(await resolveWriteTarget(join(dir, 'start.docx'))).toBe(join(dir, 'b.docx'));
  });

  it('refuses a loop of links', async () => {
    await symlink('two.docx', join(dir, 'one.docx'));
    await symlink('one.docx', join(dir, 'two.docx'));
    const error = await refusal(writeFileAtomic(join(dir, 'one.docx'), Buffer.from('x')));
    expect(error.code).toBe('target-link-loop');
    expect((await lstat(join(dir, 'one.docx'))).isSymbolicLink()).toBe(true);
    expect(await leftovers(dir)).toEqual([]);
  });
});

describe('targets that are not regular files', () => {
  it('refuses a named pipe and leaves it a pipe', async () => {
    const fifo = join(dir, 'pipe.docx');
    execFileSync('mkfifo', [fifo]);
    const error = await refusal(writeFileAtomic(fifo, Buffer.from('x')));
    expect(error.code).toBe('target-not-a-file');
    expect((await stat(fifo)).isFIFO()).toBe(true);
    expect(await leftovers(dir)).toEqual([]);
  });

  it('refuses a link to a pipe', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    await symlink('pipe', join(dir, 'to-pipe.docx'));
    expect((await refusal(writeFileAtomic(join(dir, 'to-pipe.docx'), Buffer.from('x')))).code).toBe('target-not-a-file');
    expect((await stat(join(dir, 'pipe'))).isFIFO()).toBe(true);
  });

  it.runIf(isRoot)('refuses a device (a copy of /dev/full made here) and leaves it a device', async () => {
    const device = join(dir, 'full');
    execFileSync('mknod', [device, 'c', '1', '7']);
    expect((await refusal(writeFileAtomic(device, Buffer.from('x')))).code).toBe('target-not-a-file');
    expect((await stat(device)).isCharacterDevice()).toBe(true);
  });

  it('refuses a folder, also through a link', async () => {
    await mkdir(join(dir, 'folder.docx'));
    await symlink('folder.docx', join(dir, 'to-folder.docx'));
    expect((await refusal(writeFileAtomic(join(dir, 'folder.docx'), Buffer.from('x')))).code).toBe('target-is-folder');
    expect((await refusal(writeFileAtomic(join(dir, 'to-folder.docx'), Buffer.from('x')))).code).toBe('target-is-folder');
    expect(await leftovers(dir)).toEqual([]);
  });
});
