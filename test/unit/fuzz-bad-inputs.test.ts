// Fuzz-style regression for issue 11: generated bad input to import, export,
// library import and every IPC channel. Each is handled or refused with a
// Chinese message; a refusal leaves the database as it was and no partial
// file; memory stays bounded, and time is bounded by the test's timeout (a
// superlinear case over this input runs for minutes).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/handlers';
import { DATABASE_FILE } from '../../electron/store/database';
import { serializeLibraryFile } from '../../electron/store/library-files/library-file';
import { openLibrary } from '../../electron/store/open-library';
import type { DraftStore } from '../../electron/store/types';
import { CHANNELS, type Channel, type Handlers, type RequestOf } from '../../shared/ipc';
import type { Result } from '../../shared/result';
import { badImportFiles, badRequests, databaseWatch, mutatedJson, seeded } from '../support/bad-inputs';
import { newDraft } from '../support/library-fixtures';
import { appInvoke } from '../support/main-ipc';

const CHINESE = /[\u4e00-\u9fff]/u;
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');
const MAX_HEAP = 1.5 * 1024 * 1024 * 1024;

let dir: string;
let store: DraftStore;
let next: { importPath: string | null; exportPath: string | null; libraryPath: string | null };
let handlers: Handlers;
let invoke: (channel: string, request: unknown) => Promise<Result<unknown>>;
let draftId: string;
let watch: ReturnType<typeof databaseWatch>;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuzz-'));
  store = (await openLibrary(path.join(dir, 'data'))).store;
  draftId = store.drafts.create(newDraft('某某县司法局2025年度法治政府建设情况的报告')).id;
  next = { importPath: null, exportPath: null, libraryPath: null };
  handlers = createHandlers({
    store,
    chooseExportPath: async () => next.exportPath,
    chooseImportPath: async () => next.importPath,
    chooseLibraryExportPath: async () => next.exportPath,
    chooseLibraryImportPath: async () => next.libraryPath,
    log: () => undefined,
    now: () => new Date(2026, 2, 1, 9, 30),
  });
  const ipc = appInvoke(handlers);
  invoke = async (channel, request) => (await ipc(channel, request)) as Result<unknown>;
  watch = databaseWatch(path.join(dir, 'data', DATABASE_FILE));
});
afterEach(() => {
  watch.close();
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Files in the data folder other than the database and its backups (a partial file would show here). */
const strays = () => fs.readdirSync(path.join(dir, 'data')).filter((n) => !/^drafts\.sqlite3(?:-wal|-shm)?$|^backups$/u.test(n));

/** Runs one case: handled, or refused in Chinese with the database and folders as they were. */
async function expectHandledOrRefused(label: string, run: () => Promise<Result<unknown>>, folders: string[] = []): Promise<boolean> {
  const before = watch.version();
  const listings = folders.map((f) => fs.readdirSync(f).sort());
  const result = await run();
  expect(process.memoryUsage().heapUsed, label).toBeLessThan(MAX_HEAP);
  expect(strays(), label).toEqual([]);
  if (result.ok) return true;
  expect(result.error.message, label).toMatch(CHINESE);
  expect(result.error.message, label).not.toMatch(/Maximum call stack|Cannot read prop|undefined is not|ENOENT|EISDIR|SQLITE_/u);
  expect(watch.version(), `${label}: database changed by a refusal`).toBe(before);
  folders.forEach((f, i) => expect(fs.readdirSync(f).sort(), `${label}: files left in ${f}`).toEqual(listings[i]));
  return false;
}

describe('fuzz: import', () => {
  it('every generated bad file is imported or refused in Chinese, leaving nothing behind', async () => {
    const docx = fs.readFileSync(path.join(FIXTURES, 'county-bureau-annual-2023.docx'));
    const txt = fs.readFileSync(path.join(FIXTURES, 'county-bureau-annual-2023.txt'));
    const inputs = path.join(dir, 'inputs');
    fs.mkdirSync(inputs);
    let refused = 0;
    for (const [i, file] of badImportFiles(seeded(11), docx, txt, 40).entries()) {
      const p = path.join(inputs, `${i}-${file.name}`);
      fs.writeFileSync(p, file.bytes);
      next.importPath = p;
      if (!(await expectHandledOrRefused(file.label, () => invoke('drafts:import', null), [inputs]))) refused++;
    }
    expect(refused).toBeGreaterThan(15);
    expect(fs.existsSync(path.join(os.tmpdir(), 'evil.txt'))).toBe(false);
  }, 300_000);
});

describe('fuzz: export', () => {
  it('bad targets are refused in Chinese, left as they were, with no temporary file', async () => {
    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    fs.mkdirSync(path.join(out, 'folder.docx'));
    fs.writeFileSync(path.join(out, 'file'), 'x');
    fs.symlinkSync('loop2.docx', path.join(out, 'loop1.docx'));
    fs.symlinkSync('loop1.docx', path.join(out, 'loop2.docx'));
    execFileSync('mkfifo', [path.join(out, 'pipe.docx')]);
    const targets = ['folder.docx', 'missing/x.docx', 'file/x.docx', 'loop1.docx', 'pipe.docx', 'bad\0name.docx'].map((n) => path.join(out, n));
    for (const channel of ['drafts:export-docx', 'drafts:export-pdf', 'library:export'] as const) {
      for (const target of targets) {
        next.exportPath = target;
        const request = channel === 'library:export' ? { ids: null } : { id: draftId };
        const handled = await expectHandledOrRefused(`${channel} to ${target}`, () => invoke(channel, request), [out]);
        expect(handled, `${channel} to ${target}`).toBe(false);
      }
      expect(fs.statSync(path.join(out, 'pipe.docx')).isFIFO()).toBe(true);
      expect(fs.statSync(path.join(out, 'folder.docx')).isDirectory()).toBe(true);
    }
  }, 120_000);
});

describe('fuzz: library import', () => {
  it('every damaged library file is imported or refused in Chinese, the library unchanged by a refusal', async () => {
    const text = serializeLibraryFile(store.files.export(undefined, { keepVersions: true }).file);
    const inputs = path.join(dir, 'libraries');
    fs.mkdirSync(inputs);
    let refused = 0;
    for (const [i, variant] of mutatedJson(seeded(17), text, 60).entries()) {
      const p = path.join(inputs, `${i}.gwlib`);
      fs.writeFileSync(p, variant);
      next.libraryPath = p;
      if (!(await expectHandledOrRefused(`library file #${i}`, () => invoke('library:import', null), [inputs]))) refused++;
    }
    expect(refused).toBeGreaterThan(20);
  }, 300_000);
});

/** A valid request for the channels that take one, to build bad ones around (a channel added later gets the generic ones). */
function validRequests(id: string): Partial<{ [C in Channel]: RequestOf<C> }> {
  return {
    'drafts:create': { template: 'rule-of-law-annual', metadata: { unit: '某某县司法局', year: 2025 } },
    'drafts:open': { id },
    'drafts:save': { id, content: [{ type: 'paragraph', children: [{ text: '正文' }] }] },
    'drafts:update-metadata': { id, metadata: newDraft('x').metadata },
    'drafts:next-year': { id },
    'drafts:export-docx': { id },
    'drafts:export-pdf': { id },
    'library:list': { sort: 'deadline', trash: false },
    'library:search': { query: '法治政府' },
    'library:rename': { id, title: '新标题' },
    'library:duplicate': { id },
    'library:delete': { id },
    'library:restore': { id },
    'library:purge': { id },
    'library:export': { ids: [id] },
    'versions:list': { id },
    'versions:get': { versionId: 1 },
    'versions:diff': { versionId: 1 },
    'versions:keep': { id, kind: 'named', name: '送审稿' },
    'versions:restore': { versionId: 1 },
    'backups:restore': { name: 'drafts-20260301T083000000Z-daily.sqlite3' },
    'settings:set': { defaultFontProfile: 'windows' },
  };
}

describe('fuzz: every IPC channel', () => {
  it.each(CHANNELS)('%s: generated bad requests are refused in Chinese, the database unchanged', async (channel) => {
    const valid = validRequests(draftId)[channel] ?? null;
    for (const [i, request] of badRequests(valid).entries()) {
      await expectHandledOrRefused(`${channel} request #${i}`, () => invoke(channel, request));
    }
  }, 120_000);
});
