// Failures while opening the library and reading a backup reach the clerk as
// Chinese messages that are true of the file they name, and leave no
// connection open.
import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDir, backupFileName } from '../../electron/store/safety/backups';
import { DATABASE_FILE } from '../../electron/store/database';
import { openDraftStore } from '../../electron/store/draft-store';
import { openLibrary } from '../../electron/store/open-library';
import { UNTOUCHED } from '../../electron/store/storage-errors';
import { UserFacingError } from '../../shared/result';
import { newDraft, tempDirs } from '../support/library-fixtures';

const temp = tempDirs('store-open-errors-');
afterEach(() => temp.cleanup());

describe('opening the store', () => {
  it('turns a failure after the file opened into a Chinese message and closes the connection', () => {
    const dir = temp.make();
    openDraftStore(dir).close();
    const db = new Sqlite(path.join(dir, DATABASE_FILE));
    db.exec('DROP TABLE settings');
    db.close();
    let error: unknown;
    try {
      openDraftStore(dir).close();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserFacingError);
    expect(error).toMatchObject({ code: 'database-error', message: expect.stringMatching(/读写文稿数据库.*时出错/u) });
    // A connection left open keeps the write-ahead log beside the file.
    expect(fs.readdirSync(dir)).toEqual([DATABASE_FILE]);
  });
});

describe('restoring a backup', () => {
  it('says a locked backup is in use, naming the backup', async () => {
    const dir = temp.make();
    const store = openDraftStore(dir);
    store.drafts.create(newDraft('报告'));
    const info = await store.backups.create('manual');
    const file = path.join(backupDir(dir), info.name);
    const lock = new Sqlite(file);
    lock.pragma('locking_mode = EXCLUSIVE');
    lock.exec('BEGIN EXCLUSIVE; CREATE TABLE held (x);');
    try {
      await expect(store.backups.restore(info.name)).rejects.toMatchObject({ code: 'database-locked', message: expect.stringContaining(info.name) });
    } finally {
      lock.exec('ROLLBACK');
      lock.close();
      store.close();
    }
  }, 20_000);
});

describe('“the program did not change this file”', () => {
  it('is said, and true, when the store is opened on a file that is no database', () => {
    const dir = temp.make();
    const file = path.join(dir, DATABASE_FILE);
    fs.writeFileSync(file, Buffer.from('这不是数据库。'.repeat(500)));
    const bytes = fs.readFileSync(file);
    expect(() => openDraftStore(dir)).toThrow(expect.objectContaining({ code: 'database-not-a-database', message: expect.stringContaining(UNTOUCHED) }));
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('is not said when opening fails after openLibrary moved the damaged file aside; where it went is', async () => {
    const dir = temp.make();
    const file = path.join(dir, DATABASE_FILE);
    fs.writeFileSync(file, Buffer.from('这不是数据库。'.repeat(500)));
    const bytes = fs.readFileSync(file);
    // A backup that passes its check but cannot be opened: written by a newer version.
    fs.mkdirSync(backupDir(dir));
    const newer = new Sqlite(path.join(backupDir(dir), backupFileName('daily', new Date('2026-03-01T08:00:00.000Z'))));
    newer.exec('CREATE TABLE future (x)');
    newer.pragma('user_version = 999');
    newer.close();
    let error: UserFacingError | undefined;
    try {
      (await openLibrary(dir)).store.close();
    } catch (e) {
      error = e as UserFacingError;
    }
    expect(error).toBeInstanceOf(UserFacingError);
    expect(error!.code).toBe('database-too-new');
    expect(error!.message).toMatch(/改名为“drafts\.sqlite3\.damaged-\d{8}-\d{6}”.*没有删除.*仍无法打开.*请升级/su);
    expect(error!.message).not.toContain(UNTOUCHED);
    const aside = fs.readdirSync(dir).find((n) => /^drafts\.sqlite3\.damaged-/u.test(n))!;
    expect(fs.readFileSync(path.join(dir, aside)).equals(bytes)).toBe(true);
  });
});
