// One damaged draft row (malformed JSON written by a disk fault or a foreign
// tool) must not break the list, the whole-library export or a restore:
// “其他文稿不受影响”.
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { backupDir } from '../../electron/store/safety/backups';
import { DATABASE_FILE } from '../../electron/store/database';
import { openDraftStore } from '../../electron/store/draft-store';
import { parseLibraryFile, serializeLibraryFile } from '../../electron/store/library-files/library-file';
import { blockText } from '../../shared/model';
import { newDraft, report, tempDirs } from '../support/library-fixtures';

const temp = tempDirs('store-damaged-');
afterEach(() => temp.cleanup());

function raw(file: string, sql: string, ...params: unknown[]): void {
  const db = new Sqlite(file);
  db.prepare(sql).run(...params);
  db.close();
}

describe('a damaged draft row', () => {
  it('still lets the library list show every draft', () => {
    const dir = temp.make();
    const store = openDraftStore(dir);
    const good = store.drafts.create(newDraft('完好的报告'));
    const bad = store.drafts.create(newDraft('损坏的报告'));
    raw(path.join(dir, DATABASE_FILE), 'UPDATE drafts SET metadata = ? WHERE id = ?', '{"unit": 损坏', bad.id);
    const entries = store.library.entries({ trash: false });
    expect(entries.map((e) => e.id).sort()).toEqual([good.id, bad.id].sort());
    expect(entries.find((e) => e.id === bad.id)).toMatchObject({ year: null, deadlines: null });
    expect(entries.find((e) => e.id === good.id)).toMatchObject({ year: 2025 });
    store.library.trash(bad.id);
    expect(store.library.entries({ trash: true }).map((e) => e.id)).toEqual([bad.id]);
    expect(() => store.drafts.get(bad.id)).toThrow(expect.objectContaining({ code: 'draft-corrupt' }));
    store.close();
  });

  it('is left out of the whole-library export and counted; the rest exports and imports', () => {
    const dir = temp.make();
    const store = openDraftStore(dir);
    const good = store.drafts.create(newDraft('完好的报告', '完好的正文'));
    const bad = store.drafts.create(newDraft('损坏的报告'));
    store.versions.keep(good.id, 'named', '初稿');
    const broken = store.drafts.create(newDraft('版本损坏的报告'));
    store.versions.keep(broken.id, 'named', '坏版本');
    const file = path.join(dir, DATABASE_FILE);
    raw(file, 'UPDATE drafts SET content = ? WHERE id = ?', '[{"type": 损坏', bad.id);
    raw(file, 'UPDATE versions SET content = ? WHERE draft_id = ?', 'not json', broken.id);

    const { file: library, damaged } = store.files.export(undefined, { keepVersions: true });
    expect(damaged).toEqual({ drafts: 1, versions: 1 });
    expect(library.drafts.map((d) => d.id).sort()).toEqual([good.id, broken.id].sort());
    expect(library.drafts.find((d) => d.id === broken.id)!.versions.map((v) => v.kind)).toEqual(['before-export']);
    expect(store.versions.list(bad.id)).toEqual([]);
    store.close();

    const other = openDraftStore(temp.make());
    expect(other.files.import(parseLibraryFile(serializeLibraryFile(library), new Date()), 'before-import')).toMatchObject({ added: 2 });
    expect(blockText(other.drafts.get(good.id).content[2]!)).toBe('完好的正文');
    other.close();
  });

  it('makes the CLI say how many drafts could not be exported', async () => {
    const dir = temp.make();
    const store = openDraftStore(dir);
    store.drafts.create(newDraft('完好的报告'));
    const bad = store.drafts.create(newDraft('损坏的报告'));
    store.close();
    raw(path.join(dir, DATABASE_FILE), 'UPDATE drafts SET metadata = ? WHERE id = ?', 'garbage', bad.id);
    let out = '';
    let err = '';
    const code = await runCli(['library', 'export', '--data-dir', dir, '-o', path.join(dir, 'all.gwlib')], {
      stdout: (t) => void (out += t),
      stderr: (t) => void (err += t),
      cwd: dir,
    });
    expect(code, err).toBe(0);
    expect(out).toContain('已导出 1 份文稿');
    expect(err).toContain('有 1 份文稿已损坏，未能导出');
  });

  it('in a backup is skipped when restoring it, and the others are restored', async () => {
    const dir = temp.make();
    const store = openDraftStore(dir);
    const a = store.drafts.create(newDraft('甲', '备份时甲的正文'));
    const b = store.drafts.create(newDraft('乙', '备份时乙的正文'));
    const info = await store.backups.create('manual');
    raw(path.join(backupDir(dir), info.name), 'UPDATE drafts SET metadata = ? WHERE id = ?', '{', b.id);
    store.drafts.saveContent(a.id, report('甲', '备份后甲的正文'));
    const result = await store.backups.restore(info.name);
    expect(result).toMatchObject({ replaced: 1, skipped: 1 });
    expect(blockText(store.drafts.get(a.id).content[2]!)).toBe('备份时甲的正文');
    expect(blockText(store.drafts.get(b.id).content[2]!)).toBe('备份时乙的正文');
    store.close();
  });

  it('in the library is replaced by a backup’s sound copy, its damaged text kept as a version', async () => {
    const dir = temp.make();
    const store = openDraftStore(dir);
    const a = store.drafts.create(newDraft('甲', '备份时甲的正文'));
    const info = await store.backups.create('manual');
    raw(path.join(dir, DATABASE_FILE), 'UPDATE drafts SET content = ? WHERE id = ?', '[损坏', a.id);
    expect(() => store.drafts.get(a.id)).toThrow(expect.objectContaining({ code: 'draft-corrupt' }));
    expect(await store.backups.restore(info.name)).toMatchObject({ replaced: 1, skipped: 0 });
    expect(blockText(store.drafts.get(a.id).content[2]!)).toBe('备份时甲的正文');
    expect(store.versions.list(a.id).map((v) => [v.kind, v.chars])).toEqual([['before-restore', 0]]);
    store.close();
  });
});
