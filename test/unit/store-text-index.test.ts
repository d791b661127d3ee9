// The search index follows blocks, not positions: an inserted or removed
// paragraph moves the rows after it without rewriting their text, and search
// stays right after edits at the top, in the middle and at the end.
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/store/database';
import { blockHash } from '../../electron/store/drafts/block-hash';
import { commonEnds } from '../../electron/store/drafts/draft-text';
import { openDraftStore } from '../../electron/store/draft-store';
import { migrate } from '../../electron/store/migrate';
import { MIGRATIONS } from '../../electron/store/migrations';
import { blockText, type ReportContent } from '../../shared/model';
import { newDraft, report, tempDirs } from '../support/library-fixtures';

const temp = tempDirs('store-text-index-');
afterEach(() => temp.cleanup());

/** A paragraph with a word of its own (编号零零零7号 …) that search can find. */
const para = (n: number) => `第${n}段写到编号${String(n).padStart(4, '零')}号事项。`;
const word = (n: number) => `编号${String(n).padStart(4, '零')}号`;

function rows(dir: string, id: string): { id: number; idx: number; hash: number }[] {
  const db = new Sqlite(path.join(dir, DATABASE_FILE), { readonly: true });
  const out = db.prepare<[string], { id: number; idx: number; hash: number }>('SELECT id, idx, hash FROM draft_blocks WHERE draft_id = ? ORDER BY idx').all(id);
  db.close();
  return out;
}

function ftsIntact(dir: string): void {
  const db = new Sqlite(path.join(dir, DATABASE_FILE));
  db.exec("INSERT INTO draft_search (draft_search, rank) VALUES ('integrity-check', 1)");
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
      expect(rows(dir, id).map((r) => [r.idx, r.hash])).toEqual(content.map((b, i) => [i, blockHash(blockText(b))]));
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
    const before = new Map(rows(dir, id).map((r) => [r.id, r.hash]));
    const split = [...paragraphs.slice(0, 3), '第3段写到', '编号零零零3号事项。', ...paragraphs.slice(4)];
    store.drafts.saveContent(id, report('长报告', ...split));
    const after = rows(dir, id);
    const rewritten = after.filter((r) => before.has(r.id) && before.get(r.id) !== r.hash);
    expect(rewritten.map((r) => r.hash)).toEqual([blockHash('第3段写到')]);
    expect(after.filter((r) => !before.has(r.id)).map((r) => r.hash)).toEqual([blockHash('编号零零零3号事项。')]);
    expect(store.library.search('第3段写到').map((h) => h.id)).toEqual([id]);
    expect(store.library.search(word(399)).map((h) => h.id)).toEqual([id]);
    ftsIntact(dir);
    store.close();
  });
});

describe('migration 8 (search by character pairs)', () => {
  it('moves a library indexed by trigram (draft_text) to the pair index, keeping the text once and search working', () => {
    const dir = temp.make();
    const db = new Sqlite(path.join(dir, DATABASE_FILE));
    migrate(db, MIGRATIONS.slice(0, 6));
    const d = newDraft('升级前的报告', '升级之前写的正文', '普法宣传进社区');
    db.prepare('INSERT INTO drafts (id, title, template, metadata, content, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      'old-1', d.title, d.template, JSON.stringify(d.metadata), JSON.stringify(d.content), '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z',
    );
    d.content.forEach((b, idx) => db.prepare('INSERT INTO draft_text (draft_id, idx, text) VALUES (?, ?, ?)').run('old-1', idx, blockText(b)));
    expect(migrate(db)).toBe(MIGRATIONS.length);
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all();
    expect(tables).not.toContain('draft_text');
    expect(tables).not.toContain('draft_text_fts');
    db.close();
    ftsIntact(dir);
    expect(rows(dir, 'old-1').map((r) => r.hash)).toEqual(d.content.map((b) => blockHash(blockText(b))));
    const store = openDraftStore(dir);
    expect(store.library.search('升级之前').map((h) => h.id)).toEqual(['old-1']);
    expect(store.library.search('普法').map((h) => h.id)).toEqual(['old-1']);
    store.drafts.saveContent('old-1', report('升级前的报告', '新加的第一段', '升级之前写的正文'));
    expect(store.library.search('新加的').map((h) => h.id)).toEqual(['old-1']);
    expect(store.library.search('普法')).toEqual([]);
    store.close();
  });
});
