// Attachments end to end: 插入附件 adds an attachment on a page of its own
// (附件 drawn above its title), the title typed with an IME appears in the
// 附件说明 before the signature; a second attachment turns the labels into
// 附件1/附件2 and numbers the 附件说明; a rename, a move and a delete keep it in
// step; undo takes a delete back.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { blockText } from '../../shared/model';
import { consoleErrors, createFromTemplate, SAVED_EVENTUALLY, storedBlocks, typeWithIme, useApp } from './harness';

const app = useApp('e2e-annexes-');

const note = () => storedBlocks(app).filter((b) => b.type === 'attachment').map(blockText);
const annexTitles = () => storedBlocks(app).filter((b) => b.type === 'annex').map(blockText);
const labels = (page: Page) => page.locator('[data-block=annex]').evaluateAll((els) => els.map((el) => el.getAttribute('data-label')));

/** An action from the toolbar's 附件 menu. */
async function annexAction(page: Page, name: string) {
  await page.getByRole('button', { name: '附件', exact: true }).click();
  await page.getByRole('button', { name, exact: true }).click();
}

describe('attachments in the editor', () => {
  it('inserts attachments and keeps the 附件说明 in step as they are named, renamed, moved and deleted', async () => {
    const { page } = app;
    await createFromTemplate(page);
    await page.locator('[data-slate-editor] > [data-block=paragraph]').first().click();
    await annexAction(page, '插入附件');
    await page.locator('[data-block=annex]').waitFor();
    expect(await labels(page)).toEqual(['附件']);
    const cdp = await app.cdp();
    await typeWithIme(cdp, ['ming', '名单'], '名单');
    await cdp.send('Input.insertText', { text: '汇总表' });
    await expect.poll(note, SAVED_EVENTUALLY).toEqual(['名单汇总表']);
    // The 附件说明 stands after the body, before the signature, in the editor as stored.
    const types = storedBlocks(app).map((b) => b.type);
    expect(types.indexOf('attachment')).toBeLessThan(types.indexOf('signature'));
    expect(types.indexOf('annex')).toBeGreaterThan(types.lastIndexOf('date'));
    expect(await page.locator('[data-block=attachment]').allTextContents()).toEqual(['名单汇总表']);

    // A second attachment: labels 附件1, 附件2; the 附件说明 lists both.
    await annexAction(page, '插入附件');
    await cdp.send('Input.insertText', { text: '工作台账' });
    await expect.poll(note, SAVED_EVENTUALLY).toEqual(['名单汇总表', '工作台账']);
    expect(await labels(page)).toEqual(['附件1', '附件2']);
    // The 附件说明 as printed: 附件：1. before the first name, 2. before the second.
    expect(await page.locator('[data-block=attachment]').evaluateAll((els) => els.map((el) => el.getAttribute('data-number')))).toEqual(['附件：1.', '2.']);

    // Renamed: the 附件说明 follows the title.
    await page.locator('[data-block=annex]').first().click();
    await page.keyboard.press('End');
    for (const ch of '（一）') await cdp.send('Input.insertText', { text: ch });
    await expect.poll(note, SAVED_EVENTUALLY).toEqual(['名单汇总表（一）', '工作台账']);

    // Moved down with its content, then deleted; undo brings it back.
    await annexAction(page, '附件下移');
    await expect.poll(annexTitles, SAVED_EVENTUALLY).toEqual(['工作台账', '名单汇总表（一）']);
    await expect.poll(note, SAVED_EVENTUALLY).toEqual(['工作台账', '名单汇总表（一）']);
    await page.locator('[data-block=annex]').first().click();
    await annexAction(page, '删除附件');
    await expect.poll(note, SAVED_EVENTUALLY).toEqual(['名单汇总表（一）']);
    expect(await labels(page)).toEqual(['附件']);
    await page.keyboard.press('Control+z');
    await expect.poll(note, SAVED_EVENTUALLY).toEqual(['工作台账', '名单汇总表（一）']);
    expect(consoleErrors(app)).toEqual([]);
  });
});
