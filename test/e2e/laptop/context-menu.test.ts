// Issue 14's basics at 1366 × 768: the right-click menu (剪切、复制、粘贴、
// 粘贴为纯文本、全选, and a finding's fix) and the note Ctrl+B/I/U give.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createFromTemplate, plainText, useApp } from '../harness';
import { LAPTOP } from './laptop';

let clip = { text: '', html: '' };
const app = useApp('e2e-context-menu-', () => ({ viewport: LAPTOP, clipboard: () => clip }));
/** Right-clicks where the selection (or the caret) is, as a clerk does over the text they mean. */
async function rightClickAtSelection(page: Page): Promise<void> {
  const at = await page.evaluate(() => {
    const r = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
    return { x: r.x + Math.max(1, r.width / 2), y: r.y + r.height / 2 };
  });
  await page.mouse.click(at.x, at.y, { button: 'right' });
}
const menu = (page: Page) => page.getByRole('menu');
const items = (page: Page) => menu(page).getByRole('menuitem').evaluateAll((els) => els.map((e) => `${(e.firstChild?.textContent ?? '').trim()}${(e as HTMLButtonElement).disabled ? '（不可用）' : ''}`));

describe('right-click menu', () => {
  it('offers the clipboard commands and a finding’s fix, and each does what it says', async () => {
    const { page } = app;
    await createFromTemplate(page, { unit: '某某县司法局' });
    const opening = page.locator('[data-slate-editor] [data-block=paragraph]').first();
    await opening.click();
    await app.cdp().then((c) => c.send('Input.insertText', { text: '我局高度重视,认真学习。' }));

    // On a finding: its fix is offered and applied.
    const comma = page.locator('.finding', { hasText: ',' });
    await comma.waitFor();
    await comma.click({ button: 'right' });
    expect(await items(page)).toEqual(['剪切（不可用）', '复制（不可用）', '粘贴', '粘贴为纯文本', '全选', '修正：改为“，”', '插入附件']);
    await menu(page).getByRole('menuitem', { name: /^修正/u }).click();
    await expect.poll(() => plainText(opening)).toBe('我局高度重视，认真学习。');
    await expect.poll(() => menu(page).count()).toBe(0);

    // 粘贴 and 粘贴为纯文本 read the clipboard through the main process.
    await opening.click();
    await page.keyboard.press('End');
    clip = { text: '加强学习', html: '<p><b>加强学习</b></p>' };
    await rightClickAtSelection(page);
    await menu(page).getByRole('menuitem', { name: /^粘贴/u }).first().click();
    await expect.poll(() => plainText(opening)).toBe('我局高度重视，认真学习。加强学习');
    clip = { text: '纯文本', html: '<p>网页<b>格式</b></p>' };
    await page.keyboard.press('End');
    await rightClickAtSelection(page);
    await menu(page).getByRole('menuitem', { name: /^粘贴为纯文本/u }).click();
    await expect.poll(() => plainText(opening)).toBe('我局高度重视，认真学习。加强学习纯文本');

    // 剪切 takes out the selection; Escape closes the menu without doing anything.
    await page.keyboard.press('End');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowLeft');
    await rightClickAtSelection(page);
    await menu(page).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => menu(page).count()).toBe(0);
    expect(await plainText(opening)).toBe('我局高度重视，认真学习。加强学习纯文本');
    await page.keyboard.press('End');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowLeft');
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('纯文本');
    await rightClickAtSelection(page);
    expect((await items(page)).slice(0, 2)).toEqual(['剪切', '复制']);
    await menu(page).getByRole('menuitem', { name: /^剪切/u }).click();
    await expect.poll(() => plainText(opening)).toBe('我局高度重视，认真学习。加强学习');

    // 全选 selects the whole draft.
    await opening.click({ button: 'right' });
    await menu(page).getByRole('menuitem', { name: /^全选/u }).click();
    await expect.poll(async () => (await page.evaluate(() => window.getSelection()?.toString() ?? '')).length).toBeGreaterThan(100);
  });

  it('answers Ctrl+B, Ctrl+I and Ctrl+U with a short note, leaving the text as it is', async () => {
    const { page } = app;
    await createFromTemplate(page);
    const opening = page.locator('[data-slate-editor] [data-block=paragraph]').first();
    await opening.click();
    await app.cdp().then((c) => c.send('Input.insertText', { text: '正文' }));
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Control+B');
    await page.getByRole('status').filter({ hasText: '公文正文不使用加粗；“一是”加粗可在文稿信息中设置' }).waitFor();
    await page.keyboard.press('Control+I');
    await page.getByRole('status').filter({ hasText: '不使用倾斜' }).waitFor();
    await page.keyboard.press('Control+U');
    await page.getByRole('status').filter({ hasText: '不使用下划线' }).waitFor();
    expect(await opening.locator('b, strong, i, em, u').count()).toBe(0);
    expect(await plainText(opening)).toBe('正文');
  });
});
