// Backups through SQLite's online backup API, their rotation, the check at
// open, and recovery of a damaged database from the newest good backup.
import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backupsToPrune } from '../../electron/store/safety/backup-policy';
import { backupDir, backupFileName, listBackups, parseBackupName } from '../../electron/store/safety/backups';
import { DATABASE_FILE } from '../../electron/store/database';
import { openDraftStore } from '../../electron/store/draft-store';
import { checkDatabaseFile } from '../../electron/store/safety/integrity';
import { openLibrary } from '../../electron/store/open-library';
import type { BackupInfo, BackupKind } from '../../shared/library';
import { blockText } from '../../shared/model';
import { manualClock, newDraft, report, tempDirs } from '../support/library-fixtures';

const temp = tempDirs('store-backups-');
afterEach(() => temp.cleanup());

/** Overwrites the middle third of a file with bytes that are no database page. */
export function damageMiddle(file: string): void {
  const size = fs.statSync(file).size;
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(Math.floor(size / 3), 0xa5), 0, Math.floor(size / 3), Math.floor(size / 3));
  fs.closeSync(fd);
}

describe('backup rotation (pure)', () => {
  const at = (iso: string, kind: BackupKind = 'daily'): BackupInfo => ({ name: backupFileName(kind, new Date(iso)), kind, created: iso, bytes: 1 });

  it('keeps the newest of each of the last 7 days and of each of the last 4 weeks', () => {
    const now = new Date('2026-03-31T12:00:00.000Z');
    const backups: BackupInfo[] = [];
    for (let day = 0; day < 60; day++) {
      backups.push(at(new Date(now.getTime() - day * 86_400_000).toISOString()));
      backups.push(at(new Date(now.getTime() - day * 86_400_000 - 3_600_000).toISOString(), 'manual'));
    }
    const pruned = new Set(backupsToPrune(backups, now).map((b) => b.name));
    const kept = backups.filter((b) => !pruned.has(b.name));
    // 7 days, plus the newest of 3 earlier weeks (this week is among the 7 days).
    expect(kept.length).toBeGreaterThanOrEqual(7 + 3 - 1);
    expect(kept.length).toBeLessThanOrEqual(7 + 4);
    for (let day = 0; day < 7; day++) expect(kept.map((b) => b.created)).toContain(new Date(now.getTime() - day * 86_400_000).toISOString());
    expect(kept.every((b) => now.getTime() - Date.parse(b.created) < 35 * 86_400_000)).toBe(true);
  });

  it('keeps the newest backup however old, and a few made before migrations and restores', () => {
    const now = new Date('2026-03-31T12:00:00.000Z');
    const old = at('2025-01-01T00:00:00.000Z');
    expect(backupsToPrune([old], now)).toEqual([]);
    const safety = Array.from({ length: 6 }, (_, i) => at(`2026-03-2${i}T00:00:00.000Z`, 'before-migration'));
    expect(backupsToPrune(safety, now).map((b) => b.created)).toEqual(['2026-03-22T00:00:00.000Z', '2026-03-21T00:00:00.000Z', '2026-03-20T00:00:00.000Z']);
  });

  it('names backups by time and kind and reads the names back', () => {
    const name = backupFileName('before-migration', new Date('2026-03-01T08:30:00.123Z'), 2);
    expect(name).toBe('drafts-20260301T083000123Z-before-migration-2.sqlite3');
    expect(parseBackupName(name)).toEqual({ kind: 'before-migration', created: '2026-03-01T08:30:00.123Z' });
    expect(parseBackupName('drafts.sqlite3')).toBeNull();
    expect(parseBackupName('drafts-20260301T083000123Z-unknown.sqlite3')).toBeNull();
  });
});

describe('backups', () => {
  it('writes a sound copy with the online backup API while the library is open, and lists it', async () => {
    const dir = temp.make();
    const store = openDraftStore(dir);
    const { id } = store.drafts.create(newDraft('报告', '备份里的正文'));
    const info = await store.backups.create('manual');
    store.drafts.saveContent(id, report('报告', '备份之后的正文'));
    expect(store.backups.list()).toEqual([info]);
    const file = path.join(backupDir(dir), info.name);
    expect(checkDatabaseFile(file, 'integrity_check')).toBeNull();
    const copy = new Sqlite(file, { readonly: true });
    expect(copy.prepare('SELECT content FROM drafts').pluck().get()).toContain('备份里的正文');
    copy.close();
    store.close();
  });

  it('makes one daily backup a day, in the upkeep after opening, not before the library is shown', async () => {
    const dir = temp.make();
    const clock = manualClock('2026-03-02T09:00:00.000Z');
    const upkept = async () => {
      const opened = await openLibrary(dir, { now: clock.now });
      expect(opened.store.drafts.list()).toEqual([]);
      await opened.upkeep();
      opened.store.close();
    };
    const opened = await openLibrary(dir, { now: clock.now });
    expect(listBackups(dir)).toEqual([]);
    opened.store.close();
    await upkept();
    await upkept();
    expect(listBackups(dir).map((b) => b.kind)).toEqual(['daily']);
    clock.advance(86_400_000);
    await upkept();
    expect(listBackups(dir).map((b) => b.kind)).toEqual(['daily', 'daily']);
  });

  it('writes compact backups (VACUUM INTO): space freed in the library is not copied', async () => {
    const dir = temp.make();
    const store = openDraftStore(dir);
    const ids = Array.from({ length: 30 }, (_, i) => store.drafts.create(newDraft(`报告${i}`, '正文'.repeat(4000))).id);
    for (const id of ids.slice(1)) {
      store.library.trash(id);
      store.library.purge(id);
    }
    const info = await store.backups.create('manual');
    const live = new Sqlite(path.join(dir, DATABASE_FILE), { readonly: true });
    const pages = (db: Sqlite.Database) => Number(db.pragma('page_count', { simple: true })) - Number(db.pragma('freelist_count', { simple: true }));
    const copy = new Sqlite(path.join(backupDir(dir), info.name), { readonly: true });
    expect(Number(copy.pragma('freelist_count', { simple: true }))).toBe(0);
    expect(Number(copy.pragma('page_count', { simple: true }))).toBeLessThanOrEqual(pages(live));
    expect(copy.prepare('SELECT count(*) FROM drafts').pluck().get()).toBe(1);
    copy.close();
    live.close();
    store.close();
  });

  it('backs up before migrating an older database, and keeps its drafts through the migration', async () => {
    const dir = temp.make();
    const old = new Sqlite(path.join(dir, DATABASE_FILE));
    old.exec(`CREATE TABLE drafts (id TEXT PRIMARY KEY, title TEXT NOT NULL, template TEXT NOT NULL, metadata TEXT NOT NULL,
      content TEXT NOT NULL, created TEXT NOT NULL, updated TEXT NOT NULL); CREATE INDEX drafts_updated ON drafts (updated);`);
    const d = newDraft('旧版本的文稿', '迁移之前写的正文');
    old.prepare('INSERT INTO drafts VALUES (?, ?, ?, ?, ?, ?, ?)').run('old-1', d.title, d.template, JSON.stringify(d.metadata), JSON.stringify(d.content), '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z');
    old.pragma('user_version = 1');
    old.close();
    const { store } = await openLibrary(dir);
    const before = listBackups(dir).filter((b) => b.kind === 'before-migration');
    expect(before).toHaveLength(1);
    const copy = new Sqlite(path.join(backupDir(dir), before[0]!.name), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    copy.close();
    expect(store.drafts.get('old-1').title).toBe('旧版本的文稿');
    expect(store.library.search('迁移之前').map((h) => h.id)).toEqual(['old-1']);
    store.close();
  });

  it('restores a backup into the open library, keeping the current text as a version and later drafts', async () => {
    const dir = temp.make();
    const store = openDraftStore(dir);
    const a = store.drafts.create(newDraft('甲', '备份时的正文'));
    const gone = store.drafts.create(newDraft('乙', '后来被彻底删除'));
    const info = await store.backups.create('daily');
    store.drafts.saveContent(a.id, report('甲', '备份后改坏的正文'));
    store.library.trash(gone.id);
    store.library.purge(gone.id);
    const later = store.drafts.create(newDraft('丙', '备份之后新建'));
    const result = await store.backups.restore(info.name);
    expect(result).toMatchObject({ added: 1, replaced: 1 });
    expect(blockText(store.drafts.get(a.id).content[2]!)).toBe('备份时的正文');
    expect(store.drafts.get(gone.id).title).toBe('乙');
    expect(store.drafts.get(later.id).title).toBe('丙');
    const kept = store.versions.list(a.id).find((v) => v.kind === 'before-restore')!;
    expect(blockText(store.versions.get(kept.id).content[2]!)).toBe('备份后改坏的正文');
    expect(store.backups.list().some((b) => b.kind === 'before-restore')).toBe(true);
    await expect(store.backups.restore('../drafts.sqlite3')).rejects.toMatchObject({ code: 'backup-not-found' });
    store.close();
  });
});

describe('recovery at open', () => {
  it('moves a damaged database aside, restores the newest good backup, and says so in Chinese', async () => {
    const dir = temp.make();
    const first = await openLibrary(dir);
    const a = first.store.drafts.create(newDraft('甲报告'));
    const b = first.store.drafts.create(newDraft('乙报告'));
    await first.store.backups.create('manual');
    first.store.close();
    const file = path.join(dir, DATABASE_FILE);
    damageMiddle(file);
    const damagedBytes = fs.readFileSync(file);
    expect(checkDatabaseFile(file)).not.toBeNull();

    const opened = await openLibrary(dir);
    const { store } = opened;
    expect(opened.notice).toBeNull();
    await opened.upkeep();
    expect(store.drafts.list().map((d) => d.id).sort()).toEqual([a.id, b.id].sort());
    const notice = opened.takeNotice();
    expect(opened.takeNotice()).toBeNull();
    expect(notice?.kind).toBe('recovered');
    expect(notice?.message).toMatch(/已损坏.*改名为“drafts\.sqlite3\.damaged-\d{8}-\d{6}”.*没有删除.*手动备份恢复了文稿库，现有 2 份文稿/su);
    const aside = fs.readdirSync(dir).find((n) => /^drafts\.sqlite3\.damaged-\d{8}-\d{6}$/u.test(n))!;
    expect(fs.readFileSync(path.join(dir, aside)).equals(damagedBytes)).toBe(true);
    expect(checkDatabaseFile(file, 'integrity_check')).toBeNull();
    store.close();
  });

  it('recovers when a query reads a damaged page before the check has run, and runs the query again on the recovered library', async () => {
    const dir = temp.make();
    const first = await openLibrary(dir);
    const a = first.store.drafts.create(newDraft('甲报告', '备份里的正文'));
    await first.store.backups.create('manual');
    first.store.close();
    const file = path.join(dir, DATABASE_FILE);
    const db = new Sqlite(file);
    db.pragma('journal_mode = DELETE');
    const pageSize = Number(db.pragma('page_size', { simple: true }));
    const root = Number(db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'drafts'").pluck().get());
    db.close();
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (root - 1) * pageSize);
    fs.closeSync(fd);

    const told: string[] = [];
    const opened = await openLibrary(dir, { onNotice: () => told.push('notice') });
    expect(opened.notice).toBeNull();
    // The check has not run: the list itself meets the damage.
    expect(opened.store.drafts.list().map((d) => d.id)).toEqual([a.id]);
    expect(blockText(opened.store.drafts.get(a.id).content[2]!)).toBe('备份里的正文');
    await new Promise((r) => setImmediate(r));
    expect(told).toEqual(['notice']);
    expect(opened.takeNotice()?.message).toMatch(/已损坏.*没有删除.*手动备份恢复了文稿库，现有 1 份文稿/su);
    // The check that runs afterwards looks at the recovered file and finds it sound.
    await opened.upkeep();
    expect(opened.takeNotice()).toBeNull();
    expect(fs.readdirSync(dir).filter((n) => /^drafts\.sqlite3\.damaged-[\d-]+$/u.test(n))).toHaveLength(1);
    opened.store.close();
  });

  it('uses an older backup when the newest is damaged too, and salvages newer drafts from the damaged file', async () => {
    const dir = temp.make();
    const clock = manualClock('2026-03-02T09:00:00.000Z');
    const { store: s } = await openLibrary(dir, { now: clock.now });
    const a = s.drafts.create(newDraft('甲报告', '备份时的正文'));
    clock.advance(86_400_000);
    await s.backups.create('manual');
    clock.advance(86_400_000);
    const broken = await s.backups.create('manual');
    clock.advance(60_000);
    s.drafts.saveContent(a.id, report('甲报告', '备份之后写的正文'));
    s.close();
    damageMiddle(path.join(backupDir(dir), broken.name));
    // Damage the free list only: quick_check fails while the drafts table still reads.
    const db = new Sqlite(path.join(dir, DATABASE_FILE));
    db.pragma('journal_mode = DELETE');
    db.close();
    const file = path.join(dir, DATABASE_FILE);
    const bytes = fs.readFileSync(file);
    bytes.writeUInt32BE(999_999, 32); // header: first free-list page
    bytes.writeUInt32BE(5, 36); // header: free-list page count
    fs.writeFileSync(file, bytes);
    expect(checkDatabaseFile(file)).not.toBeNull();

    // Nothing reads the free list, so only the check after opening finds this damage.
    const told: string[] = [];
    const opened = await openLibrary(dir, { now: clock.now, onNotice: () => told.push('notice') });
    const { store } = opened;
    expect(store.drafts.list().map((d) => d.id)).toEqual([a.id]);
    expect(opened.takeNotice()).toBeNull();
    await opened.upkeep();
    await new Promise((r) => setImmediate(r));
    expect(told).toEqual(['notice']);
    expect(fs.readdirSync(dir).some((n) => n.startsWith('drafts.sqlite3.damaged-'))).toBe(true);
    const notice = opened.takeNotice();
    expect(notice?.message).toMatch(/找回了 1 份比备份更新的文稿/u);
    expect(blockText(store.drafts.get(a.id).content[2]!)).toBe('备份之后写的正文');
    const kept = store.versions.list(a.id).find((v) => v.kind === 'before-restore')!;
    expect(blockText(store.versions.get(kept.id).content[2]!)).toBe('备份时的正文');
    store.close();
  });

  it('starts an empty library beside the kept file when no backup is sound', async () => {
    const dir = temp.make();
    fs.writeFileSync(path.join(dir, DATABASE_FILE), Buffer.from('这不是数据库。'.repeat(500)));
    const { store, notice } = await openLibrary(dir);
    expect(store.drafts.list()).toEqual([]);
    expect(notice?.message).toMatch(/没有找到可用的备份.*不要删除保留的文件/su);
    expect(fs.readdirSync(dir).some((n) => n.startsWith('drafts.sqlite3.damaged-'))).toBe(true);
    store.close();
  });

  it('opens a sound database without a notice and leaves no damaged copies', async () => {
    const dir = temp.make();
    (await openLibrary(dir)).store.close();
    const { store, notice } = await openLibrary(dir);
    expect(notice).toBeNull();
    expect(fs.readdirSync(dir).filter((n) => n.includes('damaged'))).toEqual([]);
    store.close();
  });

  it('refuses a database from a newer version untouched instead of treating it as damage', async () => {
    const dir = temp.make();
    const newer = new Sqlite(path.join(dir, DATABASE_FILE));
    newer.exec('CREATE TABLE future (x)');
    newer.pragma('user_version = 999');
    newer.close();
    const bytes = fs.readFileSync(path.join(dir, DATABASE_FILE));
    await expect(openLibrary(dir)).rejects.toMatchObject({ code: 'database-too-new' });
    expect(fs.readFileSync(path.join(dir, DATABASE_FILE)).equals(bytes)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual([DATABASE_FILE]);
  });
});
