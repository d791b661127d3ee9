// Issue 4 end to end: metadata that fills the text, the status bar with its
// deadlines, and next year's report.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createFromTemplate, plainText as plain, SAVED_EVENTUALLY, storedTexts, useApp } from './harness';

const app = useApp('e2e-metadata-');

const headings = (page: Page) =>
  page.locator('[data-block=heading]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-number')}${(e.textContent ?? '').replace(/\uFEFF/g, '')}`));
const block = (page: Page, i: number): Locator => page.locator('[data-slate-editor] > [data-block]').nth(i);

async function caretAtEnd(page: Page, target: Locator): Promise<void> {
  await target.click();
  await page.keyboard.press('End');
}

/** The stored draft's block texts, read through the real store. */
const stored = () => storedTexts(app);

describe('metadata, status bar, deadlines and next year', () => {
  it('refills title, addressee, years, signature and date from 文稿信息 — but not text rewritten by hand', async () => {
    const { page } = app;
    await createFromTemplate(page);
    // Rewrite heading 五 by hand; it must survive the metadata change.
    const five = page.locator('[data-level="1"]').nth(4);
    await caretAtEnd(page, five);
    await page.keyboard.type('2025');
    await page.getByRole('button', { name: '文稿信息' }).click();
    const dialog = page.getByRole('dialog', { name: '文稿信息' });
    await dialog.getByLabel('单位全称').fill('某某镇人民政府');
    await dialog.getByLabel('报告年度').fill('2026');
    await dialog.getByLabel('主送机关').fill('某某县人民政府');
    await dialog.getByLabel('署名', { exact: true }).fill('某某镇人民政府');
    await dialog.getByLabel('成文日期', { exact: true }).fill('2027-02-03');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => plain(page.locator('[data-block=title]'))).toBe('某某镇人民政府关于2026年度法治政府建设情况的报告');
    expect(await plain(page.locator('[data-block=addressee]'))).toBe('某某县人民政府：');
    const h = await headings(page);
    expect(h[0]).toBe('一、2026年度推进法治政府建设的主要举措和成效');
    expect(h).toContain('四、2027年度推进法治政府建设的主要安排');
    expect(h).toContain('五、其他需要报告的情况2025');
    expect(await plain(page.locator('[data-block=signature]'))).toBe('某某镇人民政府');
    expect(await plain(page.locator('[data-block=date]'))).toBe('2027年2月3日');
    const [summary] = app.store.drafts.list();
    expect(app.store.drafts.get(summary!.id).metadata).toMatchObject({ unit: '某某镇人民政府', year: 2026, date: '2027-02-03' });
  });

  it('shows 字数, pages and the days to the deadline, which the clerk can edit', async () => {
    const { page } = app;
    await createFromTemplate(page);
    await block(page, 2).click();
    await app.cdp().then((c) => c.send('Input.insertText', { text: '国'.repeat(700) }));
    await expect.poll(async () => Number((await page.getByTestId('char-count').innerText()).replace(/\D/g, ''))).toBeGreaterThan(700);
    await expect.poll(() => page.getByTestId('page-count').innerText()).toMatch(/共 [2-9] 页/);
    await expect(page.getByTestId('deadline').innerText()).resolves.toMatch(/报送|公开/);
    await page.getByRole('button', { name: '文稿信息' }).click();
    const dialog = page.getByRole('dialog', { name: '文稿信息' });
    const today = new Date();
    const inTen = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 10);
    const iso = `${inTen.getFullYear()}-${String(inTen.getMonth() + 1).padStart(2, '0')}-${String(inTen.getDate()).padStart(2, '0')}`;
    await dialog.getByLabel('报送截止日期').fill(iso);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByTestId('deadline').innerText()).toMatch(/^距报送截止还有 10 天/);
  });

  it('从往年报告新建: next year in metadata, title and headings, the body kept', async () => {
    const { page } = app;
    await createFromTemplate(page, { year: '2024' });
    await block(page, 5).click();
    await app.cdp().then((c) => c.send('Input.insertText', { text: '2024年召开党委会专题研究法治工作3次。' }));
    await expect.poll(stored, SAVED_EVENTUALLY).toContain('2024年召开党委会专题研究法治工作3次。');
    await page.getByRole('button', { name: '新建' }).click();
    const dialog = page.getByRole('dialog', { name: '新建文稿' });
    await dialog.getByRole('tab', { name: '从往年报告新建' }).click();
    await dialog.getByText('某某乡人民政府关于2024年度法治政府建设情况的报告').click();
    await expect.poll(() => plain(page.locator('[data-block=title]'))).toBe('某某乡人民政府关于2025年度法治政府建设情况的报告');
    const h = await headings(page);
    expect(h[0]).toBe('一、2025年度推进法治政府建设的主要举措和成效');
    expect(h).toContain('四、2026年度推进法治政府建设的主要安排');
    expect(await plain(block(page, 5))).toBe('2024年召开党委会专题研究法治工作3次。');
    expect(app.store.drafts.list()).toHaveLength(2);
  });
});
