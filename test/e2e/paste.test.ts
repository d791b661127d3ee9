// Pasting from Word, WPS and plain text in the running editor: the clipboard
// becomes the editor's own blocks (recognised headings, run-in headings,
// leads), no formatting comes along, and however long the paste it is one
// undo step and the editor stays responsive.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { blockText, type ReportContent } from '../../shared/model';
import { launchBrowser, openApp, tempDir, type AppSession } from './harness';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

let browser: Browser;
let app: AppSession;
let data: { dir: string; remove: () => Promise<void> };

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  data = await tempDir('e2e-paste-');
  app = await openApp(browser, { dataDir: data.dir });
});
afterEach(async () => {
  await app.close();
  await data.remove();
});

async function createDraft(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog', { name: '新建文稿' });
  await dialog.waitFor();
  await dialog.getByText('法治政府建设年度报告', { exact: true }).click();
  await dialog.getByLabel('单位全称').fill('某某乡人民政府');
  await dialog.getByLabel('报告年度').fill('2025');
  await dialog.getByRole('button', { name: '创建' }).click();
  await page.locator('[data-block=title]').waitFor();
}

/** Pastes as the browser does on Ctrl+V: a beforeinput event carrying the clipboard's DataTransfer. */
async function paste(page: Page, items: Record<string, string>): Promise<number> {
  return page.evaluate((clip) => {
    const editor = document.querySelector('[data-slate-editor]')!;
    const dt = new DataTransfer();
    for (const [type, value] of Object.entries(clip)) dt.setData(type, value);
    const t0 = performance.now();
    editor.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: dt, bubbles: true, cancelable: true }));
    return performance.now() - t0;
  }, items);
}

/** Each block as shown: its type and level, its computed number (unless left out) and its text. */
const blocks = (page: Page, numbers = true) =>
  page.locator('[data-slate-editor] > [data-block]').evaluateAll(
    (els, withNumbers) =>
      els.map(
        (e) =>
          `${e.getAttribute('data-block')}${e.getAttribute('data-level') ?? ''} ${withNumbers ? (e.getAttribute('data-number') ?? '') : ''}${(e.textContent ?? '').replace(/\uFEFF/g, '')}`,
      ),
    numbers,
  );

async function saved(): Promise<ReportContent> {
  await app.page.waitForTimeout(900);
  await app.page.locator('[data-testid=save-state][data-state=saved]').waitFor({ timeout: 5000 });
  const [summary] = app.store.list();
  return app.store.get(summary!.id).content;
}

describe('paste', () => {
  it('turns WPS clipboard HTML into headings, run-in headings and leads, without its formatting; one undo removes it', async () => {
    const { page } = app;
    await createDraft(page);
    const before = await blocks(page);
    await page.locator('[data-block=paragraph][data-hint]').first().click();
    await paste(page, { 'text/html': fixture('clipboard-wps.html'), 'text/plain': '纯文本不应被使用' });
    await page.locator('[data-slate-editor]').getByText('加强法治督查。坚持问题导向，强化责任落实。').waitFor();

    // Pasted into the template's opening, the headings take their numbers from where they now stand.
    const after = await blocks(page, false);
    expect(after).toEqual(
      expect.arrayContaining([
        'heading1 主要做法和存在问题',
        'heading2 主要做法。一是加强法治政府建设统筹协调。深入学习贯彻习近平法治思想，将学习贯彻习近平法治思想纳入年度工作要点。二是推动法治政府工作机制持续优化，运行更加高效。',
        'heading3 加强法治督查。坚持问题导向，强化责任落实。',
        'paragraph 通过乡党委中心组理论学习、主题党日活动、学习强国等，不断提升执法规范化、法治化水平。',
      ]),
    );
    expect(after.join('\n')).not.toContain('纯文本不应被使用');
    const pastedHtml = await page.locator('[data-slate-editor]').innerHTML();
    expect(pastedHtml).not.toMatch(/<font|font-family|mso-|楷体_GB2312|16\.0000pt/u);

    const content = await saved();
    const runIn = content.find((b) => b.type === 'heading' && b.runIn)!;
    expect(runIn.children.filter((c) => c.lead).map((c) => c.text)).toEqual(['一是', '二是']);
    expect(content.map(blockText)).toContain('2024年主要目标任务');

    // One undo step takes the whole paste back.
    await page.keyboard.press('Control+Z');
    await expect.poll(() => blocks(page)).toEqual(before);
  });

  it('fills an empty draft with a whole report pasted from Word: title, addressee, headings, signature and date', async () => {
    const { page } = app;
    await createDraft(page);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await expect.poll(async () => (await page.locator('[data-slate-editor]').innerText()).replace(/[\s\uFEFF]/gu, '')).toBe('');
    await paste(page, { 'text/html': fixture('clipboard-word.html') });
    await page.locator('[data-block=date]').waitFor();
    const shown = await blocks(page);
    expect(shown.slice(0, 3)).toEqual(['title 某某县自然资源局2023年度法治政府建设', 'title 情况报告', 'addressee 某某县法治政府建设工作领导小组办公室：']);
    expect(shown.filter((b) => b.startsWith('heading'))).toEqual([
      'heading1 一、2023年度法治政府建设主要举措和成效',
      'heading2 （一）加强组织领导，强化基础保障',
      'heading2 （二）坚持法治宣传，营造浓郁氛围',
      'heading2 （三）坚持科学维稳，依法化解矛盾',
      'heading2 （四）强化应急演练，坚持未雨绸缪',
      'heading1 二、2024年度推进法治政府建设的主要安排',
    ]);
    expect(shown.slice(-2)).toEqual(['signature 某某县自然资源局', 'date 2024年3月1日']);
    const content = await saved();
    expect(content.find((b) => b.type === 'heading' && b.typedNumber)).toMatchObject({ level: 2, typedNumber: '(5)' });
  });

  it('recognises plain text the same way', async () => {
    const { page } = app;
    await createDraft(page);
    await page.locator('[data-block=paragraph][data-hint]').first().click();
    await paste(page, { 'text/plain': '（一）组织领导\r\n一是健全制度。二是强化考核。\r\n（二）依法决策\r\n' });
    await page.locator('[data-slate-editor]').getByText('依法决策').waitFor();
    const shown = await blocks(page);
    expect(shown).toEqual(expect.arrayContaining(['heading2 （一）组织领导', 'paragraph 一是健全制度。二是强化考核。', 'heading2 （二）依法决策']));
  });

  it('pastes 100 pages as one undo step and stays responsive', async () => {
    const { page } = app;
    await createDraft(page);
    const before = await blocks(page);
    const body = fixture('clipboard-word.html').split('<!--StartFragment-->')[1]!.split('<!--EndFragment-->')[0]!;
    const html = `<html><body><!--StartFragment-->${body.repeat(100)}<!--EndFragment--></body></html>`;
    await page.locator('[data-block=paragraph][data-hint]').first().click();
    const t0 = Date.now();
    await paste(page, { 'text/html': html });
    await expect.poll(() => page.locator('[data-slate-editor] > [data-block]').count(), { timeout: 20_000 }).toBeGreaterThan(1500);
    const pasteMs = Date.now() - t0;
    expect(pasteMs).toBeLessThan(8000);

    // Responsive: typing right after shows up at once.
    const t1 = Date.now();
    await page.keyboard.type('好');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.includes('好') ?? false)).toBe(true);
    expect(Date.now() - t1).toBeLessThan(2000);

    // Two undo steps: the typed character, then the whole paste.
    await page.keyboard.press('Control+Z');
    await page.keyboard.press('Control+Z');
    await expect.poll(() => blocks(page), { timeout: 20_000 }).toEqual(before);
  });
});
