// The channels behind 文稿信息 and 从往年报告新建, through a real store.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/handlers';
import { runCli } from '../../electron/cli/run';
import { openDraftStore } from '../../electron/store/draft-store';
import type { DraftStore } from '../../electron/store/types';
import { parseDraftFile } from '../../shared/draft-file';
import type { Handlers } from '../../shared/ipc';
import { blockText } from '../../shared/model';
import { headingNumbers } from '../../shared/numbering';
import type { Result } from '../../shared/result';
import { appInvoke } from '../support/main-ipc';

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

let dir: string;
let store: DraftStore;
let handlers: Handlers;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'handlers-outline-'));
  store = openDraftStore(path.join(dir, 'data'));
  handlers = createHandlers({ store, chooseExportPath: async () => null, now: () => new Date(2026, 0, 5, 9) });
});
afterEach(async () => {
  store.close();
  await rm(dir, { recursive: true, force: true });
});

const create = async () =>
  value(await handlers['drafts:create']({ template: 'rule-of-law-annual', metadata: { unit: '某某乡人民政府', year: 2025 } }));

describe('drafts:create', () => {
  it("gives the draft its template's due dates in the year after the report year", async () => {
    expect((await create()).metadata.deadlines).toEqual([
      { label: '报送', date: '2026-03-01' },
      { label: '公开', date: '2026-04-01' },
    ]);
  });
});

describe('drafts:update-metadata', () => {
  it('stores the metadata, and refuses malformed metadata with a Chinese message', async () => {
    const draft = await create();
    const next = { ...draft.metadata, unit: '某某镇人民政府', format: { fontProfile: 'windows' as const, sealed: true } };
    value(await handlers['drafts:update-metadata']({ id: draft.id, metadata: next }));
    expect(store.drafts.get(draft.id).metadata).toEqual(next);
    // As the page sends it: checked by the main process before the handler runs.
    const bad = (await appInvoke(handlers)('drafts:update-metadata', { id: draft.id, metadata: { ...next, year: '明年' } })) as Result<unknown>;
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message).toMatch(/文稿信息无效/);
    expect(store.drafts.get(draft.id).metadata).toEqual(next);
  });
});

describe('drafts:next-year', () => {
  it("makes a new draft for next year and leaves last year's as it was", async () => {
    const draft = await create();
    const content = structuredClone(draft.content);
    content[5]!.children = [{ text: '2025年召开专题会议3次。' }];
    value(await handlers['drafts:save']({ id: draft.id, content }));
    const next = value(await handlers['drafts:next-year']({ id: draft.id }));
    expect(next.id).not.toBe(draft.id);
    expect(next.title).toBe('某某乡人民政府关于2026年度法治政府建设情况的报告');
    expect(next.metadata.year).toBe(2026);
    expect(blockText(next.content[5]!)).toBe('2025年召开专题会议3次。');
    expect(store.drafts.get(draft.id).title).toBe('某某乡人民政府关于2025年度法治政府建设情况的报告');
  });
});

describe('npm run cli -- new --template rule-of-law-annual', () => {
  it('produces the five required parts in order, numbered 一、 to 五、', async () => {
    const out = path.join(dir, 'd.json');
    const code = await runCli(['new', '--template', 'rule-of-law-annual', '-o', out], { stdout: () => {}, stderr: () => {} });
    expect(code).toBe(0);
    const { content } = parseDraftFile(await readFile(out, 'utf8'));
    const numbers = headingNumbers(content);
    const parts = content.flatMap((b, i) => (b.type === 'heading' && b.level === 1 ? [`${numbers[i]}${blockText(b).replace(/\d{4}/g, 'YYYY')}`] : []));
    expect(parts).toEqual([
      '一、YYYY年度推进法治政府建设的主要举措和成效',
      '二、YYYY年度推进法治政府建设存在的不足和原因',
      '三、党政主要负责人履行推进法治建设第一责任人职责情况',
      '四、YYYY年度推进法治政府建设的主要安排',
      '五、其他需要报告的情况',
    ]);
  });
});
