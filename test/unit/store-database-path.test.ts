// What is at the database path when the library opens: an empty or too-short
// file where a library was, a folder, a special file or a loop of links is
// damage — kept aside, the newest good backup put in its place — never a new,
// empty library (whose daily backups would push the good ones out) and never
// "磁盘出错".
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/store/database';
import { classifyDatabasePath } from '../../electron/store/safety/database-path';
import { openLibrary } from '../../electron/store/open-library';
import { newDraft, tempDirs } from '../support/library-fixtures';

const temp = tempDirs('store-db-path-');
afterEach(() => temp.cleanup());

/** A data folder with two drafts and a manual backup of them, closed. */
async function libraryWithBackup(): Promise<{ dir: string; file: string; ids: string[] }> {
  const dir = temp.make();
  const { store } = await openLibrary(dir);
  const ids = [store.drafts.create(newDraft('甲报告')).id, store.drafts.create(newDraft('乙报告')).id];
  await store.backups.create('manual');
  store.close();
  return { dir, file: path.join(dir, DATABASE_FILE), ids };
}

async function expectRecovered(dir: string, ids: string[], kept: (name: string) => boolean): Promise<void> {
  const { store, notice } = await openLibrary(dir);
  try {
    expect(store.drafts.list().map((d) => d.id).sort()).toEqual([...ids].sort());
    expect(notice?.kind).toBe('recovered');
    expect(notice?.message).toMatch(/改名为“drafts\.sqlite3\.damaged-[\d-]+”.*没有删除.*手动备份恢复了文稿库，现有 2 份文稿/su);
    expect(notice?.message).not.toMatch(/磁盘出错|U 盘/u);
    const aside = fs.readdirSync(dir).filter((n) => n.startsWith(`${DATABASE_FILE}.damaged-`) && !/-(?:wal|shm)$/u.test(n));
    expect(aside.length).toBe(1);
    expect(kept(path.join(dir, aside[0]!))).toBe(true);
  } finally {
    store.close();
  }
}

describe('an empty or cut-short database where a library was', () => {
  it.each([0, 100, 511])('a %i-byte file with backups beside it is damage, recovered from the backup', async (size) => {
    const { dir, file, ids } = await libraryWithBackup();
    fs.writeFileSync(file, fs.readFileSync(file).subarray(0, size));
    for (const ext of ['-wal', '-shm']) fs.rmSync(file + ext, { force: true });
    expect(classifyDatabasePath(dir).kind).toBe('damaged');
    await expectRecovered(dir, ids, (aside) => fs.statSync(aside).size === size);
  });

  it('an empty file with a write-ahead log beside it (no backups) is damage, kept with its log', async () => {
    const dir = temp.make();
    const file = path.join(dir, DATABASE_FILE);
    fs.writeFileSync(file, '');
    fs.writeFileSync(`${file}-wal`, Buffer.alloc(4096, 1));
    expect(classifyDatabasePath(dir)).toMatchObject({ kind: 'damaged' });
    const { store, notice } = await openLibrary(dir);
    expect(notice?.message).toMatch(/没有找到可用的备份/u);
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('-wal') && n.includes('damaged')).length).toBe(1);
    store.close();
  });

  it('an empty file where no library was is a new library', async () => {
    const dir = temp.make();
    fs.writeFileSync(path.join(dir, DATABASE_FILE), '');
    expect(classifyDatabasePath(dir)).toEqual({ kind: 'file' });
    const { store, notice } = await openLibrary(dir);
    expect(notice).toBeNull();
    expect(store.drafts.list()).toEqual([]);
    store.close();
  });

  it('no file is a new library; a sound one is left to quick_check', async () => {
    const { dir } = await libraryWithBackup();
    expect(classifyDatabasePath(dir)).toEqual({ kind: 'file' });
    expect(classifyDatabasePath(temp.make())).toEqual({ kind: 'absent' });
  });
});

describe('something other than a file at the database path', () => {
  it('a folder is damage: moved aside whole and recovered from', async () => {
    const { dir, file, ids } = await libraryWithBackup();
    fs.rmSync(file);
    for (const ext of ['-wal', '-shm']) fs.rmSync(file + ext, { force: true });
    fs.mkdirSync(file);
    fs.writeFileSync(path.join(file, 'note.txt'), '某人放在这里的文件');
    await expectRecovered(dir, ids, (aside) => fs.readFileSync(path.join(aside, 'note.txt'), 'utf8') === '某人放在这里的文件');
  });

  it('a loop of symbolic links is damage, the links kept aside', async () => {
    const { dir, file, ids } = await libraryWithBackup();
    fs.rmSync(file);
    for (const ext of ['-wal', '-shm']) fs.rmSync(file + ext, { force: true });
    fs.symlinkSync('loop-b', file);
    fs.symlinkSync(DATABASE_FILE, path.join(dir, 'loop-b'));
    expect(classifyDatabasePath(dir)).toMatchObject({ kind: 'damaged', problem: expect.stringMatching(/循环/u) });
    await expectRecovered(dir, ids, (aside) => fs.lstatSync(aside).isSymbolicLink());
  });

  it('a named pipe is damage', async () => {
    const { dir, file, ids } = await libraryWithBackup();
    fs.rmSync(file);
    for (const ext of ['-wal', '-shm']) fs.rmSync(file + ext, { force: true });
    execFileSync('mkfifo', [file]);
    await expectRecovered(dir, ids, (aside) => fs.statSync(aside).isFIFO());
  });

  it('a link to a sound database is followed, not damage', async () => {
    const { dir, file, ids } = await libraryWithBackup();
    const elsewhere = path.join(temp.make(), 'real.sqlite3');
    fs.renameSync(file, elsewhere);
    for (const ext of ['-wal', '-shm']) if (fs.existsSync(file + ext)) fs.renameSync(file + ext, elsewhere + ext);
    fs.symlinkSync(elsewhere, file);
    const { store, notice } = await openLibrary(dir);
    expect(notice).toBeNull();
    expect(store.drafts.list().map((d) => d.id).sort()).toEqual([...ids].sort());
    store.close();
  });
});
