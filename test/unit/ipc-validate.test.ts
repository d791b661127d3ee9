import { describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import type { HandlerDeps } from '../../electron/handlers/types';
import { registerHandlers } from '../../electron/ipc/register';
import { validateRequest } from '../../electron/ipc/validate';
import { REQUEST_SCHEMAS } from '../../shared/schema/requests';
import { CHANNELS, type Channel, type Handlers, type RequestOf } from '../../shared/ipc';
import type { DraftMetadata, ReportContent } from '../../shared/model';
import { ok } from '../../shared/result';
import { METADATA } from '../support/library-fixtures';

const metadata: DraftMetadata = {
  ...METADATA,
  format: { fontProfile: 'linux', sealed: true },
  deadlines: [{ label: '报送', date: '2026-03-01' }],
};
const content: ReportContent = [
  { type: 'title', children: [{ text: '关于2025年度法治政府建设情况的报告' }] },
  { type: 'heading', level: 1, children: [{ text: '主要举措' }] },
  { type: 'paragraph', children: [{ text: '正文' }] },
];
const draftId = '3f2b8c1e-9d4a-4e7b-8f00-123456789abc';

/** A well-formed request for every channel (typed: a new channel needs one here). */
const VALID: { [C in Channel]: RequestOf<C> } = {
  'templates:list': null,
  'checks:words': null,
  'clipboard:read': null,
  'app:data-location': null,
  'drafts:list': null,
  'drafts:create': { template: 'rule-of-law-annual', metadata: { unit: '某某县司法局', year: 2025 } },
  'drafts:open': { id: draftId },
  'drafts:save': { id: draftId, content },
  'drafts:update-metadata': { id: draftId, metadata },
  'drafts:next-year': { id: draftId },
  'drafts:export-docx': { id: draftId },
  'drafts:export-pdf': { id: draftId },
  'drafts:import': null,
  'pictures:get': { hash: 'a'.repeat(64) },
  'pictures:add': { data: 'iVBORw0KGgo=' },
  'pictures:read-pasted': { src: 'file:///C:/Users/clerk/AppData/Local/Temp/msohtmlclip1/01/clip_image002.png' },
  'library:list': { sort: 'deadline', trash: false },
  'library:search': { query: '法治政府' },
  'library:rename': { id: draftId, title: '新标题' },
  'library:duplicate': { id: draftId },
  'library:delete': { id: draftId },
  'library:restore': { id: draftId },
  'library:purge': { id: draftId },
  'library:notice': null,
  'library:export': { ids: [draftId] },
  'library:import': null,
  'versions:list': { id: draftId },
  'versions:get': { versionId: 3 },
  'versions:diff': { versionId: 3 },
  'versions:keep': { id: draftId, kind: 'named', name: '送审稿' },
  'versions:restore': { versionId: 3 },
  'backups:list': null,
  'backups:restore': { name: 'drafts-20260301T083000000Z-daily.sqlite3' },
  'settings:get': null,
  'settings:set': { defaultFontProfile: 'windows' },
};

// Handlers get file paths only from the host's dialogs: every dependency that
// yields a path is a choose…Path function (this fails to compile otherwise).
type PathSources = {
  [K in keyof HandlerDeps]-?: NonNullable<HandlerDeps[K]> extends (...args: never[]) => Promise<string | null> ? K : never;
}[keyof HandlerDeps];
const _pathsOnlyFromDialogs: [Exclude<PathSources, `choose${string}Path`>] extends [never] ? true : never = true;
void _pathsOnlyFromDialogs;

const PATHS = ['/etc/passwd', 'C:\\Windows\\System32\\drivers\\etc\\hosts', '../../secret.sqlite3', '\\\\server\\share\\x.docx'];

describe('REQUEST_SCHEMAS', () => {
  it('has a validator for every channel of the contract, and nothing else', () => {
    expect(Object.keys(REQUEST_SCHEMAS).sort()).toEqual([...CHANNELS].sort());
  });

  it.each(CHANNELS)('accepts a well-formed %s request', (channel) => {
    expect(validateRequest(channel, VALID[channel])).toBeNull();
  });

  it.each(CHANNELS)('refuses a %s request carrying a file path in any field', (channel) => {
    const valid = VALID[channel];
    for (const key of ['path', 'filePath', 'file', 'dir', 'target', 'outputPath']) {
      const request = valid === null ? { [key]: PATHS[0] } : { ...valid, [key]: PATHS[0] };
      expect(validateRequest(channel, request), `${channel} with ${key}`).toMatch(/unexpected field|no arguments/u);
    }
  });

  // `key in fields` took these for the contract's own keys (issue 11): only own properties count.
  const INHERITED = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];
  /** The request as IPC delivers it: an own data property for every key, __proto__ included. */
  const withOwnKey = (value: object | null, key: string): unknown => structuredClone(JSON.parse(JSON.stringify({ ...value, [key]: 'x' })));

  it.each(CHANNELS)('refuses a %s request carrying an inherited name (constructor, toString, __proto__) as a key', (channel) => {
    for (const key of INHERITED) {
      const request = withOwnKey(VALID[channel], key);
      expect(Object.hasOwn(request as object, key), key).toBe(true);
      expect(validateRequest(channel, request), `${channel} with ${key}`).toMatch(/unexpected field|no arguments/u);
    }
  });

  it('refuses inherited names inside metadata and settings too', () => {
    for (const key of INHERITED) {
      expect(validateRequest('drafts:update-metadata', { id: draftId, metadata: withOwnKey(metadata, key) })).toBe(`metadata has unexpected field ${key}`);
      expect(validateRequest('drafts:create', { template: 'blank', metadata: withOwnKey({}, key) })).toBe(`metadata has unexpected field ${key}`);
      expect(validateRequest('drafts:update-metadata', { id: draftId, metadata: { ...metadata, format: withOwnKey({}, key) } })).toBe(
        `metadata.format has unexpected field ${key}`,
      );
      expect(validateRequest('settings:set', withOwnKey({}, key))).toBe(`unexpected field ${key}`);
    }
  });

  it.each(CHANNELS)('refuses a %s request of the wrong shape', (channel) => {
    for (const bad of [42, 'drafts', [VALID[channel]], true]) {
      expect(validateRequest(channel, bad), `${channel} ${JSON.stringify(bad)}`).not.toBeNull();
    }
  });

  it('puts no path-like word in the key of any request, at any depth', () => {
    const words = (key: string) => key.split(/(?=[A-Z])|[-_]/u).map((w) => w.toLowerCase());
    const keys = new Set<string>();
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
          keys.add(k);
          collect(v);
        }
      }
    };
    collect(Object.values(VALID));
    expect(keys.size).toBeGreaterThan(10);
    for (const key of keys) expect(words(key).filter((w) => ['path', 'file', 'dir', 'folder', 'directory'].includes(w)), key).toEqual([]);
  });

  it('refuses ids that are not identifiers, and over-long text', () => {
    for (const id of ['', '../x', 'a/b', 'a\\b', 'C:\\x', 'x y', 'a\u0000b', 'x'.repeat(2000), 7, null]) {
      expect(validateRequest('drafts:open', { id }), JSON.stringify(id)).not.toBeNull();
    }
    expect(validateRequest('drafts:open', {})).toBe('id is missing');
  });

  it('checks content with the model validator', () => {
    expect(validateRequest('drafts:save', { id: draftId, content: [{ type: 'script', children: [{ text: '' }] }] })).toMatch(/unknown type/u);
    expect(validateRequest('drafts:save', { id: draftId, content: [{ type: 'heading', level: 9, children: [{ text: '' }] }] })).toMatch(/level/u);
    expect(validateRequest('drafts:save', { id: draftId, content: 'text' })).toMatch(/content/u);
  });

  it('checks full metadata, and every field given in partial metadata', () => {
    expect(validateRequest('drafts:update-metadata', { id: draftId, metadata: { ...metadata, year: '2025' } })).toMatch(/year/u);
    expect(validateRequest('drafts:update-metadata', { id: draftId, metadata: { ...metadata, exportPath: '/tmp/x' } })).toMatch(/unexpected field exportPath/u);
    const { unit: _unit, ...withoutUnit } = metadata;
    expect(validateRequest('drafts:update-metadata', { id: draftId, metadata: withoutUnit })).toMatch(/unit/u);
    expect(validateRequest('drafts:create', { template: 'blank', metadata: {} })).toBeNull();
    expect(validateRequest('drafts:create', { template: 'blank', metadata: { year: 2025.5 } })).toMatch(/year/u);
    expect(validateRequest('drafts:create', { template: 'blank', metadata: { format: { fontProfile: 'comic' } } })).toMatch(/fontProfile/u);
    expect(validateRequest('drafts:create', { template: 'blank', metadata: { dataDir: '/tmp' } })).toMatch(/unexpected field dataDir/u);
    expect(validateRequest('drafts:create', { template: 'blank' })).toMatch(/metadata/u);
  });
});

describe('registerHandlers with validation', () => {
  function setup() {
    const registered = new Map<string, (event: IpcMainInvokeEvent, request: unknown) => Promise<unknown>>();
    const ipcMain = { handle: vi.fn((channel: string, listener: never) => void registered.set(channel, listener)) };
    const handlers = Object.fromEntries(CHANNELS.map((c) => [c, vi.fn(async () => ok(c))])) as unknown as Record<Channel, ReturnType<typeof vi.fn>>;
    registerHandlers(ipcMain as never, handlers as unknown as Handlers);
    const app = { senderFrame: { url: 'app://report/index.html' } } as unknown as IpcMainInvokeEvent;
    return { registered, handlers, app };
  }

  it.each(CHANNELS)('answers a malformed %s request with bad-request in Chinese, without calling the handler', async (channel) => {
    const { registered, handlers, app } = setup();
    const result = await registered.get(channel)!(app, { ...(VALID[channel] ?? {}), path: PATHS[1] });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect((result as { error: { message: string } }).error.message).toMatch(/[\u4e00-\u9fff]/u);
    expect(handlers[channel]).not.toHaveBeenCalled();
  });

  it.each(CHANNELS)('passes a well-formed %s request through', async (channel) => {
    const { registered, handlers, app } = setup();
    expect(await registered.get(channel)!(app, VALID[channel])).toEqual({ ok: true, value: channel });
    expect(handlers[channel]).toHaveBeenCalledExactlyOnceWith(VALID[channel]);
  });
});
