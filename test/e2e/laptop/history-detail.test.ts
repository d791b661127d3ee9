// Issue 14, fault 6 at 1366 × 768: 历史版本 marks the characters changed inside
// a paragraph, shows heading numbers in the diff and the preview, and gives
// times to the second.
import { describe, expect, it } from 'vitest';
import { createFromTemplate, SAVED_EVENTUALLY, storedTexts, useApp } from '../harness';
import { LAPTOP } from './laptop';

const app = useApp('e2e-history-detail-', () => ({ viewport: LAPTOP }));

describe('历史版本 in detail', () => {
  it('marks five deleted characters, numbers headings, and tells versions apart to the second', async () => {
    const { page } = app;
    await createFromTemplate(page);
    const body = page.locator('[data-slate-editor] [data-block=paragraph]').nth(1);
    await body.click();
    await app.cdp().then((c) => c.send('Input.insertText', { text: '我乡始终坚持把法治建设摆在突出位置。' }));
    await expect.poll(() => storedTexts(app), SAVED_EVENTUALLY).toContain('我乡始终坚持把法治建设摆在突出位置。');
    await page.keyboard.press('Control+S');
    await page.getByRole('status').filter({ hasText: '已保存版本' }).waitFor();
    await page.waitForTimeout(1100);
    await page.keyboard.press('Control+S');
    // Delete 始终坚持把 (five characters).
    await page.keyboard.press('End');
    for (let i = 0; i < 11; i++) await page.keyboard.press('ArrowLeft');
    for (let i = 0; i < 5; i++) await page.keyboard.press('Backspace');
    await expect.poll(() => storedTexts(app), SAVED_EVENTUALLY).toContain('我乡法治建设摆在突出位置。');

    await page.getByRole('button', { name: '历史版本' }).click();
    const panel = page.getByRole('complementary', { name: '历史版本' });
    await expect.poll(() => panel.locator('.history-item').count()).toBeGreaterThanOrEqual(2);
    const times = await panel.locator('.history-time').allInnerTexts();
    for (const t of times) expect(t).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}:\d{2}$/u);
    expect(new Set(times.slice(0, 2)).size).toBe(2);

    await panel.locator('.history-item').first().click();
    const diff = panel.getByTestId('version-diff');
    await diff.locator('[data-op=changed]').first().waitFor();
    expect(await diff.locator('[data-op=changed]').count()).toBe(1);
    expect(await diff.locator('[data-op=removed], [data-op=added]').count()).toBe(0);
    expect(await diff.locator('[data-op=changed] del').allInnerTexts()).toEqual(['始终坚持把']);
    // Context lines around the change keep their heading numbers.
    expect((await diff.innerText()).match(/（一）加强组织领导/u)).not.toBeNull();

    await panel.getByRole('tab', { name: '预览' }).click();
    const preview = await panel.getByTestId('version-preview').innerText();
    expect(preview).toContain('一、2025年度推进法治政府建设的主要举措和成效');
    expect(preview).toContain('（二）坚持依法科学民主决策');
  });
});
