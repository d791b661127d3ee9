import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { DraftMetadata, ReportContent, TextBlock } from '../../shared/model';
import { UserFacingError } from '../../shared/result';
import { DATABASE_FILE, openDatabase } from '../../electron/store/database';
import { openDraftStore } from '../../electron/store/draft-store';
import type { NewDraft } from '../../electron/store/types';

const dirs: string[] = [];

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-store-'));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const METADATA: DraftMetadata = {
  unit: '某某县司法局',
  unitShort: '我局',
  year: 2024,
  addressee: '县委全面依法治县委员会办公室',
  signature: '某某县司法局',
  date: '2025-01-10',
};

function content(title: string, body = '今年以来，我局认真贯彻落实法治建设各项部署。'): ReportContent {
  return [
    { type: 'title', children: [{ text: title }] },
    { type: 'heading', level: 1, children: [{ text: '主要工作' }] },
    { type: 'paragraph', children: [{ text: body }] },
  ];
}

function newDraft(title = '2024年度法治政府建设情况报告'): NewDraft {
  return { title, template: 'rule-of-law-annual', metadata: METADATA, content: content(title) };
}

function fixedClock(iso: string): () => Date {
  return () => new Date(iso);
}

describe('draft store', () => {
  it('creates a draft and gets it back', () => {
    const store = openDraftStore(tempDir(), fixedClock('2025-01-10T08:00:00.000Z'));
    const created = store.drafts.create(newDraft());
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.created).toBe('2025-01-10T08:00:00.000Z');
    expect(created.updated).toBe(created.created);
    expect(store.drafts.get(created.id)).toEqual(created);
    store.close();
  });

  it('lists drafts newest change first, without their content', () => {
    let t = Date.parse('2025-01-10T08:00:00.000Z');
    const store = openDraftStore(tempDir(), () => new Date((t += 1000)));
    const a = store.drafts.create(newDraft('甲'));
    const b = store.drafts.create(newDraft('乙'));
    expect(store.drafts.list().map((d) => d.title)).toEqual(['乙', '甲']);
    store.drafts.saveContent(a.id, content('甲（修改）'));
    const list = store.drafts.list();
    expect(list.map((d) => d.id)).toEqual([a.id, b.id]);
    expect(list[0]).toEqual({
      id: a.id,
      title: '甲（修改）',
      template: 'rule-of-law-annual',
      created: a.created,
      updated: list[0]!.updated,
    });
    store.close();
  });

  it('saves content and title and returns the new stamp', () => {
    const store = openDraftStore(tempDir(), fixedClock('2025-01-10T08:00:00.000Z'));
    const { id } = store.drafts.create(newDraft());
    const next = content('新标题', '改过的正文。');
    const { updated } = store.drafts.saveContent(id, next);
    const draft = store.drafts.get(id);
    expect(draft.content).toEqual(next);
    expect(draft.title).toBe('新标题');
    expect(draft.updated).toBe(updated);
    store.close();
  });

  it('makes updated strictly increase within one millisecond and when the clock steps back', () => {
    let clock = '2025-01-10T08:00:00.000Z';
    const store = openDraftStore(tempDir(), () => new Date(clock));
    const { id } = store.drafts.create(newDraft());
    const stamps = [1, 2, 3].map(() => store.drafts.saveContent(id, content('题')).updated);
    clock = '2025-01-09T00:00:00.000Z';
    stamps.push(store.drafts.saveContent(id, content('题')).updated);
    expect(stamps).toEqual([
      '2025-01-10T08:00:00.001Z',
      '2025-01-10T08:00:00.002Z',
      '2025-01-10T08:00:00.003Z',
      '2025-01-10T08:00:00.004Z',
    ]);
    const other = store.drafts.create(newDraft('另一份'));
    expect(other.updated > stamps.at(-1)!).toBe(true);
    store.close();
  });

  it('uses ISO 8601 UTC stamps with milliseconds from the real clock', () => {
    const store = openDraftStore(tempDir());
    expect(store.drafts.create(newDraft()).updated).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    store.close();
  });

  it('reports an unknown id in Chinese for get and saveContent', () => {
    const store = openDraftStore(tempDir());
    const expected = { code: 'draft-not-found', message: '找不到这份文稿，它可能已被删除。' };
    expect(() => store.drafts.get('missing')).toThrow(expect.objectContaining(expected));
    expect(() => store.drafts.saveContent('missing', content('题'))).toThrow(expect.objectContaining(expected));
    store.close();
  });

  it('keeps drafts on disk: a reopened store finds the text', () => {
    const dir = tempDir();
    const first = openDraftStore(dir);
    const { id } = first.drafts.create(newDraft());
    first.drafts.saveContent(id, content('题', '落盘的正文'));
    first.close();
    const second = openDraftStore(dir);
    expect((second.drafts.get(id).content[2] as TextBlock).children[0]!.text).toBe('落盘的正文');
    second.close();
  });

  it('reports one corrupt draft without breaking the list', () => {
    const dir = tempDir();
    const store = openDraftStore(dir);
    const bad = store.drafts.create(newDraft('坏的'));
    const good = store.drafts.create(newDraft('好的'));
    const raw = new Sqlite(path.join(dir, DATABASE_FILE));
    raw.prepare('UPDATE drafts SET content = ? WHERE id = ?').run('{not json', bad.id);
    raw.prepare('UPDATE drafts SET metadata = ? WHERE id = ?').run('[]', good.id);
    raw.close();
    expect(store.drafts.list()).toHaveLength(2);
    expect(() => store.drafts.get(bad.id)).toThrow(expect.objectContaining({ code: 'draft-corrupt' }));
    expect(() => store.drafts.get(bad.id)).toThrow(/文稿“坏的”的数据已损坏/);
    expect(() => store.drafts.get(good.id)).toThrow(expect.objectContaining({ code: 'draft-corrupt' }));
    store.close();
  });
});

describe('database', () => {
  it('creates a missing data folder and uses WAL with synchronous FULL and foreign keys', () => {
    const dir = path.join(tempDir(), 'nested', 'data');
    const db = openDatabase(dir);
    expect(fs.existsSync(path.join(dir, DATABASE_FILE))).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(1000);
    db.close();
  });

  it('refuses a file that is not a database, in Chinese, leaving it byte-identical', () => {
    const dir = tempDir();
    const file = path.join(dir, DATABASE_FILE);
    const garbage = Buffer.from('这不是数据库。'.repeat(500));
    fs.writeFileSync(file, garbage);
    let error: unknown;
    try {
      openDatabase(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as UserFacingError).code).toBe('database-not-a-database');
    expect((error as UserFacingError).message).toMatch(/不是公文报告编辑器的文稿数据库.*没有改动/);
    expect(fs.readFileSync(file).equals(garbage)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual([DATABASE_FILE]);
  });

  it('reports a database locked by another program', () => {
    const dir = tempDir();
    const file = path.join(dir, DATABASE_FILE);
    const other = new Sqlite(file);
    other.exec('CREATE TABLE t (x); BEGIN EXCLUSIVE; INSERT INTO t VALUES (1);');
    expect(() => openDatabase(dir, { busyTimeoutMs: 50 })).toThrow(
      expect.objectContaining({ code: 'database-locked', message: expect.stringMatching(/正被另一个程序占用/) }),
    );
    other.exec('ROLLBACK');
    other.close();
  });

  it('reports a data folder that is a file', () => {
    const dir = path.join(tempDir(), 'a-file');
    fs.writeFileSync(dir, '');
    expect(() => openDatabase(dir)).toThrow(UserFacingError);
  });
});
