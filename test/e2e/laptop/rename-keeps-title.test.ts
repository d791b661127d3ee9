// Issue 14, fault 3 at 1366 × 768: 重命名 and 复制 change the library name
// only; the printed title in the text stays, and 文稿信息 keeps refilling it.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createFromTemplate, plainText, SAVED_EVENTUALLY, storedBlocks, useApp } from '../harness';
import { LAPTOP } from './laptop';
import { contentTitle } from '../../../shared/model';

const app = useApp('e2e-rename-title-', () => ({ viewport: LAPTOP }));
const rows = (page: Page) => page.locator('.library-row');
const printedTitle = (page: Page) => plainText(page.locator('[data-block=title]'));
const TITLE = '某某乡人民政府关于2025年度法治政府建设情况的报告';

describe('library name and printed title', () => {
  it('renames and copies without touching the title block; 文稿信息 still refills it', async () => {
    const { page } = app;
    await createFromTemplate(page);
    expect(await printedTitle(page)).toBe(TITLE);
    await page.getByRole('button', { name: '文稿库' }).click();

    await rows(page).first().getByRole('button', { name: '重命名' }).click();
    const rename = page.getByRole('dialog', { name: '重命名文稿' });
    await rename.getByLabel('文稿名称').fill('2025年报告（初稿）');
    await rename.getByRole('button', { name: '确定' }).click();
    await page.getByRole('button', { name: '2025年报告（初稿）' }).waitFor();
    const [entry] = app.store.drafts.list();
    expect(contentTitle(storedBlocks(app, entry!.id))).toBe(TITLE);

    await rows(page).first().getByRole('button', { name: '复制' }).click();
    await page.getByRole('button', { name: '2025年报告（初稿）（副本）' }).waitFor();
    const copy = app.store.drafts.list().find((d) => d.title.endsWith('（副本）'))!;
    expect(contentTitle(storedBlocks(app, copy.id))).toBe(TITLE);

    // Open the renamed draft: the page shows the printed title; edits keep the name.
    await page.getByRole('button', { name: '2025年报告（初稿）', exact: true }).click();
    await expect.poll(() => printedTitle(page)).toBe(TITLE);
    await page.locator('[data-block=paragraph]').first().click();
    await app.cdp().then((c) => c.send('Input.insertText', { text: '今年' }));
    await page.getByRole('button', { name: '文稿信息' }).click();
    const info = page.getByRole('dialog', { name: '文稿信息' });
    await info.getByLabel('单位全称').fill('某某镇人民政府');
    await info.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => printedTitle(page)).toBe('某某镇人民政府关于2025年度法治政府建设情况的报告');
    await expect.poll(() => contentTitle(storedBlocks(app, entry!.id)), SAVED_EVENTUALLY).toBe('某某镇人民政府关于2025年度法治政府建设情况的报告');
    expect(app.store.drafts.get(entry!.id).title).toBe('2025年报告（初稿）');
  });
});
