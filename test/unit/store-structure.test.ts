// Things the store does in exactly one place: the SQL that writes drafts rows
// (so the search index cannot be forgotten), fsync, and keeping a version
// before a library export (for the window and the CLI alike).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDraftStore } from '../../electron/store/draft-store';
import { newDraft, tempDirs } from '../support/library-fixtures';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const storeFiles = readdirSync(path.join(ROOT, 'electron/store'), { recursive: true, encoding: 'utf8' })
  .filter((n) => n.endsWith('.ts'))
  .map((n) => `electron/store/${n.split(path.sep).join('/')}`)
  .sort();
const filesMatching = (pattern: RegExp) => storeFiles.filter((f) => pattern.test(read(f)));

const temp = tempDirs('store-structure-');
afterEach(() => temp.cleanup());

describe('drafts rows', () => {
  it('are written and read whole by draft-rows.ts alone, which also indexes their text', () => {
    expect(filesMatching(/INSERT INTO drafts\b/u)).toEqual(['electron/store/drafts/draft-rows.ts']);
    expect(filesMatching(/UPDATE drafts SET[^'`]*\bcontent\b/u)).toEqual(['electron/store/drafts/draft-rows.ts']);
    expect(filesMatching(/SELECT (\*|\$\{COLUMNS\}|id, title, template, metadata, content)[^'`]*FROM drafts/u)).toEqual(['electron/store/drafts/draft-rows.ts']);
    expect(filesMatching(/=\s*draftTextIndexer\(/u)).toEqual(['electron/store/drafts/draft-rows.ts']);
    expect(read('electron/store/context.ts')).not.toContain('indexText');
  });
});

describe('fsync', () => {
  it('is written once, in fsync.ts, and once in the worker that writes backups (which cannot import it)', () => {
    expect(filesMatching(/fsyncSync/u).sort()).toEqual(['electron/store/safety/fsync.ts', 'electron/store/safety/worker-jobs.ts']);
  });
});

describe('keeping a version before a library export', () => {
  it('is the store’s: the handler and the CLI ask for it instead of looping themselves', () => {
    for (const file of ['electron/handlers/library.ts', 'electron/cli/commands/library.ts']) {
      const source = read(file);
      expect(source, file).not.toContain("'before-export'");
      expect(source, file).toContain('keepVersions: true');
    }
  });

  it('keeps one for each draft of the library (not 回收站), or for each draft asked for', () => {
    const store = openDraftStore(temp.make());
    const a = store.drafts.create(newDraft('甲'));
    const b = store.drafts.create(newDraft('乙'));
    const c = store.drafts.create(newDraft('丙'));
    store.library.trash(c.id);
    const all = store.files.export(undefined, { keepVersions: true });
    expect(all.file.drafts).toHaveLength(3);
    expect([a, b, c].map((d) => store.versions.list(d.id).map((v) => v.kind))).toEqual([['before-export'], ['before-export'], []]);
    expect(all.file.drafts.find((d) => d.id === a.id)!.versions.map((v) => v.kind)).toEqual(['before-export']);
    store.files.export([c.id], { keepVersions: true });
    expect(store.versions.list(c.id).map((v) => v.kind)).toEqual(['before-export']);
    store.files.export([a.id]);
    expect(store.versions.list(a.id)).toHaveLength(1);
    store.close();
  });
});
