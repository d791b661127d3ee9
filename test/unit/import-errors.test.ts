// Bad input: every refused file gets a clear Chinese message, nothing crashes,
// and nothing is half-imported into the library.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/handlers';
import { MAX_IMPORT_BYTES } from '../../electron/import/errors';
import { importFile } from '../../electron/import/import-file';
import { ZipError, ZipReader } from '../../electron/import/zip';
import { openDraftStore } from '../../electron/store/draft-store';
import type { DraftStore } from '../../electron/store/types';
import { UserFacingError } from '../../shared/result';
import { buildZip, docxWithBody } from '../fixtures/import/build-zip';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'import-errors-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const today = new Date(2024, 2, 1);

async function file(name: string, bytes: Uint8Array | string): Promise<string> {
  const p = path.join(dir, name);
  await writeFile(p, bytes);
  return p;
}

async function refusal(p: string): Promise<UserFacingError> {
  try {
    await importFile(p, today);
  } catch (error) {
    expect(error).toBeInstanceOf(UserFacingError);
    return error as UserFacingError;
  }
  throw new Error(`${p} was imported`);
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** An OLE compound file with the named streams in its directory (UTF-16 names, as CFB stores them). */
function cfb(...streams: string[]): Uint8Array {
  return new Uint8Array(Buffer.concat([Buffer.from(OLE), Buffer.alloc(504), ...streams.map((s) => Buffer.from(s, 'utf16le')), Buffer.alloc(512)]));
}

describe('formats that must be saved as .docx first', () => {
  it.each([
    ['旧报告.doc', cfb('WordDocument'), /旧版 Word 文档（\.doc）.*另存为.*docx/u],
    ['旧报告.wps', cfb('WordDocument'), /WPS 文字.*（\.wps）.*另存为.*docx/u],
    ['报告.pdf', '%PDF-1.7\n...', /PDF.*另存为 \.docx/u],
    ['报告.rtf', '{\\rtf1\\ansi 报告}', /RTF.*另存为/u],
    ['报告.xlsx', 'PK\u0003\u0004', /只支持 Word 文档（\.docx）、纯文本文件（\.txt）和网页文件（\.html）/u],
  ])('%s', async (name, bytes, message) => {
    const error = await refusal(await file(name, bytes));
    expect(error.message).toMatch(message);
    expect(error.message).toContain(name);
  });

  it('tells a PDF by its content even when it is named .docx', async () => {
    expect((await refusal(await file('改名.docx', '%PDF-1.4'))).code).toBe('import-legacy-format');
  });
});

describe('damaged, encrypted and oversized files', () => {
  it('a .docx that is not a zip', async () => {
    const error = await refusal(await file('坏.docx', '这不是压缩包'));
    expect(error.code).toBe('import-damaged');
    expect(error.message).toMatch(/不是有效的 Word 文档.*另存为/u);
  });

  it('a zip without a Word document in it, and one with broken XML', async () => {
    expect((await refusal(await file('空壳.docx', buildZip([{ name: 'a.txt', data: Buffer.from('x') }])))).code).toBe('import-damaged');
    expect((await refusal(await file('坏XML.docx', docxWithBody('<w:p><w:r><w:t>未闭合</w:r></w:p>')))).code).toBe('import-damaged');
  });

  it('an encrypted document (an OLE package holding EncryptionInfo)', async () => {
    const error = await refusal(await file('加密.docx', cfb('EncryptionInfo', 'EncryptedPackage')));
    expect(error.code).toBe('import-encrypted');
    expect(error.message).toMatch(/打开密码.*取消密码后另存为 \.docx/u);
  });

  it('an empty file and a folder', async () => {
    expect((await refusal(await file('空.txt', ''))).message).toMatch(/是空的（0 字节）/u);
    expect((await refusal(await file('空.docx', ''))).code).toBe('import-empty');
    await mkdir(path.join(dir, '文件夹.docx'));
    expect((await refusal(path.join(dir, '文件夹.docx'))).message).toMatch(/是文件夹/u);
    expect((await refusal(path.join(dir, '不存在.docx'))).code).toBe('import-missing');
  });

  it('a file over 50 MB, before reading it', async () => {
    const p = path.join(dir, '巨大.txt');
    await writeFile(p, '');
    const { truncate } = await import('node:fs/promises');
    await truncate(p, MAX_IMPORT_BYTES + 1);
    const error = await refusal(p);
    expect(error.code).toBe('import-too-large');
    expect(error.message).toMatch(/50\.0 MB.*超过了 50 MB 的导入上限/u);
  });

  it('a text file with nothing but white space', async () => {
    expect((await refusal(await file('空白.txt', ' \r\n\u3000\r\n'))).code).toBe('import-no-text');
  });
});

describe('zip bombs', () => {
  const huge = new Uint8Array(12 * 1024 * 1024).fill(0x41);

  it('refuses an entry whose compression ratio is beyond any document', async () => {
    const withBomb = buildZip([{ name: 'word/document.xml', data: huge }]);
    const error = await refusal(await file('炸弹.docx', withBomb));
    expect(error.code).toBe('import-suspicious');
    expect(error.message).toMatch(/压缩内容异常.*停止导入/u);
  });

  it('stops inflating as soon as an entry grows past its declared size', () => {
    const lying = buildZip([{ name: 'word/document.xml', data: huge, declaredSize: 1000 }]);
    const zip = new ZipReader(lying);
    expect(() => zip.read('word/document.xml')).toThrow(ZipError);
    try {
      zip.read('word/document.xml');
    } catch (error) {
      expect((error as ZipError).kind).toBe('limit');
    }
  });

  it('refuses too many entries and a declared total beyond the limit before inflating anything', () => {
    const many = buildZip(Array.from({ length: 5001 }, (_, i) => ({ name: `f${i}`, data: new Uint8Array(1), stored: true })));
    expect(() => new ZipReader(many)).toThrow(/5001 entries/u);
    const declared = buildZip([
      { name: 'a', data: new Uint8Array(1), stored: true, declaredSize: 0xfff00000 },
      { name: 'b', data: new Uint8Array(1), stored: true, declaredSize: 0xfff00000 },
    ]);
    expect(() => new ZipReader(declared)).toThrow(/declared total/u);
  });
});

describe('drafts:import', () => {
  let store: DraftStore;
  let chosen: string | null;
  let handlers: ReturnType<typeof createHandlers>;
  beforeEach(() => {
    store = openDraftStore(path.join(dir, 'data'));
    chosen = null;
    handlers = createHandlers({ store, chooseExportPath: async () => null, chooseImportPath: async () => chosen, now: () => today });
  });
  afterEach(() => store.close());

  it('creates one draft from the chosen file', async () => {
    chosen = path.resolve(import.meta.dirname, '../fixtures/import/county-bureau-annual-2023.docx');
    const result = await handlers['drafts:import'](null);
    expect(result.ok).toBe(true);
    if (!result.ok || !result.value) throw new Error('not imported');
    expect(result.value.title).toBe('关于2023年度法治政府建设情况的报告');
    expect(result.value.template).toBe('imported');
    expect(store.drafts.list().map((d) => d.id)).toEqual([result.value.id]);
    expect(store.drafts.get(result.value.id).content).toEqual(result.value.content);
  });

  it('does nothing when the clerk cancels', async () => {
    await expect(handlers['drafts:import'](null)).resolves.toEqual({ ok: true, value: null });
    expect(store.drafts.list()).toEqual([]);
  });

  it('returns the message and leaves the library untouched when the file is refused', async () => {
    chosen = await file('加密.docx', cfb('EncryptionInfo'));
    const result = await handlers['drafts:import'](null);
    expect(result).toMatchObject({ ok: false, error: { code: 'import-encrypted' } });
    chosen = await file('炸弹.docx', buildZip([{ name: 'word/document.xml', data: new Uint8Array(12 * 1024 * 1024) }]));
    expect(await handlers['drafts:import'](null)).toMatchObject({ ok: false, error: { code: 'import-suspicious' } });
    expect(store.drafts.list()).toEqual([]);
  });

  it('is refused where the host offers no file dialog', async () => {
    const h = createHandlers({ store, chooseExportPath: async () => null });
    expect(await h['drafts:import'](null)).toMatchObject({ ok: false, error: { code: 'import-unavailable' } });
  });
});
