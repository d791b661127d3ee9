// Issue 14, 查找 and 替换 at 1366 × 768: Ctrl+F and Ctrl+H over the whole
// draft (title, headings, leads, body), never in hints or computed numbers;
// the count, stepping, 替换, and 全部替换 as one undo step (redo with Ctrl+Y
// and Ctrl+Shift+Z).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { blockText } from '../../../shared/model';
import { createFromTemplate, SAVED_EVENTUALLY, storedBlocks, useApp } from '../harness';
import { LAPTOP } from './laptop';

const app = useApp('e2e-find-replace-', () => ({ viewport: LAPTOP }));

const countIn = (texts: string[], q: string) => texts.reduce((n, t) => n + t.split(q).length - 1, 0);
const storedTexts = () => storedBlocks(app).map(blockText);
const pageText = (page: Page) => page.locator('[data-slate-editor]').evaluate((e) => (e.textContent ?? '').replace(/\uFEFF/g, ''));
const bar = (page: Page) => page.getByRole('search');
const count = (page: Page) => bar(page).locator('.find-count').innerText();

describe('查找 and 替换', () => {
  it('finds in title, headings, leads and body, never in hints or numbers, and steps through matches', async () => {
    const { page } = app;
    await createFromTemplate(page);
    const body = page.locator('[data-block=paragraph]').first();
    await body.click();
    await page.getByRole('button', { name: '插入“一是”' }).click();
    await app.cdp().then((c) => c.send('Input.insertText', { text: '加强法治队伍建设。' }));
    await expect.poll(storedTexts, SAVED_EVENTUALLY).toContain('一是加强法治队伍建设。');

    await page.keyboard.press('Control+F');
    await bar(page).getByLabel('查找内容').fill('法治');
    const expected = countIn(storedTexts(), '法治');
    // The template's hints speak of 法治 too; they are not text.
    const hints = await page.locator('[data-hint]').evaluateAll((els) => els.map((e) => e.getAttribute('data-hint') ?? ''));
    expect(countIn(hints, '法治')).toBeGreaterThan(0);
    expect(expected).toBeGreaterThan(3);
    await expect.poll(() => count(page)).toMatch(new RegExp(`共 ${expected} 处`, 'u'));
    expect(await page.locator('[data-block=title] .find-match').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-block=heading] .find-match').count()).toBeGreaterThan(0);

    // Stepping: Enter forward, Shift+Enter back; one current match, highlighted.
    const first = await count(page);
    await bar(page).getByLabel('查找内容').press('Enter');
    await expect.poll(() => count(page)).not.toBe(first);
    await bar(page).getByLabel('查找内容').press('Shift+Enter');
    await expect.poll(() => count(page)).toBe(first);
    await bar(page).getByRole('button', { name: '下一处' }).click();
    expect(await page.locator('.find-current').count()).toBeGreaterThan(0);
    expect(await page.locator('.find-current').allInnerTexts().then((t) => t.join(''))).toBe('法治');

    // A lead and the text after it are one string.
    await bar(page).getByLabel('查找内容').fill('一是加强');
    await expect.poll(() => count(page)).toBe('第 1 处，共 1 处');
    // Computed numbers and hints are never matched.
    await bar(page).getByLabel('查找内容').fill('（一）');
    await expect.poll(() => count(page)).toBe('没有找到');
    await bar(page).getByLabel('查找内容').fill('写明党组');
    await expect.poll(() => count(page)).toBe('没有找到');
    await page.keyboard.press('Escape');
    await expect.poll(() => bar(page).count()).toBe(0);
  });

  it('replaces one, then all in one undo step; redo with Ctrl+Y and Ctrl+Shift+Z', async () => {
    const { page } = app;
    await createFromTemplate(page);
    const before = await pageText(page);
    const storedBefore = storedTexts().join('');
    const n = countIn([before], '法治');
    await page.locator('[data-block=paragraph]').first().click();
    await page.keyboard.press('Control+H');
    await bar(page).getByLabel('查找内容').fill('法治');
    await bar(page).getByLabel('替换为').fill('法制');
    await expect.poll(() => count(page)).toMatch(new RegExp(`共 ${n} 处`, 'u'));
    await bar(page).getByRole('button', { name: '替换', exact: true }).click();
    await expect.poll(() => count(page)).toMatch(new RegExp(`共 ${n - 1} 处`, 'u'));
    await bar(page).getByRole('button', { name: '全部替换' }).click();
    await expect.poll(() => count(page)).toBe('没有找到');
    await bar(page).getByText(`已全部替换，共 ${n - 1} 处`).waitFor();
    const replaced = before.replaceAll('法治', '法制');
    await expect.poll(() => pageText(page)).toBe(replaced);
    await expect.poll(() => storedTexts().join(''), SAVED_EVENTUALLY).toBe(storedBefore.replaceAll('法治', '法制'));
    // Hints are untouched.
    expect(await page.locator('[data-hint*="法治"]').count()).toBeGreaterThan(0);

    await page.keyboard.press('Escape');
    await expect.poll(() => bar(page).count()).toBe(0);
    await page.keyboard.press('Control+Z');
    await expect.poll(async () => countIn([await pageText(page)], '法治')).toBe(n - 1);
    await page.keyboard.press('Control+Y');
    await expect.poll(() => pageText(page)).toBe(replaced);
    await page.keyboard.press('Control+Z');
    await expect.poll(async () => countIn([await pageText(page)], '法治')).toBe(n - 1);
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => pageText(page)).toBe(replaced);
  });
});
