// Issue 14, fault 1 at 1366 × 768: the numbers drawn on the page follow a
// section moved by the outline's 上移 or by Alt+Shift+arrows at once, as the
// outline's do (they went stale until the draft was reopened).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createFromTemplate, plainText, useApp } from '../harness';
import { LAPTOP } from './laptop';

const app = useApp('e2e-numbers-move-', () => ({ viewport: LAPTOP }));

/** The headings as the page draws them: the number from data-number, then the text. */
const pageHeadings = (page: Page) =>
  page.locator('[data-slate-editor] [data-block=heading]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-number')}${(e.textContent ?? '').replace(/\uFEFF/g, '')}`));
const outlineHeadings = (page: Page) => page.locator('.outline-item .outline-label').allInnerTexts();

describe('heading numbers after a move', () => {
  it('renumbers the page as the outline after 上移 and Alt+Shift+↓', async () => {
    const { page } = app;
    await createFromTemplate(page);
    const item = page.locator('.outline-item', { hasText: '（三）严格规范公正文明执法' });
    await item.hover();
    await item.getByRole('button', { name: '上移' }).click();
    await expect.poll(async () => (await outlineHeadings(page)).slice(2, 4)).toEqual(['（二）严格规范公正文明执法', '（三）坚持依法科学民主决策']);
    expect((await pageHeadings(page)).slice(2, 4)).toEqual(['（二）严格规范公正文明执法', '（三）坚持依法科学民主决策']);
    expect(await pageHeadings(page)).toEqual(await outlineHeadings(page));

    // Alt+Shift+↓ in the moved section takes it back; the page follows again.
    await page.locator('[data-slate-editor] [data-block=heading]', { hasText: '严格规范公正文明执法' }).click();
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await expect.poll(async () => (await outlineHeadings(page)).slice(2, 4)).toEqual(['（二）坚持依法科学民主决策', '（三）严格规范公正文明执法']);
    expect(await pageHeadings(page)).toEqual(await outlineHeadings(page));
    expect(await plainText(page.locator('[data-block=heading]').nth(2))).toBe('坚持依法科学民主决策');
  });
});
