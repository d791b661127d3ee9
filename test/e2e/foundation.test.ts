// The foundation path, end to end in headless Chromium: create a report from
// its template, type Chinese through a simulated IME, close and reopen and
// find every word, export Word and read the typed text in what LibreOffice
// renders.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../support/render-docx';
import {
  consoleErrors,
  createFromTemplate,
  openApp,
  plainText,
  SAVED_PROMPTLY,
  storedTexts,
  tempDir,
  typeWithIme,
  useBrowser,
  type AppSession,
} from './harness';

const browser = useBrowser();

const storedText = (app: AppSession): string => storedTexts(app).join('\n');

async function waitSaved(page: Page): Promise<void> {
  await page.locator('[data-testid=save-state][data-state=saved]').waitFor({ timeout: 5000 });
}

describe('foundation: template → IME typing → saved draft → reopened → .docx', () => {
  it('creates, types through an IME, survives a restart and exports what was typed', async () => {
    const data = await tempDir('e2e-foundation-');
    const exportTo = path.join(data.dir, '报告.docx');
    let app = await openApp(browser(), { dataDir: data.dir, exportPath: () => exportTo });
    try {
      const { page } = app;
      await createFromTemplate(page, { unit: '某某乡人民政府', year: '2025' });

      // The outline of the template, numbered from the structure.
      await expect(page.locator('[data-block=title]').innerText()).resolves.toBe('某某乡人民政府关于2025年度法治政府建设情况的报告');
      const numbers = await page.locator('[data-block=heading]').evaluateAll((els) => els.map((e) => e.getAttribute('data-number')));
      expect(numbers).toEqual(['一、', '（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '二、', '三、', '四、', '五、']);
      await expect(page.locator('[data-level="1"]').nth(3).innerText()).resolves.toBe('2026年度推进法治政府建设的主要安排');
      // A hint in every empty section, and the hint is not text.
      const hinted = page.locator('[data-block=paragraph][data-hint]');
      await expect(hinted.count()).resolves.toBe(11);
      await expect(hinted.first().evaluate((el) => el.textContent!.replace(/\uFEFF/g, ''))).resolves.toBe('');

      // Type into the opening paragraph through a simulated Chinese IME.
      await hinted.first().click();
      const cdp = await app.cdp();
      await cdp.send('Input.imeSetComposition', { text: 'wo', selectionStart: 2, selectionEnd: 2 });
      await cdp.send('Input.imeSetComposition', { text: '我乡', selectionStart: 2, selectionEnd: 2 });
      // The stored text never holds an uncommitted composition, however long it
      // stays open. Desktop Slate keeps the composition out of its model, so
      // autosave has nothing of it to save; this guards that it stays so.
      await page.waitForTimeout(1500);
      expect(storedText(app)).not.toContain('我乡');
      expect(storedText(app)).not.toContain('wo');
      await cdp.send('Input.insertText', { text: '我乡' });
      await typeWithIme(cdp, ['fa', '法治', '法治政府'], '法治政府建设取得新进展，现将有关情况报告如下。');
      await expect.poll(() => hinted.count()).toBe(10);
      // Saved within a second of the last edit (SAVED_WITHIN_MS), through the real store.
      await expect.poll(() => storedText(app), SAVED_PROMPTLY).toContain('我乡法治政府建设取得新进展，现将有关情况报告如下。');
      await waitSaved(page);
      expect(consoleErrors(app)).toEqual([]);

      // Close the window and open the app again: every word is there.
      await app.close();
      app = await openApp(browser(), { dataDir: data.dir, exportPath: () => exportTo });
      // The app opens on the 文稿库 home screen; the draft is opened from there.
      await app.page.getByRole('button', { name: '某某乡人民政府关于2025年度法治政府建设情况的报告' }).click();
      const reopened = app.page.locator('[data-block=paragraph]').first();
      await reopened.waitFor();
      await expect(reopened.innerText()).resolves.toBe('我乡法治政府建设取得新进展，现将有关情况报告如下。');

      // 导出 Word writes the .docx; LibreOffice renders the typed text.
      await app.page.getByRole('button', { name: '导出 Word' }).click();
      await app.page.getByText('已导出 Word 文档').waitFor();
      expect(existsSync(exportTo)).toBe(true);
      const text = (await pdfText(exportTo)).replace(/\s+/g, '');
      expect(text).toContain('我乡法治政府建设取得新进展，现将有关情况报告如下。');
      expect(text).toContain('某某乡人民政府关于2025年度法治政府建设情况的报告');
      expect(text).toContain('一、2025年度推进法治政府建设的主要举措和成效');
      expect(consoleErrors(app)).toEqual([]);
    } finally {
      await app.close();
      await data.remove();
    }
  });

  it('tells the clerk in Chinese when the target file is held open, and keeps the text', async () => {
    const data = await tempDir('e2e-locked-');
    // A folder where the file should be stands in for a file Word holds open: the rename fails.
    const target = path.join(data.dir, 'held.docx');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(target);
    const app = await openApp(browser(), { dataDir: data.dir, exportPath: () => target });
    try {
      await createFromTemplate(app.page, { unit: '某某县司法局', year: '2025' });
      await app.page.getByRole('button', { name: '导出 Word' }).click();
      const alert = app.page.getByRole('alert');
      await alert.waitFor();
      await expect(alert.innerText()).resolves.toMatch(/held\.docx/);
      await expect(app.page.locator('[data-block=title]').innerText()).resolves.toContain('某某县司法局');
    } finally {
      await app.close();
      await data.remove();
    }
  });

  it('lays the page out like the printed one: 28 characters to a 156 mm line, official faces', async () => {
    const data = await tempDir('e2e-canvas-');
    const app = await openApp(browser(), { dataDir: data.dir });
    try {
      const { page } = app;
      await createFromTemplate(page, { unit: '某某县司法局', year: '2025' });
      const addressee = page.locator('[data-block=addressee]');
      await addressee.click();
      const cdp = await app.cdp();
      await cdp.send('Input.insertText', { text: '国'.repeat(28) });
      const lines = () =>
        addressee.evaluate((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        });
      // Wait for the text itself: an empty block is one line too.
      await expect.poll(() => plainText(addressee)).toBe('国'.repeat(28));
      await expect(lines()).resolves.toBe(1);
      await cdp.send('Input.insertText', { text: '国' });
      await expect.poll(() => plainText(addressee)).toBe('国'.repeat(29));
      await expect(lines()).resolves.toBe(2);
      const width = await page.locator('.page-body').evaluate((el) => el.getBoundingClientRect().width);
      expect(width / (96 / 25.4)).toBeCloseTo(156, 0);
      const face = (selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).fontFamily);
      await expect(face('[data-block=title]')).resolves.toMatch(/小标宋/);
      await expect(face('[data-level="1"]')).resolves.toMatch(/^"?黑体/);
      await expect(face('[data-level="2"]')).resolves.toMatch(/^"?楷体/);
      await expect(face('[data-block=paragraph]')).resolves.toMatch(/^"?仿宋/);
    } finally {
      await app.close();
      await data.remove();
    }
  });
});
