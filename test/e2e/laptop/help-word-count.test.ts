// Issue 14's basics at 1366 × 768: 帮助 (F1), an offline page with the
// shortcuts, the heading rules and where the data is kept; 字数统计 as Word's
// dialog shows it.
import { describe, expect, it } from 'vitest';
import { wordCount } from '../../../shared/word-count';
import { createFromTemplate, SAVED_EVENTUALLY, sendMenuCommand, storedBlocks, storedTexts, useApp } from '../harness';
import { LAPTOP } from './laptop';

const app = useApp('e2e-help-count-', () => ({ viewport: LAPTOP }));

describe('帮助 and 字数统计', () => {
  it('opens 帮助 with F1 from the library and from the editor, showing where the drafts are kept', async () => {
    const { page } = app;
    await page.getByRole('dialog', { name: '新建文稿' }).waitFor();
    await page.getByRole('dialog', { name: '新建文稿' }).getByRole('button', { name: '取消' }).click();
    await page.keyboard.press('F1');
    const help = page.getByRole('dialog', { name: '帮助' });
    await help.waitFor();
    const text = await help.innerText();
    for (const part of ['Ctrl+F', 'Ctrl+H', 'Ctrl+Y', 'Alt+Shift', '“一、”“（一）”“1.”“（1）”', '文稿库文件']) expect(text).toContain(part);
    await expect.poll(() => help.innerText()).toContain(app.dataDir);
    await help.getByRole('button', { name: '关闭' }).click();
    await page.getByRole('button', { name: '新建', exact: true }).click();
    await createFromTemplate(page);
    await page.locator('[data-block=paragraph]').first().click();
    await page.keyboard.press('F1');
    await help.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => help.count()).toBe(0);
  });

  it('counts words and characters with and without spaces and punctuation', async () => {
    const { page } = app;
    await createFromTemplate(page);
    await page.locator('[data-block=paragraph]').first().click();
    await app.cdp().then((c) => c.send('Input.insertText', { text: '我局推进 GB/T 9704 规范，成效明显。' }));
    await expect.poll(() => storedTexts(app), SAVED_EVENTUALLY).toContain('我局推进 GB/T 9704 规范，成效明显。');
    const c = wordCount(storedBlocks(app));
    await page.getByRole('button', { name: '字数统计' }).click();
    const dialog = page.getByRole('dialog', { name: '字数统计' });
    const row = async (label: string) => Number(await dialog.getByRole('row', { name: new RegExp(`^${label}`, 'u') }).locator('td').innerText());
    expect(await row('字数')).toBe(c.words);
    expect(await row('字符数（不计空格）')).toBe(c.charsNoSpaces);
    expect(await row('字符数（计空格）')).toBe(c.charsWithSpaces);
    expect(await row('字符数（不计空格和标点）')).toBe(c.charsNoPunctuation);
    expect(c.charsWithSpaces - c.charsNoSpaces).toBe(3);
    await dialog.getByRole('button', { name: '关闭' }).click();
    await sendMenuCommand(page, 'word-count');
    await dialog.waitFor();
  });
});
