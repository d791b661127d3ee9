import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Sqlite, { type Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, openDatabase } from '../../electron/store/database';
import { migrate, userVersion } from '../../electron/store/migrate';
import { MIGRATIONS, type Migration } from '../../electron/store/migrations';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-migrate-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function schema(db: Database): unknown[] {
  return db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all();
}

const create = (version: number, table: string): Migration => ({
  version,
  name: `create ${table}`,
  up: (db) => db.exec(`CREATE TABLE ${table} (x)`),
});

describe('migrations', () => {
  it('are numbered 1..n in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('bring a fresh database to the latest version with the drafts table', () => {
    const db = openDatabase(tempDir());
    expect(userVersion(db)).toBe(MIGRATIONS.length);
    const names = (schema(db) as { name: string }[]).map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['drafts', 'drafts_updated']));
    db.close();
  });

  it('do nothing the second time', () => {
    const db = new Sqlite(':memory:');
    expect(migrate(db)).toBe(MIGRATIONS.length);
    const before = schema(db);
    expect(migrate(db)).toBe(MIGRATIONS.length);
    expect(schema(db)).toEqual(before);
    db.close();
  });

  it('apply only the pending ones', () => {
    const db = new Sqlite(':memory:');
    const ran: number[] = [];
    const list = [1, 2, 3].map((v) => ({ ...create(v, `t${v}`), up: (d: Database) => (ran.push(v), create(v, `t${v}`).up(d)) }));
    migrate(db, list.slice(0, 1));
    migrate(db, list);
    expect(ran).toEqual([1, 2, 3]);
    expect(userVersion(db)).toBe(3);
    db.close();
  });

  it('roll back a migration that throws midway, keeping the earlier ones', () => {
    const db = new Sqlite(':memory:');
    const failing: Migration = {
      version: 2,
      name: 'fails halfway',
      up(d) {
        d.exec('CREATE TABLE half (x); ALTER TABLE t1 ADD COLUMN y');
        throw new Error('boom');
      },
    };
    expect(() => migrate(db, [create(1, 't1'), failing])).toThrow('boom');
    expect(userVersion(db)).toBe(1);
    expect(schema(db)).toEqual([{ type: 'table', name: 't1', sql: 'CREATE TABLE t1 (x)' }]);
    db.close();
  });

  it('leave a fresh database untouched when the first migration throws', () => {
    const db = new Sqlite(':memory:');
    const failing: Migration = { ...create(1, 't1'), up: (d) => (d.exec('CREATE TABLE t1 (x)'), d.exec('bad sql')) };
    expect(() => migrate(db, [failing])).toThrow();
    expect(userVersion(db)).toBe(0);
    expect(schema(db)).toEqual([]);
    db.close();
  });

  it('reject a list with gaps', () => {
    const db = new Sqlite(':memory:');
    expect(() => migrate(db, [create(1, 'a'), create(3, 'b')])).toThrow(/expected 2/);
    db.close();
  });

  it('refuse a database written by a newer version, leaving it byte-identical', () => {
    const dir = tempDir();
    const file = path.join(dir, DATABASE_FILE);
    const newer = new Sqlite(file);
    newer.exec('CREATE TABLE future (x); INSERT INTO future VALUES (1)');
    newer.pragma('user_version = 999');
    newer.close();
    const bytes = fs.readFileSync(file);
    expect(() => openDatabase(dir)).toThrow(
      expect.objectContaining({ code: 'database-too-new', message: expect.stringMatching(/更新版本.*请升级/) }),
    );
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual([DATABASE_FILE]);
  });

  it('refuse a newer database through migrate() as well', () => {
    const db = new Sqlite(':memory:');
    db.pragma('user_version = 999');
    expect(() => migrate(db)).toThrow(expect.objectContaining({ code: 'database-too-new' }));
    expect(userVersion(db)).toBe(999);
    db.close();
  });
});
