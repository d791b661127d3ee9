// Atomic writing of an export: the target is the old file or the whole new
// one, temporary files never stay, failures read as Chinese messages.
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportDocx } from '../../electron/export/write-docx';
import { writeFileAtomic } from '../../electron/fs/write-atomic';
import { UserFacingError } from '../../shared/result';
import { makeLongReport } from '../support/long-report';

const isRoot = process.getuid?.() === 0;
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'export-write-'));
});
afterEach(async () => {
  await chmod(dir, 0o755).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

async function failure(p: Promise<unknown>): Promise<UserFacingError> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserFacingError);
  return error as UserFacingError;
}

const noTempFiles = async (folder: string) => expect((await readdir(folder)).filter((n) => n.endsWith('.tmp'))).toEqual([]);

describe('writeFileAtomic', () => {
  it('writes a new file and replaces an existing one whole', async () => {
    const target = join(dir, '报告.docx');
    await writeFileAtomic(target, Buffer.from('first'));
    expect(await readFile(target, 'utf8')).toBe('first');
    await writeFileAtomic(target, Buffer.from('second'));
    expect(await readFile(target, 'utf8')).toBe('second');
    expect(await readdir(dir)).toEqual(['报告.docx']);
  });

  it('leaves the target and no temporary file when the rename fails (target is a folder)', async () => {
    const target = join(dir, '报告.docx');
    await mkdir(target);
    await writeFile(join(target, 'inside.txt'), 'kept');
    const error = await failure(writeFileAtomic(target, Buffer.from('new')));
    expect(error.code).toBe('target-is-folder');
    expect(error.message).toContain('“报告.docx”');
    expect(await readFile(join(target, 'inside.txt'), 'utf8')).toBe('kept');
    await noTempFiles(dir);
  });

  it('reports a missing folder', async () => {
    const error = await failure(writeFileAtomic(join(dir, '没有的文件夹', '报告.docx'), Buffer.from('x')));
    expect(error.code).toBe('folder-missing');
    expect(error.message).toMatch(/文件夹不存在/u);
    await noTempFiles(dir);
  });

  it.skipIf(isRoot)('refuses a read-only target, as Word would, and keeps it (skipped as root: chmod does not bind root)', async () => {
    const target = join(dir, '报告.docx');
    await writeFile(target, 'old');
    await chmod(target, 0o444);
    const error = await failure(writeFileAtomic(target, Buffer.from('new')));
    expect(error.code).toBe('target-locked');
    expect(error.message).toBe('无法写入“报告.docx”：文件可能正在其他程序（如 Word 或 WPS）中打开，或为只读。请关闭该文件后重试，或另存为其他文件名。');
    expect(await readFile(target, 'utf8')).toBe('old');
    await noTempFiles(dir);
  });

  it.skipIf(isRoot)('reports a read-only folder and keeps the old file (skipped as root: chmod does not bind root)', async () => {
    const target = join(dir, '报告.docx');
    await writeFile(target, 'old');
    await chmod(dir, 0o555);
    const error = await failure(writeFileAtomic(target, Buffer.from('new')));
    expect(error.code).toBe('folder-readonly');
    expect(error.message).toMatch(/只读/u);
    await chmod(dir, 0o755);
    expect(await readFile(target, 'utf8')).toBe('old');
    await noTempFiles(dir);
  });
});

describe('exportDocx', () => {
  it('writes a .docx (a zip file) of the report', async () => {
    const target = join(dir, 'report.docx');
    await exportDocx(target, makeLongReport(2000));
    const bytes = await readFile(target);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    await noTempFiles(dir);
  });
});
