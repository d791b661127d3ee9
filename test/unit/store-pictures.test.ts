// Pictures in the store: once per content, a size limit with a clear message,
// carried by library files, and tables compared cell by cell in the history diff.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/store/database';
import { openDraftStore } from '../../electron/store/draft-store';
import { parseLibraryFile, serializeLibraryFile } from '../../electron/store/library-files/library-file';
import { diffBlocks } from '../../shared/diff';
import type { ImageBlock, ReportContent } from '../../shared/model';
import { MAX_PICTURE_BYTES } from '../../shared/pictures';
import { LIBRARY_FILE_VERSION } from '../../shared/schema/library-file';
import { simpleTable } from '../../shared/tables';
import { newDraft, report, tempDirs } from '../support/library-fixtures';

const temp = tempDirs('store-pictures-');
afterEach(() => temp.cleanup());
const photo = readFileSync(path.resolve(import.meta.dirname, '../fixtures/pictures/photo.jpg'));

function withPicture(store: ReturnType<typeof openDraftStore>): { id: string; content: ReportContent } {
  const ref = store.pictures.add(photo);
  const image: ImageBlock = { type: 'image', picture: ref, children: [{ text: '图1 现场' }] };
  const draft = store.drafts.create(newDraft('有图的报告'));
  const content = [...draft.content, image, simpleTable([['项目', '数量'], ['复议', '3']])];
  store.drafts.saveContent(draft.id, content);
  return { id: draft.id, content };
}

describe('pictures in the store', () => {
  it('keeps each picture once, by content hash, with its type and pixel size; saving a draft never rewrites it', () => {
    const dir = temp.make();
    const store = openDraftStore(dir);
    const first = store.pictures.add(photo);
    expect(store.pictures.add(Uint8Array.from(photo))).toEqual(first);
    expect(first).toMatchObject({ mime: 'image/jpeg', width: 320, height: 240 });
    expect(Buffer.from(store.pictures.get(first.hash)!.bytes)).toEqual(photo);
    const { id, content } = withPicture(store);
    for (let i = 0; i < 3; i++) store.drafts.saveContent(id, [...content]);
    expect(store.drafts.get(id).content).toEqual(content);
    expect(store.pictures.missing([first.hash, 'f'.repeat(64)])).toEqual(['f'.repeat(64)]);
    store.close();
    const db = new Sqlite(path.join(dir, DATABASE_FILE), { readonly: true });
    expect(db.prepare('SELECT COUNT(*) AS n FROM pictures').get()).toEqual({ n: 1 });
    expect(String((db.prepare('SELECT content FROM drafts WHERE id = ?').get(id) as { content: string }).content)).not.toContain(photo.subarray(0, 64).toString('base64'));
    db.close();
  });

  it('refuses a picture over 10 MB, or not PNG or JPEG, saying so in Chinese', () => {
    const store = openDraftStore(temp.make());
    const big = new Uint8Array(MAX_PICTURE_BYTES + 1);
    big.set(photo);
    expect(() => store.pictures.add(big)).toThrow(/图片过大（10\.0 MB），每张图片不能超过 10\.0 MB/u);
    expect(() => store.pictures.add(Buffer.from('GIF89a'))).toThrow(/只能插入 PNG 或 JPEG/u);
    store.close();
  });

  it('carries pictures in a library file to another library', () => {
    const a = openDraftStore(temp.make());
    const { content } = withPicture(a);
    const text = serializeLibraryFile(a.files.export(undefined).file);
    a.close();
    const file = parseLibraryFile(text, new Date());
    expect(file.version).toBe(LIBRARY_FILE_VERSION);
    expect(Object.keys(file.pictures ?? {})).toHaveLength(1);
    const b = openDraftStore(temp.make());
    b.files.import(file, 'before-import');
    const [draft] = b.drafts.list();
    expect(b.drafts.get(draft!.id).content).toEqual(content);
    const hash = (content.find((x) => x.type === 'image') as ImageBlock).picture.hash;
    expect(Buffer.from(b.pictures.get(hash)!.bytes)).toEqual(photo);
    b.close();
  });
});

describe('the history diff', () => {
  it('shows the table row whose cell changed, before and after, and leaves the others alone', () => {
    const before = [...report('报告'), simpleTable([['项目', '数量'], ['复议', '3'], ['诉讼', '5']])];
    const after = [...report('报告'), simpleTable([['项目', '数量'], ['复议', '4'], ['诉讼', '5']])];
    const changed = diffBlocks(before, after).filter((l) => l.op !== 'same');
    // One changed line, the changed cell's characters marked (the history's in-place diff).
    expect(changed).toEqual([
      {
        op: 'changed',
        text: '表格第 2 行：复议 | 4',
        type: 'table-row',
        parts: [
          { op: 'same', text: '表格第 2 行：复议 | ' },
          { op: 'removed', text: '3' },
          { op: 'added', text: '4' },
        ],
      },
    ]);
  });
});
