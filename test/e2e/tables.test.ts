// Issue 13 end to end: a table inserted, filled with an IME and Tab from cell
// to cell (Tab in the last cell adds a row), each structural change one undo
// step; a picture inserted from a file, shown, stored once, and sized.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { blockText, type ImageBlock, type TableBlock } from '../../shared/model';
import { createFromTemplate, SAVED_EVENTUALLY, storedBlocks, typeWithIme, useApp } from './harness';

/** What the system clipboard holds (the main process reads it to check the files a paste names). */
let clipboardHtml = '';
const app = useApp('e2e-tables-', () => ({ clipboard: () => ({ text: '', html: clipboardHtml }) }));
const PHOTO = path.resolve(import.meta.dirname, '../fixtures/pictures/photo.jpg');

const storedTable = (): TableBlock | undefined => storedBlocks(app).find((b): b is TableBlock => b.type === 'table');
const cells = (t: TableBlock | undefined) => t?.children.map((r) => r.children.map((c) => c.children.map(blockText).join('/')));
const undo = (page: Page) => page.keyboard.press('Control+z');

describe('tables in the editor', () => {
  it('inserts a table, takes IME input in its cells, moves with Tab and Shift+Tab, adds a row from the last cell; undo takes each back', async () => {
    const { page } = app;
    await createFromTemplate(page);
    await page.locator('[data-slate-editor] > [data-block=paragraph]').first().click();
    await page.getByRole('button', { name: '表格', exact: true }).click();
    await page.getByLabel('行数').fill('2');
    await page.getByLabel('列数').fill('2');
    await page.getByRole('button', { name: '插入表格' }).click();
    await page.locator('[data-block=table] td').first().waitFor();
    const cdp = await app.cdp();
    await typeWithIme(cdp, ['x', 'xiang', '项'], '项目');
    await page.keyboard.press('Tab');
    await typeWithIme(cdp, ['shu', '数'], '数量');
    await page.keyboard.press('Tab');
    await typeWithIme(cdp, ['fu', '复'], '复议');
    await page.keyboard.press('Tab');
    await cdp.send('Input.insertText', { text: '3' });
    // Shift+Tab goes back to the start of the cell before.
    await page.keyboard.press('Shift+Tab');
    await cdp.send('Input.insertText', { text: '案件' });
    await expect.poll(() => cells(storedTable()), SAVED_EVENTUALLY).toEqual([['项目', '数量'], ['案件复议', '3']]);
    expect(storedTable()!.children[0]!.header).toBe(true);

    // Tab in the last cell adds a row; one undo takes the row away again.
    await page.locator('[data-block=table] td').nth(3).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Tab');
    await expect.poll(() => cells(storedTable()), SAVED_EVENTUALLY).toEqual([['项目', '数量'], ['案件复议', '3'], ['', '']]);
    await undo(page);
    await expect.poll(() => cells(storedTable()), SAVED_EVENTUALLY).toEqual([['项目', '数量'], ['案件复议', '3']]);

    // Merge the header cells, add a column: each one step.
    await page.locator('[data-block=table] td').first().click();
    await page.getByRole('button', { name: '向右合并' }).click();
    await expect.poll(() => cells(storedTable()), SAVED_EVENTUALLY).toEqual([['项目/数量'], ['案件复议', '3']]);
    await undo(page);
    await expect.poll(() => cells(storedTable()), SAVED_EVENTUALLY).toEqual([['项目', '数量'], ['案件复议', '3']]);
    await page.locator('[data-block=table] td').nth(1).click();
    await page.getByRole('button', { name: '删除列' }).click();
    await expect.poll(() => cells(storedTable()), SAVED_EVENTUALLY).toEqual([['项目'], ['案件复议']]);
    expect(app.console.filter((l) => /^(error|pageerror)/.test(l))).toEqual([]);
  });
});

describe('pictures in the editor', () => {
  it('inserts a picture from a file, shows it, keeps it once in the library, and sizes it within the text width', async () => {
    const { page } = app;
    await createFromTemplate(page);
    await page.locator('[data-slate-editor] > [data-block=paragraph]').first().click();
    await page.locator('input[type=file][accept*="image/png"]').setInputFiles(PHOTO);
    await page.locator('[data-block=image] img').waitFor();
    expect(await page.locator('[data-block=image] img').getAttribute('src')).toMatch(/^data:image\/jpeg;base64,/u);
    const image = () => storedBlocks(app).find((b): b is ImageBlock => b.type === 'image');
    await expect.poll(() => image()?.picture, SAVED_EVENTUALLY).toMatchObject({ mime: 'image/jpeg', width: 320, height: 240 });
    expect(app.store.pictures.get(image()!.picture.hash)?.bytes.length).toBeGreaterThan(1000);
    // The caption is the block's text.
    const cdp = await app.cdp();
    await cdp.send('Input.insertText', { text: '图1 活动现场' });
    await expect.poll(() => (image() ? blockText(image()!) : ''), SAVED_EVENTUALLY).toBe('图1 活动现场');
    await page.getByRole('button', { name: '放大图片' }).click();
    await expect.poll(() => image()?.width, SAVED_EVENTUALLY).toBeCloseTo(105.8, 0);
    await page.getByRole('button', { name: '放大图片' }).click();
    await page.getByRole('button', { name: '放大图片' }).click();
    await expect.poll(() => image()?.width, SAVED_EVENTUALLY).toBe(156);
  });
});

/** Pastes as the browser does on Ctrl+V, the clipboard holding this HTML. */
async function pasteHtml(page: Page, html: string): Promise<void> {
  clipboardHtml = html;
  await page.evaluate((h) => {
    const dt = new DataTransfer();
    dt.setData('text/html', h);
    document.querySelector('[data-slate-editor]')!.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: dt, bubbles: true, cancelable: true }));
  }, html);
}

describe('sizing a picture by dragging', () => {
  it('follows the handle of the selected picture, within the text width, each drag one undo step', async () => {
    const { page } = app;
    await createFromTemplate(page);
    await page.locator('[data-slate-editor] > [data-block=paragraph]').first().click();
    await page.locator('input[type=file][accept*="image/png"]').setInputFiles(PHOTO);
    await page.locator('[data-block=image] img').waitFor();
    const image = () => storedBlocks(app).find((b): b is ImageBlock => b.type === 'image');
    await expect.poll(() => image()?.picture.width, SAVED_EVENTUALLY).toBe(320);
    const handle = page.getByRole('slider', { name: '拖动调整图片大小' });
    const frame = page.locator('[data-block=image] .picture');
    const textWidth = (await page.locator('[data-block=image]').boundingBox())!.width;
    // The handle shows on the selected picture only; a click on the picture selects it.
    await page.locator('[data-slate-editor] [data-block=title]').click();
    await expect.poll(() => handle.count()).toBe(0);
    await frame.click();
    await handle.waitFor();
    const drag = async (dx: number) => {
      await handle.scrollIntoViewIfNeeded();
      const box = (await handle.boundingBox())!;
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      await page.mouse.move(x, y);
      await page.mouse.down();
      for (let k = 1; k <= 5; k++) await page.mouse.move(x + (dx * k) / 5, y);
      await page.mouse.up();
    };
    // The natural size, 320 px at 96 dpi.
    const before = (await frame.boundingBox())!.width;
    expect((before / textWidth) * 156).toBeCloseTo(84.7, 0);
    // The picture is centred: the handle moving 60 px widens it by 120 px.
    await drag(60);
    await expect.poll(() => image()?.width, SAVED_EVENTUALLY).toBeCloseTo(((before + 120) / textWidth) * 156, 0);
    const wider = image()!.width!;
    expect((await frame.boundingBox())!.width).toBeCloseTo(before + 120, -1);
    // Never wider than the text width, never narrower than 10 mm.
    await drag(2000);
    await expect.poll(() => image()?.width, SAVED_EVENTUALLY).toBe(156);
    expect((await frame.boundingBox())!.width).toBeCloseTo(textWidth, -1);
    await drag(-textWidth * 0.6);
    await expect.poll(() => image()?.width, SAVED_EVENTUALLY).toBe(10);
    // Each drag is one undo step.
    await undo(page);
    await expect.poll(() => image()?.width, SAVED_EVENTUALLY).toBe(156);
    await undo(page);
    await expect.poll(() => image()?.width, SAVED_EVENTUALLY).toBe(wider);
    await undo(page);
    await expect.poll(() => image()?.width, SAVED_EVENTUALLY).toBeUndefined();
    expect(image()).toBeDefined();
    expect(app.console.filter((l) => /^(error|pageerror)/.test(l))).toEqual([]);
  });
});

describe('pasting from Word and WPS', () => {
  it('brings a picture the clipboard names only by its file (file:///…/clip_image002.jpg) into the library; a missing one stays marked, saying why', async () => {
    const { page } = app;
    await createFromTemplate(page);
    await page.locator('[data-slate-editor] > [data-block=paragraph]').first().click();
    // Word puts the picture in a temporary folder and names it in the clipboard's HTML.
    const folder = path.join(app.dataDir, 'msohtmlclip1', '01');
    mkdirSync(folder, { recursive: true });
    copyFileSync(PHOTO, path.join(folder, 'clip_image002.jpg'));
    const url = (name: string) => pathToFileURL(path.join(folder, name)).href;
    await pasteHtml(
      page,
      `<html><body><!--StartFragment--><p class=MsoNormal>活动现场如下。</p><p class=MsoNormal><img width=320 height=240 src="${url('clip_image002.jpg')}" alt="现场"></p>` +
        `<p class=MsoNormal><img width=100 height=80 src="${url('clip_image004.png')}" alt="示意图"></p><!--EndFragment--></body></html>`,
    );
    const image = () => storedBlocks(app).find((b): b is ImageBlock => b.type === 'image');
    await expect.poll(() => image()?.picture, SAVED_EVENTUALLY).toMatchObject({ mime: 'image/jpeg', width: 320, height: 240 });
    expect(Buffer.from(app.store.pictures.get(image()!.picture.hash)!.bytes)).toEqual(readFileSync(PHOTO));
    expect(image()!.width).toBeCloseTo(84.7, 1);
    await page.locator('[data-block=image] img').waitFor();
    // The second file is gone: a placeholder says so, with the picture's alternative text.
    const omitted = storedBlocks(app).find((b) => b.type === 'omitted');
    expect(omitted && blockText(omitted)).toMatch(/^示意图：找不到粘贴的图片文件.*clip_image004\.png/u);
    await expect.poll(() => page.locator('[data-block=omitted]').textContent()).toContain('找不到粘贴的图片文件');
  });


  it('brings a table cell for cell and a data: picture into the library, as one undo step', async () => {
    const { page } = app;
    await createFromTemplate(page);
    await page.locator('[data-slate-editor] > [data-block=paragraph]').first().click();
    const jpeg = readFileSync(PHOTO).toString('base64');
    const html = `<html><body><!--StartFragment--><p class=MsoNormal>情况如下。</p><table class=MsoTableGrid><tr><td rowspan=2><p>项目</p></td><td><p>2024年</p></td></tr><tr><td><p>15</p></td></tr></table><p><img width=320 height=240 src="data:image/jpeg;base64,${jpeg}" alt="现场"></p><!--EndFragment--></body></html>`;
    await page.evaluate((h) => {
      const dt = new DataTransfer();
      dt.setData('text/html', h);
      dt.setData('text/plain', '情况如下。');
      document.querySelector('[data-slate-editor]')!.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: dt, bubbles: true, cancelable: true }));
    }, html);
    await expect.poll(() => cells(storedTable()), SAVED_EVENTUALLY).toEqual([['项目', '2024年'], ['15']]);
    expect(storedTable()!.children[0]!.children[0]!.rowSpan).toBe(2);
    const image = storedBlocks(app).find((b): b is ImageBlock => b.type === 'image')!;
    expect(image.picture).toMatchObject({ mime: 'image/jpeg', width: 320, height: 240 });
    expect(app.store.pictures.get(image.picture.hash)).not.toBeNull();
    await undo(page);
    await expect.poll(() => storedTable(), SAVED_EVENTUALLY).toBeUndefined();
  });
});
