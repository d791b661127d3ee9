import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers, exportFileName } from '../../electron/handlers';
import { openDraftStore } from '../../electron/store/draft-store';
import type { DraftStore } from '../../electron/store/types';
import type { Draft, Handlers } from '../../shared/ipc';
import { block, blockText, type ReportContent } from '../../shared/model';
import type { Result } from '../../shared/result';
import { appInvoke } from '../support/main-ipc';

const CJK = /[\u4e00-\u9fff]/u;

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

function error<T>(result: Result<T>) {
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

let dir: string;
let store: DraftStore;
let chooseExportPath: ReturnType<typeof vi.fn<(name: string) => Promise<string | null>>>;
let log: ReturnType<typeof vi.fn<(message: string, error: unknown) => void>>;
let handlers: Handlers;
/** A request as the app's page sends it: checked by the main process before a handler runs. */
let invoke: <T>(channel: string, request: unknown) => Promise<Result<T>>;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'handlers-'));
  store = openDraftStore(path.join(dir, 'data'));
  chooseExportPath = vi.fn(async () => null);
  log = vi.fn();
  handlers = createHandlers({ store, chooseExportPath, log, now: () => new Date(2025, 2, 1, 9, 30) });
  const ipc = appInvoke(handlers);
  invoke = async <T>(channel: string, request: unknown) => (await ipc(channel, request)) as Result<T>;
});

afterEach(async () => {
  store.close();
  await rm(dir, { recursive: true, force: true });
});

async function createDraft(unit = '某某县司法局'): Promise<Draft> {
  return value(await handlers['drafts:create']({ template: 'rule-of-law-annual', metadata: { unit } }));
}

describe('templates:list', () => {
  it('lists the bundled templates as summaries', async () => {
    const list = value(await handlers['templates:list'](null));
    expect(list).toContainEqual({
      id: 'rule-of-law-annual',
      name: '法治政府建设年度报告',
      description: expect.any(String),
      deadlines: [
        { label: '报送', month: 3, day: 1 },
        { label: '公开', month: 4, day: 1 },
      ],
    });
    for (const t of list) expect(Object.keys(t).sort()).toEqual(['deadlines', 'description', 'id', 'name']);
  });
});

describe('drafts:create', () => {
  it('creates a draft from the template, titled from its content and dated by now()', async () => {
    const draft = await createDraft();
    expect(draft.template).toBe('rule-of-law-annual');
    expect(draft.title).toBe('某某县司法局关于2024年度法治政府建设情况的报告');
    expect(draft.metadata).toMatchObject({ unit: '某某县司法局', year: 2024, signature: '某某县司法局', date: '2025-03-01' });
    expect(blockText(draft.content[0]!)).toBe(draft.title);
    expect(draft.content.filter((b) => b.type === 'heading' && b.level === 1)).toHaveLength(5);
    expect(blockText(draft.content.at(-1)!)).toBe('2025年3月1日');
  });

  it('stores the draft: it is listed and opens with the same content', async () => {
    const draft = await createDraft();
    expect(value(await handlers['drafts:list'](null)).map((d) => d.id)).toEqual([draft.id]);
    const opened = value(await handlers['drafts:open']({ id: draft.id }));
    expect(opened.content).toEqual(draft.content);
    expect(opened.title).toBe(draft.title);
  });

  it('answers an unknown template with a Chinese message', async () => {
    const e = error(await handlers['drafts:create']({ template: 'nope', metadata: {} }));
    expect(e.code).toBe('unknown-template');
    expect(e.message).toMatch(CJK);
    expect(value(await handlers['drafts:list'](null))).toEqual([]);
  });
});

describe('drafts:save', () => {
  it('saves content and derives the title from it', async () => {
    const draft = await createDraft();
    const content: ReportContent = [block('title', '新的标题', {}), block('paragraph', '正文', {})];
    const saved = value(await handlers['drafts:save']({ id: draft.id, content }));
    expect(saved.updated > draft.updated).toBe(true);
    const opened = value(await handlers['drafts:open']({ id: draft.id }));
    expect(opened.content).toEqual(content);
    expect(opened.title).toBe('新的标题');
  });

  it('refuses invalid content with a Result, not an exception, and keeps the stored content', async () => {
    const draft = await createDraft();
    const bad = [{ type: 'heading', children: [{ text: 'x' }] }];
    const result = await invoke('drafts:save', { id: draft.id, content: bad });
    const e = error(result);
    expect(e.code).toBe('bad-content');
    expect(e.message).toMatch(CJK);
    expect(e.message).toContain('未保存');
    expect(value(await handlers['drafts:open']({ id: draft.id })).content).toEqual(draft.content);
    expect(log).not.toHaveBeenCalled();
  });

  it('refuses content that is not a list', async () => {
    const draft = await createDraft();
    const e = error(await invoke('drafts:save', { id: draft.id, content: 'text' }));
    expect(e.code).toBe('bad-content');
  });

  it('answers an unknown id with draft-not-found', async () => {
    const e = error(await handlers['drafts:save']({ id: 'no-such-id', content: [block('paragraph', 'x', {})] }));
    expect(e.code).toBe('draft-not-found');
    expect(e.message).toMatch(CJK);
  });

  it('answers a request without an id with bad-request', async () => {
    const e = error(await invoke('drafts:save', { content: [] }));
    expect(e.code).toBe('bad-request');
    expect(e.message).toMatch(CJK);
    expect(error(await invoke('drafts:open', null)).code).toBe('bad-request');
  });
});

describe('inherited names in a request (issue 11)', () => {
  it('never stores constructor, toString or __proto__ as metadata keys', async () => {
    const draft = await createDraft();
    for (const key of ['constructor', 'toString', '__proto__']) {
      const metadata = JSON.parse(JSON.stringify({ ...draft.metadata, [key]: 'x' }));
      const e = error(await invoke('drafts:update-metadata', { id: draft.id, metadata }));
      expect(e.code).toBe('bad-metadata');
      expect(e.message).toContain(`unexpected field ${key}`);
    }
    const stored = value(await handlers['drafts:open']({ id: draft.id }));
    expect(stored.metadata).toEqual(draft.metadata);
    expect(Object.keys(stored.metadata)).not.toContain('constructor');
  });

  it('stores a block without keys the model does not know', async () => {
    const draft = await createDraft();
    const content = JSON.parse('[{"type":"paragraph","children":[{"text":"正文"}],"constructor":"x","__proto__":{"level":1}}]');
    value(await invoke('drafts:save', { id: draft.id, content }));
    expect(value(await handlers['drafts:open']({ id: draft.id })).content).toEqual([{ type: 'paragraph', children: [{ text: '正文' }] }]);
  });
});

describe('drafts:open', () => {
  it('answers an unknown id with draft-not-found in Chinese', async () => {
    const e = error(await handlers['drafts:open']({ id: 'missing' }));
    expect(e.code).toBe('draft-not-found');
    expect(e.message).toMatch(CJK);
  });
});

describe('drafts:export-docx', () => {
  it('asks for a path suggesting the title, and writes a .docx there', async () => {
    const draft = await createDraft();
    const target = path.join(dir, '导出.docx');
    chooseExportPath.mockResolvedValue(target);
    const result = value(await handlers['drafts:export-docx']({ id: draft.id }));
    expect(chooseExportPath).toHaveBeenCalledWith('某某县司法局关于2024年度法治政府建设情况的报告.docx');
    expect(result).toEqual({ path: target });
    const bytes = await readFile(target);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.length).toBeGreaterThan(1000);
  });

  it('writes nothing and answers null when the clerk cancels', async () => {
    const draft = await createDraft();
    chooseExportPath.mockResolvedValue(null);
    expect(value(await handlers['drafts:export-docx']({ id: draft.id }))).toBeNull();
    expect(chooseExportPath).toHaveBeenCalledTimes(1);
  });

  it('does not ask for a path for an unknown draft', async () => {
    const e = error(await handlers['drafts:export-docx']({ id: 'missing' }));
    expect(e.code).toBe('draft-not-found');
    expect(chooseExportPath).not.toHaveBeenCalled();
  });

  it('answers a write failure with a Chinese message', async () => {
    const draft = await createDraft();
    chooseExportPath.mockResolvedValue(path.join(dir, 'no-such-folder', 'x.docx'));
    const e = error(await handlers['drafts:export-docx']({ id: draft.id }));
    expect(e.message).toMatch(CJK);
    expect(e.code).not.toBe('unexpected');
    await expect(stat(path.join(dir, 'no-such-folder'))).rejects.toThrow();
  });
});

describe('drafts:export-pdf', () => {
  it('asks for a .pdf path suggesting the title, and writes the PDF of the layout there', async () => {
    const draft = await createDraft();
    const target = path.join(dir, '导出.pdf');
    chooseExportPath.mockResolvedValue(target);
    expect(value(await handlers['drafts:export-pdf']({ id: draft.id }))).toEqual({ path: target });
    expect(chooseExportPath).toHaveBeenCalledWith('某某县司法局关于2024年度法治政府建设情况的报告.pdf', 'pdf');
    expect((await readFile(target)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('writes nothing and answers null when the clerk cancels', async () => {
    const draft = await createDraft();
    chooseExportPath.mockResolvedValue(null);
    expect(value(await handlers['drafts:export-pdf']({ id: draft.id }))).toBeNull();
  });
});

describe('unexpected exceptions', () => {
  it('become code unexpected with a Chinese message, and are logged', async () => {
    const draft = await createDraft();
    const boom = new Error('boom');
    chooseExportPath.mockRejectedValue(boom);
    const e = error(await handlers['drafts:export-docx']({ id: draft.id }));
    expect(e.code).toBe('unexpected');
    expect(e.message).toMatch(CJK);
    expect(e.message).not.toContain('boom');
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]![0]).toContain('drafts:export-docx');
    expect(log.mock.calls[0]![1]).toBe(boom);
  });

  it('do not claim that a failed save was saved', async () => {
    const failing: DraftStore = {
      ...store,
      drafts: {
        ...store.drafts,
        saveContent: () => {
          throw new TypeError('disk exploded');
        },
      },
    };
    const h = createHandlers({ store: failing, chooseExportPath, log });
    const e = error(await h['drafts:save']({ id: 'x', content: [block('paragraph', 'x', {})] }));
    expect(e.code).toBe('unexpected');
    expect(e.message).not.toContain('已保存');
    expect(log).toHaveBeenCalledWith(expect.stringContaining('drafts:save'), expect.any(TypeError));
  });

  it('are caught for synchronous throws too, without a logger', async () => {
    const failing: DraftStore = {
      ...store,
      drafts: {
        ...store.drafts,
        list: () => {
          throw new Error('x');
        },
      },
    };
    const h = createHandlers({ store: failing, chooseExportPath });
    await expect(h['drafts:list'](null)).resolves.toMatchObject({ ok: false, error: { code: 'unexpected' } });
  });
});

describe('exportFileName', () => {
  it('adds .docx to the title', () => {
    expect(exportFileName('某某县司法局2024年度报告')).toBe('某某县司法局2024年度报告.docx');
  });

  it('strips characters Windows does not allow in file names, keeping full-width punctuation', () => {
    expect(exportFileName('a\\b/c:d*e?f"g<h>i|j\u0001k\tl\nm')).toBe('abcdefghijklm.docx');
    expect(exportFileName('关于“依法行政”的报告：2024/2025')).toBe('关于“依法行政”的报告：20242025.docx');
  });

  it('falls back to a Chinese name for an empty or all-illegal title', () => {
    expect(exportFileName('')).toBe('未命名报告.docx');
    expect(exportFileName('  ')).toBe('未命名报告.docx');
    expect(exportFileName('???')).toBe('未命名报告.docx');
  });

  it('keeps names short', () => {
    expect(exportFileName('字'.repeat(200))).toBe('字'.repeat(80) + '.docx');
  });

  it('never cuts a CJK extension-B character in half', () => {
    const name = exportFileName('a'.repeat(79) + '𠀀𠀀');
    expect(name).not.toMatch(/[\ud800-\udfff]/u); // no lone surrogate
    expect(name).toBe('a'.repeat(79) + '𠀀.docx');
  });
});
