// The library channels as the renderer calls them: list with days to
// deadlines, search, versions with their diff, settings, and moving the
// library through the file dialogs.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LIBRARY_FILE_VERSION } from '../../shared/schema/library-file';
import { createHandlers } from '../../electron/handlers';
import { libraryFileName } from '../../electron/handlers/library';
import { openDraftStore } from '../../electron/store/draft-store';
import type { DraftStore } from '../../electron/store/types';
import type { Handlers } from '../../shared/ipc';
import { block, type ReportContent } from '../../shared/model';
import type { Result } from '../../shared/result';

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

let dir: string;
let store: DraftStore;
let handlers: Handlers;
let exportTo: string | null;
let importFrom: string | null;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'library-handlers-'));
  store = openDraftStore(path.join(dir, 'data'));
  exportTo = null;
  importFrom = null;
  handlers = createHandlers({
    store,
    chooseExportPath: async () => null,
    chooseLibraryExportPath: async () => exportTo,
    chooseLibraryImportPath: async () => importFrom,
    openNotice: { kind: 'recovered', message: '已从备份恢复。' },
    now: () => new Date(2026, 1, 20, 9, 30),
    log: vi.fn(),
  });
});
afterEach(async () => {
  store.close();
  await rm(dir, { recursive: true, force: true });
});

const create = async (unit: string, year = 2025, template = 'rule-of-law-annual') =>
  value(await handlers['drafts:create']({ template, metadata: { unit, year } }));

describe('library:list', () => {
  it('gives template name, year and days to the deadlines, sorted as asked', async () => {
    const a = await create('某某县司法局', 2025);
    const b = await create('某某乡人民政府', 2024, 'annual-summary');
    const list = value(await handlers['library:list']({ sort: 'updated', trash: false }));
    expect(list.map((e) => e.id)).toEqual([b.id, a.id]);
    expect(list[1]).toMatchObject({ templateName: '法治政府建设年度报告', year: 2025, deletedAt: null });
    expect(list[1]!.deadlines[0]).toMatchObject({ label: '报送', date: '2026-03-01', days: 9 });
    expect(value(await handlers['library:list']({ sort: 'deadline', trash: false })).map((e) => e.id)).toEqual([a.id, b.id]);
    value(await handlers['library:delete']({ id: a.id }));
    expect(value(await handlers['library:list']({ sort: 'updated', trash: true })).map((e) => e.id)).toEqual([a.id]);
    value(await handlers['library:restore']({ id: a.id }));
    expect(value(await handlers['library:list']({ sort: 'title', trash: false }))).toHaveLength(2);
  });

  it('passes on the recovery notice once', async () => {
    expect(value(await handlers['library:notice'](null))).toEqual({ kind: 'recovered', message: '已从备份恢复。' });
    expect(value(await handlers['library:notice'](null))).toBeNull();
  });
});

describe('versions', () => {
  it('keeps a named version, diffs it against the current text and restores it', async () => {
    const d = await create('某某县司法局');
    const kept = value(await handlers['versions:keep']({ id: d.id, kind: 'named', name: '送审稿' }));
    const changed: ReportContent = [...d.content.slice(0, 2), block('paragraph', '新写的一段。', {}), ...d.content.slice(2)];
    value(await handlers['drafts:save']({ id: d.id, content: changed }));
    const diff = value(await handlers['versions:diff']({ versionId: kept.id }));
    expect(diff.filter((l) => l.op !== 'same')).toEqual([{ op: 'added', text: '新写的一段。', type: 'paragraph' }]);
    expect(value(await handlers['versions:list']({ id: d.id })).map((v) => v.name)).toEqual(['送审稿']);
    const restored = value(await handlers['versions:restore']({ versionId: kept.id }));
    expect(restored.content).toEqual(d.content);
    expect(value(await handlers['versions:list']({ id: d.id })).map((v) => v.kind)).toEqual(['before-restore', 'named']);
    const bad = await handlers['versions:get']({ versionId: -1 });
    expect(bad.ok).toBe(false);
  });
});

describe('settings', () => {
  it('reads and writes the default font profile', async () => {
    expect(value(await handlers['settings:get'](null))).toEqual({ defaultFontProfile: 'standard' });
    expect(value(await handlers['settings:set']({ defaultFontProfile: 'windows' }))).toEqual({ defaultFontProfile: 'windows' });
    const bad = await handlers['settings:set']({ defaultFontProfile: 'x' } as never);
    expect(!bad.ok && bad.error.code).toBe('bad-settings');
  });
});

describe('library:export and library:import', () => {
  it('writes the chosen drafts to the chosen file, keeping a version first, and reads it back elsewhere', async () => {
    const d = await create('某某县司法局');
    await create('某某乡人民政府');
    expect(value(await handlers['library:export']({ ids: [d.id] }))).toBeNull();
    exportTo = path.join(dir, 'one.gwlib');
    expect(value(await handlers['library:export']({ ids: [d.id] }))).toEqual({ path: exportTo, drafts: 1, damaged: 0 });
    expect(JSON.parse(await readFile(exportTo, 'utf8'))).toMatchObject({ format: 'gongwen-report-library', version: LIBRARY_FILE_VERSION, drafts: [{ id: d.id }] });
    expect(value(await handlers['versions:list']({ id: d.id })).map((v) => v.kind)).toEqual(['before-export']);

    const other = openDraftStore(path.join(dir, 'other'));
    const there = createHandlers({ store: other, chooseExportPath: async () => null, chooseLibraryImportPath: async () => importFrom });
    expect(value(await there['library:import'](null))).toBeNull();
    importFrom = exportTo;
    expect(value(await there['library:import'](null))).toEqual({ added: 1, replaced: 0, unchanged: 0, versionsAdded: 1 });
    expect(other.drafts.get(d.id).title).toBe(d.title);
    importFrom = path.join(dir, 'missing.gwlib');
    const missing = await there['library:import'](null);
    expect(!missing.ok && missing.error.message).toMatch(/找不到文件/u);
    other.close();
  });

  it('refuses without a dialog host, in Chinese', async () => {
    const bare = createHandlers({ store, chooseExportPath: async () => null });
    const r = await bare['library:export']({ ids: null });
    expect(!r.ok && r.error.code).toBe('no-dialog');
  });

  it('suggests the draft title or 文稿库 and the date as the file name', () => {
    expect(libraryFileName(['某某县司法局关于2025年度法治政府建设情况的报告'], new Date(2026, 1, 20))).toBe('某某县司法局关于2025年度法治政府建设情况的报告.gwlib');
    expect(libraryFileName([], new Date(2026, 1, 20))).toBe('文稿库-20260220.gwlib');
  });
});
