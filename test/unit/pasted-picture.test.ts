// pictures:read-pasted: a picture a Word/WPS paste names only by its file is
// read by the main process, on real files: only a file: URL to a picture that
// the clipboard's HTML names, within the size limit, and only PNG or JPEG
// bytes come back; everything else is refused with a message for the clerk.
import { copyFileSync, mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/handlers';
import { openDraftStore } from '../../electron/store/draft-store';
import type { DraftStore } from '../../electron/store/types';
import { MAX_PICTURE_BYTES } from '../../shared/pictures';
import type { Result } from '../../shared/result';
import { tempDirs } from '../support/library-fixtures';
import { appInvoke } from '../support/main-ipc';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/pictures');
const temp = tempDirs('pasted-picture-');
const CJK = /[\u4e00-\u9fff]/u;

let dir: string;
let store: DraftStore;
/** What the system clipboard holds while the test pastes. */
let clipboardHtml: string;
let invoke: (src: unknown) => Promise<Result<{ data: string; mime: string; width: number; height: number }>>;

beforeEach(() => {
  dir = temp.make();
  store = openDraftStore(path.join(dir, 'data'));
  clipboardHtml = '';
  const ipc = appInvoke(createHandlers({ store, chooseExportPath: async () => null, readClipboard: async () => ({ text: '', html: clipboardHtml }) }));
  invoke = async (src) => (await ipc('pictures:read-pasted', { src })) as Awaited<ReturnType<typeof invoke>>;
});
afterEach(() => {
  store.close();
  temp.cleanup();
});

/** A file in the temp folder, as the URL Word's clipboard HTML names it; the clipboard then holds that HTML. */
function pasted(name: string, write: (file: string) => void): string {
  const file = path.join(dir, name);
  write(file);
  const url = pathToFileURL(file).href;
  clipboardHtml = `<html><body><!--StartFragment--><p class=MsoNormal>现场照片：</p><p><img width=320 height=240 src="${url}" alt="现场"></p><!--EndFragment--></body></html>`;
  return url;
}

const failure = (r: Result<unknown>) => (r.ok ? null : r.error);

describe('pictures:read-pasted', () => {
  it('reads a PNG or JPEG file the paste names, with its type and pixel size', async () => {
    const png = pasted('clip_image002.png', (f) => copyFileSync(path.join(FIXTURES, 'chart.png'), f));
    const read = await invoke(png);
    expect(read).toMatchObject({ ok: true, value: { mime: 'image/png', width: 240, height: 180 } });
    if (read.ok) expect(Buffer.from(read.value.data, 'base64')).toEqual(readFileSync(path.join(FIXTURES, 'chart.png')));
    // A Chinese file name, percent-encoded as in a URL; a JPEG saved as .jpg.
    const jpeg = pasted('现场照片.JPG', (f) => copyFileSync(path.join(FIXTURES, 'photo.jpg'), f));
    expect(jpeg).toMatch(/%E7%8E%B0/u);
    expect(await invoke(jpeg)).toMatchObject({ ok: true, value: { mime: 'image/jpeg', width: 320, height: 240 } });
  });

  it('says the file is gone when the clipboard names one that no longer exists', async () => {
    const url = pasted('clip_image004.png', () => {});
    const error = failure(await invoke(url));
    expect(error?.code).toBe('picture-missing');
    expect(error?.message).toMatch(CJK);
    expect(error?.message).toContain('clip_image004.png');
  });

  it('refuses a picture over the size limit without reading it, and says the limit', async () => {
    const url = pasted('big.png', (f) => {
      copyFileSync(path.join(FIXTURES, 'chart.png'), f);
      truncateSync(f, MAX_PICTURE_BYTES + 1);
    });
    const error = failure(await invoke(url));
    expect(error?.code).toBe('picture-too-large');
    expect(error?.message).toContain('10.0 MB');
  });

  it('refuses bytes that are not PNG or JPEG whatever the name says, GIF with its own message', async () => {
    const text = pasted('secret.png', (f) => writeFileSync(f, 'password=12345\n'));
    expect(failure(await invoke(text))).toMatchObject({ code: 'picture-unsupported' });
    const gif = pasted('anim.gif', (f) => writeFileSync(f, Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')));
    const error = failure(await invoke(gif));
    expect(error).toMatchObject({ code: 'picture-unsupported' });
    expect(error?.message).toContain('GIF');
    const folder = pasted('folder.png', (f) => mkdirSync(f));
    expect(failure(await invoke(folder))?.code).toBe('picture-unreadable');
  });

  it('reads no file the clipboard does not name, even a real picture', async () => {
    const other = path.join(dir, 'other.png');
    copyFileSync(path.join(FIXTURES, 'chart.png'), other);
    pasted('clip_image002.png', (f) => copyFileSync(path.join(FIXTURES, 'chart.png'), f));
    expect(failure(await invoke(pathToFileURL(other).href))?.code).toBe('picture-not-pasted');
    clipboardHtml = '';
    expect(failure(await invoke(pathToFileURL(other).href))?.code).toBe('picture-not-pasted');
  });

  it('refuses anything but an absolute file: URL to a picture before the handler runs', async () => {
    for (const src of [
      'file:///etc/passwd',
      '/etc/passwd',
      'C:\\Users\\clerk\\a.png',
      'file://server/share/a.png',
      'file:////server/share/a.png',
      'file:///C:\\Windows\\a.png',
      'file:///tmp/a.png?x=1',
      'file:///tmp/../etc/a.png',
      'http://example.gov.cn/a.png',
      'data:image/png;base64,iVBORw0KGgo=',
      'file:///tmp/a.png.txt',
      `file:///${'a/'.repeat(3000)}a.png`,
      42,
    ]) {
      // The clipboard even names it: the URL itself is refused.
      clipboardHtml = `<img src="${String(src)}">`;
      expect(failure(await invoke(src))?.code, String(src)).toBe('bad-request');
    }
  });

  it('refuses when the clipboard cannot be read', async () => {
    const ipc = appInvoke(createHandlers({ store, chooseExportPath: async () => null }));
    const url = pasted('clip_image002.png', (f) => copyFileSync(path.join(FIXTURES, 'chart.png'), f));
    expect(await ipc('pictures:read-pasted', { src: url })).toMatchObject({ ok: false, error: { code: 'clipboard' } });
  });
});
