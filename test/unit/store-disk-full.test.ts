// Opening the library on a full disk (SQLite cannot make its -shm file): the
// clerk is told the disk is full and what to free, not "磁盘出错…U 盘", and the
// library opens read-only so drafts can still be read and exported; a change
// says it was not saved. Simulated (free space 0, the -shm place taken) and,
// where a small disk can be mounted, on a real full disk.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useTmpfs } from '../support/tmpfs';
import { newDraft, tempDirs } from '../support/library-fixtures';

const space = vi.hoisted(() => ({ free: null as number | null, shmFails: false }));
vi.mock('../../electron/fs/free-space', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../electron/fs/free-space')>();
  return { ...real, freeBytes: (dir: string) => space.free ?? real.freeBytes(dir) };
});
// What SQLite says when it cannot make the -shm file of a WAL database.
vi.mock('../../electron/store/database', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../electron/store/database')>();
  const { storageError } = await import('../../electron/store/storage-errors');
  return {
    ...real,
    openDatabase: (dataDir: string, options?: Parameters<typeof real.openDatabase>[1]) => {
      if (!space.shmFails) return real.openDatabase(dataDir, options);
      const error = Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR_SHMSIZE' });
      throw storageError(error, path.join(dataDir, real.DATABASE_FILE), dataDir);
    },
  };
});
const { DATABASE_FILE } = await import('../../electron/store/database');
const { openLibrary } = await import('../../electron/store/open-library');
const { storageError } = await import('../../electron/store/storage-errors');

const temp = tempDirs('store-disk-full-');
afterEach(() => {
  space.free = null;
  space.shmFails = false;
  temp.cleanup();
});

/** A closed library of two drafts, its log folded in and removed, as after a clean exit. */
async function closedLibrary(dir: string): Promise<string[]> {
  const { store } = await openLibrary(dir);
  const ids = [store.drafts.create(newDraft('甲报告')).id, store.drafts.create(newDraft('乙报告')).id];
  store.close();
  const file = path.join(dir, DATABASE_FILE);
  const Sqlite = (await import('better-sqlite3')).default;
  const db = new Sqlite(file);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  for (const ext of ['-wal', '-shm']) fs.rmSync(file + ext, { force: true });
  return ids;
}

async function expectReadOnly(dir: string, ids: string[]): Promise<void> {
  const { store, notice } = await openLibrary(dir, { now: () => new Date(Date.now() + 3 * 86_400_000) });
  try {
    expect(notice?.kind).toBe('read-only');
    expect(notice?.message).toMatch(/磁盘空间已满.*腾出至少 .*MB.*只读方式打开.*导出/su);
    expect(notice?.message).not.toMatch(/磁盘出错|U 盘是否连接/u);
    expect(store.drafts.list().map((d) => d.id).sort()).toEqual([...ids].sort());
    expect(store.drafts.get(ids[0]!).title).toBe('甲报告');
    expect(store.library.search('报告').length).toBeGreaterThan(0);
    expect(() => store.drafts.saveContent(ids[0]!, [{ type: 'paragraph', children: [{ text: '改' }] }])).toThrow(/磁盘空间已满，这项修改没有保存/u);
  } finally {
    store.close();
  }
}

describe('a full disk (simulated)', () => {
  it('names a disk error on a disk with no room the full disk, with what to free', () => {
    space.free = 0;
    const error = storageError(Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR_SHMSIZE' }), '/x/drafts.sqlite3', '/x');
    expect(error.code).toBe('disk-full');
    expect(error.message).toMatch(/只剩 0 KB.*删除不需要的文件.*腾出至少 50\.0 MB/su);
    space.free = 10 * 1024 * 1024 * 1024;
    expect(storageError(Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR_SHMSIZE' }), '/x/drafts.sqlite3', '/x').code).toBe('disk-error');
  });

  it('opens the library read-only when SQLite cannot make its -shm file', async () => {
    const dir = temp.make();
    const ids = await closedLibrary(dir);
    space.free = 0;
    space.shmFails = true;
    await expectReadOnly(dir, ids);
  });

  it('does not open read-only when the -wal holds changes a copy would miss', async () => {
    const dir = temp.make();
    await closedLibrary(dir);
    fs.writeFileSync(path.join(dir, `${DATABASE_FILE}-wal`), Buffer.alloc(4096, 1));
    space.free = 0;
    space.shmFails = true;
    await expect(openLibrary(dir)).rejects.toMatchObject({ code: 'disk-full' });
  });
});

describe('a real full disk (where a small one can be mounted)', () => {
  const disk = useTmpfs('disk-full', 'size=1m');
  const mount = disk.path;

  it('is named full, and the library opens read-only', async (ctx) => {
    if (!disk.mounted()) ctx.skip();
    const dir = path.join(mount, 'lib');
    const ids = await closedLibrary(dir);
    try {
      fs.writeFileSync(path.join(mount, 'filler'), Buffer.alloc(2 * 1024 * 1024));
    } catch {
      // The disk is full now.
    }
    await expectReadOnly(dir, ids);
  });
});
