// Messages that name the real cause and the next step (issue 11, items 9 and
// 10): a zip with a hundred thousand entries, a read-only disk under the data
// folder, `check` on a folder, a device or a file over the size limit (which
// is refused before a byte of it is read).
import fs from 'node:fs';
import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useTmpfs } from '../support/tmpfs';

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return { ...real, readFile: vi.fn(real.readFile) };
});
const { readFile } = await import('node:fs/promises');
const { runCli } = await import('../../electron/cli/run');
const { readForCheck } = await import('../../electron/cli/commands/check');
const { makeFolder } = await import('../../electron/fs/make-folder');
const { importFile } = await import('../../electron/import/import-file');
const { openLibrary } = await import('../../electron/store/open-library');
const { buildZip } = await import('../fixtures/import/build-zip');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'causes-'));
  vi.mocked(readFile).mockClear();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function cli(...argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await runCli(argv, { cwd: dir, stdout: (s) => (out += s), stderr: (s) => (out += s), today: new Date(2024, 2, 1) });
  return { code, out };
}

describe('a zip with far more entries than a document', () => {
  /** A zip whose end record declares `count` entries (0xffff: a ZIP64 archive, as 100,000 entries need). */
  function zipDeclaring(count: number): Uint8Array {
    const zip = Buffer.from(buildZip([{ name: 'word/document.xml', data: Buffer.from('<w:document/>') }]));
    const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    zip.writeUInt16LE(count, end + 8);
    zip.writeUInt16LE(count, end + 10);
    return zip;
  }

  it.each([0xffff, 6000])('%i entries: named as too many parts, not as a size beyond a document', async (count) => {
    const p = path.join(dir, '部件.docx');
    await writeFile(p, zipDeclaring(count));
    const error = await importFile(p, new Date()).then(
      () => null,
      (e: Error) => e,
    );
    expect(error?.message).toMatch(/部件数量远多于正常的 Word 文档/u);
    expect(error?.message).not.toMatch(/远超正常文档的大小/u);
  });
});

describe('check', () => {
  it('on an empty folder says there is nothing to check, not EISDIR', async () => {
    await mkdir(path.join(dir, '报告'));
    const { code, out } = await cli('check', '报告');
    expect(code).not.toBe(0);
    expect(out).toMatch(/[\u4e00-\u9fff]/u);
    expect(out).not.toMatch(/EISDIR/u);
  });

  it('reading a folder as one report says it is a folder, not EISDIR', async () => {
    await mkdir(path.join(dir, '报告.docx'));
    await expect(readForCheck(path.join(dir, '报告.docx'), new Date())).rejects.toThrow(/“报告\.docx”是文件夹，不是文件/u);
  });

  it('on a device says it is no file', async () => {
    const { out } = await cli('check', '/dev/zero');
    expect(out).toMatch(/不是普通文件/u);
  });

  it.each(['报告.txt', '报告.docx', '文稿.json'])('on %s over the size limit refuses it without reading it', async (name) => {
    const p = path.join(dir, name);
    await writeFile(p, '');
    await truncate(p, 1.5 * 1024 * 1024 * 1024); // sparse: takes no disk
    const { code, out } = await cli('check', name);
    expect(code).not.toBe(0);
    expect(out).toMatch(/超过了 50 MB/u);
    expect(vi.mocked(readFile).mock.calls.filter(([file]) => String(file) === p)).toEqual([]);
  });
});

describe('a data folder that cannot be created', () => {
  it('on a read-only disk is called read-only, not ENOENT mkdir (simulated)', async () => {
    const mkdirSync = vi.spyOn(fs, 'mkdirSync').mockImplementation(() => {
      throw Object.assign(new Error('ENOENT: no such file or directory, mkdir'), { code: 'ENOENT' });
    });
    const accessSync = vi.spyOn(fs, 'accessSync').mockImplementation(() => {
      throw Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
    });
    try {
      expect(() => makeFolder(path.join(dir, 'a', 'b'))).toThrow(expect.objectContaining({ code: 'EROFS' }));
      const error = await openLibrary(path.join(dir, 'a', 'b')).then(
        () => null,
        (e: Error) => e,
      );
      expect(error?.message).toMatch(/没有写入权限，或磁盘为只读/u);
      expect(error?.message).not.toMatch(/ENOENT|mkdir/u);
    } finally {
      mkdirSync.mockRestore();
      accessSync.mockRestore();
    }
  });

  it('inside a file is called not a folder', async () => {
    await writeFile(path.join(dir, 'file'), 'x');
    const error = await openLibrary(path.join(dir, 'file', 'lib')).then(
      () => null,
      (e: Error) => e,
    );
    expect(error?.message).toMatch(/不是文件夹/u);
  });

  describe('on a real read-only disk (where this test may mount one)', () => {
    const disk = useTmpfs('causes-ro', 'ro,size=1m');
    const mount = disk.path;

    it('is called read-only', async (ctx) => {
      if (!disk.mounted()) ctx.skip();
      const error = await openLibrary(path.join(mount, 'lib')).then(
        () => null,
        (e: Error) => e,
      );
      expect(error?.message).toMatch(/没有写入权限，或磁盘为只读/u);
      expect(error?.message).not.toMatch(/ENOENT/u);
    });
  });
});
