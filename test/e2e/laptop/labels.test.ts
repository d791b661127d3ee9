// Issue 14, fault 5 at 1366 × 768: the words a Word user expects. 打开 opens a
// draft or a file (.docx/.txt/.html); every 导出 names its format; 从往年报告新建
// with an empty library offers importing last year's Word report.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTitle } from '../../../shared/model';
import { createFromTemplate, plainText, storedBlocks, useApp } from '../harness';
import { LAPTOP } from './laptop';

const LAST_YEAR = path.resolve(import.meta.dirname, '../../fixtures/import/township-annual-2023.docx');
const app = useApp('e2e-labels-', () => ({ viewport: LAPTOP, importPath: () => LAST_YEAR }));

describe('labels a Word user expects', () => {
  it('从往年报告新建 in an empty library imports last year’s .docx and carries it into the next year', async () => {
    const { page } = app;
    const dialog = page.getByRole('dialog', { name: '新建文稿' });
    await dialog.waitFor();
    await dialog.getByRole('tab', { name: '从往年报告新建' }).click();
    await dialog.getByText(/还没有往年的文稿/u).waitFor();
    await dialog.getByRole('button', { name: '导入去年的 Word 报告…' }).click();
    await page.locator('[data-block=title]').waitFor();
    const drafts = app.store.drafts.list();
    expect(drafts).toHaveLength(2);
    const imported = drafts.map((d) => app.store.drafts.get(d.id));
    const years = imported.map((d) => d.metadata.year).sort();
    expect(years[1]).toBe(years[0]! + 1);
    const next = imported.find((d) => d.metadata.year === years[1])!;
    expect(await plainText(page.locator('[data-block=title]'))).toBe(contentTitle(storedBlocks(app, next.id)));
  });

  it('opens a draft or a file with 打开, and names the format of each 导出', async () => {
    const { page } = app;
    await createFromTemplate(page);
    await expect(page.getByRole('button', { name: '导出 Word' }).count()).resolves.toBe(1);
    await page.getByRole('button', { name: '打开', exact: true }).click();
    const open = page.getByRole('dialog', { name: '打开' });
    await open.getByRole('list', { name: '文稿库中的文稿' }).getByRole('button').first().waitFor();
    await open.getByRole('button', { name: '打开文件…' }).click();
    await expect.poll(() => app.store.drafts.list().length).toBe(2);
    await expect.poll(() => plainText(page.locator('[data-block=title]'))).toMatch(/2023/u);

    await page.getByRole('button', { name: '文稿库' }).click();
    const row = page.locator('.library-row').first();
    await row.waitFor();
    const labels = await page.locator('button').allInnerTexts();
    expect(labels.filter((l) => l.trim() === '导出')).toEqual([]);
    expect(await row.getByRole('button', { name: '导出文稿库文件' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: '导出文稿库文件' }).count()).toBeGreaterThan(1);

    // From the library, 打开 lists the drafts too; choosing one opens it.
    await page.getByRole('button', { name: '打开', exact: true }).click();
    await page.getByRole('dialog', { name: '打开' }).getByRole('list').getByRole('button').last().click();
    await page.locator('[data-block=title]').waitFor();
  });
});
