// Times from outside (a library file, a backup) are stored fixed-width and
// never in the future, and a stamp far ahead of the clock does not drag later
// saves and versions after it or stop the ten-minute versions.
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/store/database';
import { openDraftStore } from '../../electron/store/draft-store';
import { parseLibraryFile, type LibraryFile } from '../../electron/store/library-files/library-file';
import { nextStamp } from '../../electron/store/drafts/timestamps';
import { manualClock, newDraft, report, tempDirs } from '../support/library-fixtures';

const temp = tempDirs('store-stamps-');
afterEach(() => temp.cleanup());

const NOW = '2026-03-02T09:00:00.000Z';

function libraryText(draft: Record<string, unknown>): string {
  const d = newDraft('导入的报告', '导入的正文');
  return JSON.stringify({
    format: 'gongwen-report-library',
    version: 1,
    exported: NOW,
    drafts: [{ id: 'imported-1', ...d, created: '2024-05-01', updated: '2031-01-01', deletedAt: null, versions: [], ...draft }],
  });
}

describe('imported stamps', () => {
  it('come back from a library file as fixed-width ISO times, none later than now', () => {
    const v = { kind: 'named', name: '初稿', ...newDraft('导入的报告'), created: '2031-06-01T08:00:00+08:00' };
    const file = parseLibraryFile(libraryText({ deletedAt: '2099-01-01', versions: [v] }), new Date(NOW));
    const d = file.drafts[0]!;
    expect(d.created).toBe('2024-05-01T00:00:00.000Z');
    expect(d.updated).toBe(NOW);
    expect(d.deletedAt).toBe(NOW);
    expect(d.versions[0]!.created).toBe(NOW);
    expect(() => parseLibraryFile(libraryText({ updated: 'soon' }), new Date(NOW))).toThrow(/updated is not a time/u);
  });

  it('are clamped by the store too (a backup or a file read another way), and later saves keep the clock', () => {
    const clock = manualClock(NOW);
    const store = openDraftStore(temp.make(), clock.now);
    const d = newDraft('导入的报告');
    const version = { kind: 'named' as const, name: '将来', title: d.title, metadata: d.metadata, content: d.content, created: '2031-01-01' };
    const file: LibraryFile = {
      format: 'gongwen-report-library',
      version: 1,
      exported: NOW,
      drafts: [{ id: 'from-backup', ...d, created: '2031-01-01', updated: '2031-01-01', deletedAt: null, versions: [version] }],
    };
    store.files.import(file, 'before-restore');
    expect(store.library.entries({ trash: false })[0]).toMatchObject({ created: NOW, updated: NOW });
    expect(store.versions.list('from-backup').map((v) => v.created)).toEqual([NOW]);
    clock.advance(60_000);
    // The same file again adds no second copy of the version whose time was moved.
    store.files.import(file, 'before-restore');
    expect(store.versions.list('from-backup')).toHaveLength(1);
    const mine = store.drafts.create(newDraft('本机的报告'));
    expect(mine.updated).toBe(clock.now().toISOString());
    store.close();
  });
});

describe('a stamp far ahead of the clock', () => {
  it('does not drag later saves into the future', () => {
    const clock = manualClock(NOW);
    const dir = temp.make();
    const store = openDraftStore(dir, clock.now);
    const a = store.drafts.create(newDraft('甲'));
    const b = store.drafts.create(newDraft('乙'));
    const db = new Sqlite(path.join(dir, DATABASE_FILE));
    db.prepare('UPDATE drafts SET updated = ? WHERE id = ?').run('2031-01-01T00:00:00.000Z', a.id);
    db.close();
    clock.advance(1000);
    expect(store.drafts.saveContent(b.id, report('乙', '新的正文')).updated).toBe(clock.now().toISOString());
    store.close();
  });

  it('is still followed within a week, so a save after the clock is put back sorts newest', () => {
    expect(nextStamp(new Date('2026-03-01T00:00:00.000Z'), '2026-03-03T00:00:00.000Z')).toBe('2026-03-03T00:00:00.001Z');
    expect(nextStamp(new Date('2026-03-01T00:00:00.000Z'), '2026-04-01T00:00:00.000Z')).toBe('2026-03-01T00:00:00.000Z');
  });

  it('on a version does not stop the ten-minute automatic versions, nor date new versions after it', () => {
    const clock = manualClock(NOW);
    const dir = temp.make();
    const store = openDraftStore(dir, clock.now);
    const { id } = store.drafts.create(newDraft('报告', '第一稿'));
    const future = store.versions.keep(id, 'named', '将来');
    const db = new Sqlite(path.join(dir, DATABASE_FILE));
    db.prepare('UPDATE versions SET created = ? WHERE id = ?').run('2031-01-01T00:00:00.000Z', future.id);
    db.close();
    for (let minute = 1; minute <= 25; minute++) {
      clock.advance(60_000);
      store.drafts.saveContent(id, report('报告', `第${minute}分钟的稿子`));
    }
    expect(store.versions.list(id).filter((v) => v.kind === 'auto')).toHaveLength(2);
    expect(store.versions.keep(id, 'named', '现在').created).toBe(clock.now().toISOString());
    store.close();
  });
});
