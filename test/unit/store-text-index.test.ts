// The search index follows blocks, not positions: an inserted or removed
// paragraph moves the rows after it without rewriting their text, and search
// stays right after edits at the top, in the middle and at the end.
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/store/database';
import { commonEnds } from '../../electron/store/drafts/draft-text';
import { openDraftStore } from '../../electron/store/draft-store';
import { migrate, userVersion } from '../../electron/store/migrate';
import { MIGRATIONS } from '../../electron/store/migrations';
import { blockText, type ReportContent } from '../../shared/model';
import { newDraft, report, tempDirs } from '../support/library-fixtures';

const temp = tempDirs('store-text-index-');
afterEach(() => temp.cleanup());

/** A paragraph with a word of its own (编号零零零7号 …) that search can find. */
const para = (n: number) => `第${n}段写到编号${String(n).padStart(4, '零')}号事项。`;
const word = (n: number) => `编号${String(n).padStart(4, '零')}号`;

function rows(dir: string, id: string): { id: number; idx: number; text: string }[] {
  const db = new Sqlite(path.join(dir, DATABASE_FILE), { readonly: true });
  const out = db.prepare<[string], { id: number; idx: number; text: string }>('SELECT id, idx, text FROM draft_text WHERE draft_id = ? ORDER BY idx').all(id);
  db.close();
  return out;
}

function ftsIntact(dir: string): void {
  const db = new Sqlite(path.join(dir, DATABASE_FILE));
  db.exec("INSERT INTO draft_text_fts (draft_text_fts, rank) VALUES ('integrity-check', 1)");
  db.close();
}

describe('commonEnds', () => {
  it('finds the unchanged start and end without letting them overlap', () => {
    expect(commonEnds(['a', 'b', 'c'], ['a', 'x', 'b', 'c'])).toEqual({ prefix: 1, suffix: 2 });
    expect(commonEnds(['a', 'a'], ['a', 'a', 'a'])).toEqual({ prefix: 2, suffix: 0 });
    expect(commonEnds(['a', 'b'], ['b'])).toEqual({ prefix: 0, suffix: 1 });
    expect(commonEnds([], ['a'])).toEqual({ prefix: 0, suffix: 0 });
  });
});

describe('the block text index', () => {
  it('stays right through inserts, deletes and rewrites at the top, middle and end', () => {
    const dir = temp.make();
    const store = openDraftStore(dir);
    let numbers = Array.from({ length: 30 }, (_, i) => i);
    const { id } = store.drafts.create(newDraft('报告', ...numbers.map(para)));
    const other = store.drafts.create(newDraft('另一份报告', para(5), para(900)));
    let next = 100;
    const edits: ((ns: number[]) => number[])[] = [
      (ns) => [next++, ...ns], // Enter at the top
      (ns) => [...ns.slice(0, 15), next++, next++, ...ns.slice(15)], // two in the middle
      (ns) => [...ns, next++], // at the end
      (ns) => ns.slice(1), // Backspace at the top
      (ns) => [...ns.slice(0, 10), ...ns.slice(13)], // three from the middle
      (ns) => ns.slice(0, -1), // from the end
      (ns) => [...ns.slice(0, 7), next++, ...ns.slice(8)], // one rewritten
      (ns) => [ns.at(-1)!, ...ns.slice(1, -1), ns[0]!], // first and last swapped
      (ns) => [...ns, ...ns.slice(0, 2)], // repeated paragraphs
      (ns) => ns.slice(20), // most removed
      () => [], // all removed
      () => [1, 2, 3], // written again
    ];
    for (const edit of edits) {
      const before = numbers;
      numbers = edit(numbers);
      const content: ReportContent = report('报告', ...numbers.map(para));
      store.drafts.saveContent(id, content);
      expect(rows(dir, id).map((r) => [r.idx, r.text])).toEqual(content.map((b, i) => [i, blockText(b)]));
      ftsIntact(dir);
      for (const n of new Set([...before, ...numbers])) {
        const hits = store.library.search(word(n)).map((h) => h.id);
        const expected = [...(numbers.includes(n) ? [id] : []), ...([5, 900].includes(n) ? [other.id] : [])];
        expect(hits.sort(), `${word(n)} after ${numbers.join(',')}`).toEqual(expected.sort());
      }
    }
    store.close();
  });

  it('rewrites no other block’s row when Enter splits a paragraph near the top of a long report', () => {
    const dir = temp.make();
    const store = openDraftStore(dir);
    const paragraphs = Array.from({ length: 400 }, (_, i) => para(i));
    const { id } = store.drafts.create(newDraft('长报告', ...paragraphs));
    const before = new Map(rows(dir, id).map((r) => [r.id, r.text]));
    const split = [...paragraphs.slice(0, 3), '第3段写到', '编号零零零3号事项。', ...paragraphs.slice(4)];
    store.drafts.saveContent(id, report('长报告', ...split));
    const after = rows(dir, id);
    const rewritten = after.filter((r) => before.has(r.id) && before.get(r.id) !== r.text);
    expect(rewritten.map((r) => r.text)).toEqual(['第3段写到']);
    expect(after.filter((r) => !before.has(r.id)).map((r) => r.text)).toEqual(['编号零零零3号事项。']);
    expect(store.library.search(word(399)).map((h) => h.id)).toEqual([id]);
    ftsIntact(dir);
    store.close();
  });
});

describe('migration 6', () => {
  it('makes the index trigger fire on a change of text only, and keeps search working on an upgraded library', () => {
    const dir = temp.make();
    const store = openDraftStore(dir);
    const { id } = store.drafts.create(newDraft('报告', '升级之前写的正文'));
    store.close();
    const db = new Sqlite(path.join(dir, DATABASE_FILE));
    db.exec(`DROP TRIGGER draft_text_au;
      CREATE TRIGGER draft_text_au AFTER UPDATE ON draft_text BEGIN
        INSERT INTO draft_text_fts (draft_text_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO draft_text_fts (rowid, text) VALUES (new.id, new.text);
      END;`);
    db.pragma('user_version = 5');
    expect(migrate(db)).toBe(MIGRATIONS.length);
    expect(userVersion(db)).toBeGreaterThanOrEqual(6);
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'draft_text_au'").pluck().get()).toMatch(/AFTER UPDATE OF text ON draft_text/u);
    db.close();
    const again = openDraftStore(dir);
    again.drafts.saveContent(id, report('报告', '新加的第一段', '升级之前写的正文'));
    expect(again.library.search('升级之前').map((h) => h.id)).toEqual([id]);
    expect(again.library.search('新加的').map((h) => h.id)).toEqual([id]);
    ftsIntact(dir);
    again.close();
  });
});
