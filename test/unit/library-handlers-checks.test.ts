// The library channels have one line of defence for request shapes:
// electron/ipc/validate.ts, applied by registerHandlers before any handler runs (the
// handlers no longer repeat it). What the CLI needs too, the store checks.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/handlers';
import { registerHandlers } from '../../electron/ipc/register';
import { openDraftStore } from '../../electron/store/draft-store';
import type { DraftStore } from '../../electron/store/types';

let dir: string;
let store: DraftStore;
let invoke: (channel: string, request: unknown) => Promise<{ ok: boolean; error?: { code: string } }>;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'library-checks-'));
  store = openDraftStore(path.join(dir, 'data'));
  const registered = new Map<string, (event: unknown, request: unknown) => unknown>();
  registerHandlers({ handle: (channel: string, fn: never) => void registered.set(channel, fn) } as never, createHandlers({ store, chooseExportPath: async () => null }));
  const event = { senderFrame: { url: 'app://report/index.html' } };
  invoke = async (channel, request) => (await registered.get(channel)!(event, request)) as never;
});
afterEach(async () => {
  store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('library requests', () => {
  it.each([
    ['library:list', { sort: 'bogus', trash: false }],
    ['library:list', {}],
    ['library:search', { query: 42 }],
    ['library:rename', { id: '', title: '新标题' }],
    ['library:delete', { id: null }],
    ['library:export', { ids: ['../x'] }],
    ['versions:get', { versionId: -1 }],
    ['versions:diff', { versionId: 1.5 }],
    ['versions:keep', { id: 'a', kind: 'auto', name: '' }],
    ['backups:restore', { name: '../drafts.sqlite3' }],
    ['settings:set', { defaultFontProfile: 'nope' }],
  ])('%s refuses %j before the handler runs', async (channel, request) => {
    const result = await invoke(channel, request);
    expect(result.ok).toBe(false);
    expect(result.error!.code).toBe('bad-request');
  });

  it('leaves backup names and settings values to the store, which the CLI uses too', async () => {
    await expect(store.backups.restore('../drafts.sqlite3')).rejects.toMatchObject({ code: 'backup-not-found' });
    expect(() => store.settings.update({ defaultFontProfile: 'nope' as never })).toThrow(expect.objectContaining({ code: 'bad-settings' }));
  });

  it('are not checked a second time in the handlers', () => {
    const source = readFileSync(path.resolve(import.meta.dirname, '../../electron/handlers/library.ts'), 'utf8');
    expect(source).not.toMatch(/\bcheckId\b|checkVersionId|SORT_KEYS|validateSettings|path\.basename|typeof request/u);
  });
});
