// npm run cli -- library …: IT's tool for a machine's drafts. The issue's
// done-when: two reports into an empty data folder, a backup, garbage over
// the middle of the database, then `library list` reports the damage,
// restores from the backup, lists both drafts and keeps the damaged file.
import fs from 'node:fs';
import Sqlite from 'better-sqlite3';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { listBackups } from '../../electron/store/safety/backups';
import { checkDatabaseFile } from '../../electron/store/safety/integrity';
import { DATABASE_FILE } from '../../electron/store/database';
import { openDraftStore } from '../../electron/store/draft-store';
import { report } from '../support/library-fixtures';

let dir: string;
let out: string;
let err: string;
const cli = (...argv: string[]) =>
  runCli(argv, { stdout: (t) => void (out += t), stderr: (t) => void (err += t), cwd: dir, today: new Date(2026, 1, 20, 9, 0) });
const data = () => path.join(dir, 'data');

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'library-cli-'));
  out = '';
  err = '';
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function importTwoReports(): Promise<void> {
  expect(await cli('new', '--template', 'rule-of-law-annual', '-o', 'a.json', '--unit', '某某县司法局', '--year', '2025')).toBe(0);
  expect(await cli('new', '--template', 'annual-summary', '-o', 'b.json', '--unit', '某某乡人民政府', '--year', '2025')).toBe(0);
  expect(await cli('library', 'import', 'a.json', '--data-dir', 'data')).toBe(0);
  expect(await cli('library', 'import', 'b.json', '--data-dir', 'data')).toBe(0);
  expect(out).toContain('已导入：新增 1 份');
  out = '';
}

describe('cli library', () => {
  it('repairs a damaged database from its backup when listing, keeping the damaged file', async () => {
    await importTwoReports();
    expect(await cli('library', 'backup', '--data-dir', 'data')).toBe(0);
    expect(out).toMatch(/已备份：.*backups.*manual\.sqlite3/u);

    // The page the list reads first is damaged (the list runs no whole-file check: it meets the damage).
    const file = path.join(data(), DATABASE_FILE);
    const db = new Sqlite(file);
    const pageSize = Number(db.pragma('page_size', { simple: true }));
    const root = Number(db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'drafts'").pluck().get());
    db.close();
    const garbage = Buffer.alloc(pageSize, '损坏');
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, garbage, 0, pageSize, (root - 1) * pageSize);
    fs.closeSync(fd);
    const damaged = fs.readFileSync(file);

    out = '';
    expect(await cli('library', 'list', '--data-dir', 'data')).toBe(0);
    expect(err).toMatch(/文稿数据库文件已损坏.*改名为“drafts\.sqlite3\.damaged-.*没有删除.*恢复了文稿库，现有 2 份文稿/su);
    expect(out).toContain('某某县司法局关于2025年度法治政府建设情况的报告');
    expect(out).toContain('某某乡人民政府');
    expect(out).toContain('共 2 份。');
    expect(out).toContain('距报送截止还有 9 天');
    const kept = fs.readdirSync(data()).filter((n) => /^drafts\.sqlite3\.damaged-\d{8}-\d{6}$/u.test(n));
    expect(kept).toHaveLength(1);
    expect(fs.readFileSync(path.join(data(), kept[0]!)).equals(damaged)).toBe(true);

    // Repaired for good: the next run has nothing to report.
    err = '';
    expect(await cli('library', 'list', '--data-dir', 'data')).toBe(0);
    expect(err).toBe('');
  });

  it('checks the whole file before a backup: damage no query reads is recovered from, not copied', async () => {
    await importTwoReports();
    expect(await cli('library', 'backup', '--data-dir', 'data')).toBe(0);
    const file = path.join(data(), DATABASE_FILE);
    const db = new Sqlite(file);
    db.pragma('journal_mode = DELETE');
    db.close();
    const bytes = fs.readFileSync(file);
    bytes.writeUInt32BE(999_999, 32); // header: first free-list page
    bytes.writeUInt32BE(5, 36); // header: free-list page count
    fs.writeFileSync(file, bytes);
    err = '';
    expect(await cli('library', 'list', '--data-dir', 'data')).toBe(0);
    expect(err).toBe('');
    expect(await cli('library', 'backup', '--data-dir', 'data')).toBe(0);
    expect(err).toMatch(/文稿数据库文件已损坏.*没有删除.*恢复了文稿库，现有 2 份文稿/su);
    expect(fs.readdirSync(data()).filter((n) => /^drafts\.sqlite3\.damaged-[\d-]+$/u.test(n))).toHaveLength(1);
    const newest = listBackups(data())[0]!;
    expect(checkDatabaseFile(path.join(data(), 'backups', newest.name), 'integrity_check')).toBeNull();
  });

  it('exports the library to one file and imports it on another machine; backs up to a chosen file; restores', async () => {
    await importTwoReports();
    expect(await cli('library', 'export', '--data-dir', 'data', '-o', 'all.gwlib')).toBe(0);
    expect(out).toContain('已导出 2 份文稿');
    expect(await cli('library', 'import', 'all.gwlib', '--data-dir', 'other')).toBe(0);
    out = '';
    expect(await cli('library', 'list', '--data-dir', 'other')).toBe(0);
    expect(out).toContain('共 2 份。');

    out = '';
    expect(await cli('library', 'backup', '--data-dir', 'data', '-o', 'copy.sqlite3')).toBe(0);
    expect(fs.statSync(path.join(dir, 'copy.sqlite3')).size).toBeGreaterThan(4096);
    const name = path.basename(/已备份：(.*)\n/u.exec(out)![1]!);

    const store = openDraftStore(data());
    const [first] = store.drafts.list();
    store.drafts.saveContent(first!.id, report('改坏的标题'));
    store.close();
    out = '';
    expect(await cli('library', 'restore', '--data-dir', 'data', '--backup', name), err).toBe(0);
    expect(out).toMatch(/已从2026年2月20日 09:00:00 的手动备份恢复：.*更新 1 份/u);
    const again = openDraftStore(data());
    expect(again.drafts.list().map((d) => d.title)).not.toContain('改坏的标题');
    expect(again.versions.list(first!.id).some((v) => v.title === '改坏的标题')).toBe(true);
    again.close();
    expect(listBackups(data()).some((b) => b.kind === 'before-restore')).toBe(true);
  });

  it('says what is missing, in Chinese, with exit code 2', async () => {
    const saved = process.env.REPORT_EDITOR_DATA_DIR;
    delete process.env.REPORT_EDITOR_DATA_DIR;
    try {
      expect(await cli('library', 'list')).toBe(2);
      expect(err).toContain('缺少数据文件夹');
      err = '';
      expect(await cli('library', 'frobnicate', '--data-dir', 'data')).toBe(2);
      expect(err).toContain('请指定 library 的操作');
      err = '';
      expect(await cli('library', 'import', 'missing.gwlib', '--data-dir', 'data')).toBe(1);
      expect(err).toContain('无法读取文件');
    } finally {
      if (saved !== undefined) process.env.REPORT_EDITOR_DATA_DIR = saved;
    }
  });
});
