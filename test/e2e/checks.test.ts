// 检查 end to end: the panel grouped by kind, clicking a finding selects its
// text, 一键修正 and 全部修正 each one undo step, checks following the typing,
// the typed （5） of an imported report, and the summary before export.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  consoleErrors,
  createFromTemplate,
  plainText as plain,
  SAVED_EVENTUALLY,
  sendMenuCommand,
  storedTexts,
  useApp,
} from './harness';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');
let chosen: string | null;
const exportPath = (dataDir: string) => path.join(dataDir, 'report.docx');
const app = useApp('e2e-checks-', (dataDir) => ({ importPath: () => chosen, exportPath: () => exportPath(dataDir) }));
beforeEach(() => {
  chosen = null;
});

const create = (page: Page) => createFromTemplate(page, { unit: '某某县司法局' });
const panel = (page: Page) => page.getByRole('complementary', { name: '检查' });
const item = (page: Page, rule: string) => panel(page).locator(`[data-rule="${rule}"]`);
const selection = (page: Page) => page.evaluate(() => window.getSelection()?.toString() ?? '');

describe('检查', () => {
  it('lists findings by kind, selects a finding’s text, fixes one or all as one undo step each', async () => {
    const { page } = app;
    await create(page);
    const opening = page.locator('[data-slate-editor] [data-block=paragraph]').first();
    await opening.click();
    const cdp = await app.cdp();
    await cdp.send('Input.insertText', { text: '我局高度重视,认真学习《宪法》、《民法典》。' });

    await page.getByRole('button', { name: /^检查/u }).click();
    await item(page, 'punct-halfwidth').waitFor();
    await expect(panel(page).getByRole('region', { name: '标点' }).locator('[data-rule^=punct-]').count()).resolves.toBe(2);
    await expect(item(page, 'punct-dunhao-quoted').count()).resolves.toBe(1);
    // Empty parts of the new draft are listed in their own group.
    await expect(panel(page).getByRole('region', { name: '结构与提示' }).locator('[data-rule=part-empty]').count()).resolves.toBeGreaterThan(3);

    // Clicking a finding selects its text in the page.
    await item(page, 'punct-halfwidth').locator('.checks-item-text').click();
    await expect.poll(() => selection(page)).toBe(',');

    // 一键修正: that one slip; one undo gives it back.
    await item(page, 'punct-halfwidth').getByRole('button', { name: '一键修正' }).click();
    await expect.poll(() => plain(opening)).toBe('我局高度重视，认真学习《宪法》、《民法典》。');
    await expect.poll(() => item(page, 'punct-halfwidth').count()).toBe(0);
    await page.keyboard.press('Control+Z');
    await expect.poll(() => plain(opening)).toBe('我局高度重视,认真学习《宪法》、《民法典》。');
    await item(page, 'punct-halfwidth').waitFor();

    // 全部修正: every safe slip at once; one undo gives them all back.
    await panel(page).getByRole('button', { name: /^全部修正/u }).click();
    await expect.poll(() => plain(opening)).toBe('我局高度重视，认真学习《宪法》《民法典》。');
    await expect.poll(() => panel(page).locator('.checks-fix').count()).toBe(0);
    await page.keyboard.press('Control+Z');
    await expect.poll(() => plain(opening)).toBe('我局高度重视,认真学习《宪法》、《民法典》。');

    // Checks follow the typing once it pauses.
    await page.keyboard.press('End');
    await cdp.send('Input.insertText', { text: '工作。。' });
    await item(page, 'punct-doubled').waitFor();
    expect(consoleErrors(app)).toEqual([]);
  });

  it('goes to a finding in a table cell, at its text, and fixes it in that cell', async () => {
    const { page } = app;
    await create(page);
    await page.locator('[data-slate-editor] > [data-block=paragraph]').first().click();
    await page.getByRole('button', { name: '表格', exact: true }).click();
    await page.getByLabel('行数').fill('2');
    await page.getByLabel('列数').fill('2');
    await page.getByRole('button', { name: '插入表格' }).click();
    const cellsOf = page.locator('[data-block=table] td');
    await cellsOf.first().waitFor();
    const cdp = await app.cdp();
    for (const [k, text] of ['项目', '说明', '复议', '办理案件12件,结案10件。一是健全制度。三是强化监督。'].entries()) {
      if (k > 0) await page.keyboard.press('Tab');
      await cdp.send('Input.insertText', { text });
    }
    // Away from the table, so that going to the finding has to move the selection there.
    await page.locator('[data-slate-editor] [data-block=title]').click();
    await page.getByRole('button', { name: /^检查/u }).click();
    const comma = item(page, 'punct-halfwidth');
    await comma.waitFor();
    await comma.locator('.checks-item-text').click();
    await expect.poll(() => selection(page)).toBe(',');
    // The selection is in the fourth cell (second row, second column).
    const cellIndex = () => page.evaluate(() => {
      const td = window.getSelection()?.anchorNode?.parentElement?.closest('td');
      return td ? [...document.querySelectorAll('[data-block=table] td')].indexOf(td) : -1;
    });
    await expect.poll(cellIndex).toBe(3);
    await item(page, 'lead-gap').locator('.checks-item-text').click();
    await expect.poll(() => selection(page)).toBe('三是');
    await expect.poll(cellIndex).toBe(3);

    await comma.getByRole('button', { name: '一键修正' }).click();
    await expect.poll(() => plain(cellsOf.nth(3))).toBe('办理案件12件，结案10件。一是健全制度。三是强化监督。');
    await item(page, 'lead-gap').getByRole('button', { name: '一键修正' }).click();
    await expect.poll(() => plain(cellsOf.nth(3))).toBe('办理案件12件，结案10件。一是健全制度。二是强化监督。');
    expect(await plain(cellsOf.nth(2))).toBe('复议');
    // Each fix is one undo step.
    await page.keyboard.press('Control+Z');
    await expect.poll(() => plain(cellsOf.nth(3))).toBe('办理案件12件，结案10件。一是健全制度。三是强化监督。');
    expect(consoleErrors(app)).toEqual([]);
  });

  it('reports the county report’s typed （5） and fixes it by keeping the computed number', async () => {
    const { page } = app;
    chosen = path.join(FIXTURES, 'county-bureau-annual-2023.txt');
    // 文件 > 导入….
    await sendMenuCommand(page, 'import-file');
    await page.locator('[data-slate-editor] [data-block=title]').waitFor();
    await page.getByRole('button', { name: /^检查/u }).click();
    const five = item(page, 'numbering-arabic');
    await five.waitFor();
    await expect(five.innerText()).resolves.toContain('“（5）”应为“（五）”');
    await five.locator('.checks-item-text').click();
    await expect.poll(() => selection(page)).toBe('强化应急演练，坚持未雨绸缪');
    await five.getByRole('button', { name: '一键修正' }).click();
    await expect.poll(() => five.count()).toBe(0);
    await page.keyboard.press('Control+Z');
    await five.waitFor();
  });

  it('holds an imported report to the year read from its text, finds words and hand-typed leads, and converts the lead', async () => {
    const { page } = app;
    chosen = path.join(FIXTURES, 'township-annual-2023.txt');
    await sendMenuCommand(page, 'import-file');
    await page.locator('[data-slate-editor] [data-block=title]').waitFor();
    await page.getByRole('button', { name: /^检查/u }).click();
    await panel(page).getByTestId('checks-year').waitFor();
    await expect.poll(() => panel(page).getByTestId('checks-year').innerText()).toBe('报告年度：2023年（按标题、开头段和一级标题判断为2023年度报告）');
    // The township report's own slips, and no year finding.
    await item(page, 'number-percent-mixed').waitFor();
    await expect(item(page, 'year-mismatch').count()).resolves.toBe(0);

    // A lead typed by hand before the inserted 三是 of the first section.
    const third = page.locator('[data-slate-editor] [data-block=paragraph]', { hasText: '明确责任，确保各项工作落到实处' });
    await third.click({ position: { x: 40, y: 8 } });
    await page.keyboard.press('Home');
    const cdp = await app.cdp();
    await cdp.send('Input.insertText', { text: '四是统一布署考核工作。' });
    const typed = item(page, 'lead-typed');
    await typed.waitFor();
    await item(page, 'word-typo').waitFor();
    await expect(item(page, 'word-typo').innerText()).resolves.toContain('“布署”应为“部署”');
    // Converted, it is counted with the others: it becomes 三是, and the one after it 四是.
    await typed.getByRole('button', { name: '一键修正' }).click();
    await expect.poll(() => third.locator('[data-lead=true]').allInnerTexts()).toEqual(['三是', '四是']);
    await expect.poll(() => typed.count()).toBe(0);
    await item(page, 'word-typo').getByRole('button', { name: '一键修正' }).click();
    await expect.poll(async () => (await plain(third)).slice(0, 15)).toBe('三是统一部署考核工作。四是明确');
    expect(consoleErrors(app)).toEqual([]);
  });

  it('takes the year the clerk writes in 文稿信息 over the year read from the text', async () => {
    const { page } = app;
    chosen = path.join(FIXTURES, 'township-annual-2023.txt');
    await sendMenuCommand(page, 'import-file');
    await page.locator('[data-slate-editor] [data-block=title]').waitFor();
    expect(app.store.drafts.get(app.store.drafts.list()[0]!.id).metadata).toMatchObject({ year: 2023, yearGuessed: 'text' });
    await page.getByRole('button', { name: '文稿信息' }).click();
    const info = page.getByRole('dialog', { name: '文稿信息' });
    await info.getByText('报告年度是导入时根据正文推断的').waitFor();
    await info.locator('input[name=year]').fill('2024');
    await info.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => info.count()).toBe(0);
    expect(app.store.drafts.list().map((d) => app.store.drafts.get(d.id).metadata).find((m) => m.year === 2024)).not.toHaveProperty('yearGuessed');
    await page.getByRole('button', { name: /^检查/u }).click();
    await expect.poll(() => panel(page).getByTestId('checks-year').innerText(), { timeout: 5000 }).toBe('报告年度：2024年（文稿信息中设定）');
    await expect.poll(() => item(page, 'year-mismatch').count(), { timeout: 5000 }).toBeGreaterThan(0);
  });

  it('sums up the findings before export: 返回修改 keeps editing, 仍然导出 writes the file', async () => {
    const { page } = app;
    await create(page);
    await page.locator('[data-slate-editor] [data-block=paragraph]').first().click();
    const cdp = await app.cdp();
    await cdp.send('Input.insertText', { text: '我局高度重视,现将有关情况报告如下。' });
    // Saved (the store has the typed text; the save-state badge could still show the save before it).
    await expect.poll(() => storedTexts(app), SAVED_EVENTUALLY).toContain('我局高度重视,现将有关情况报告如下。');
    const exportTo = exportPath(app.dataDir);

    await page.getByRole('button', { name: '导出 Word' }).click();
    const summary = page.getByRole('alertdialog', { name: '导出前检查' });
    await summary.waitFor();
    await expect(summary.innerText()).resolves.toMatch(/错误 1 项，警告 \d+ 项/u);
    await expect(summary.innerText()).resolves.toContain('中文里应使用全角标点');
    await summary.getByRole('button', { name: '返回修改' }).click();
    await expect.poll(() => summary.count()).toBe(0);
    expect(existsSync(exportTo)).toBe(false);

    await page.getByRole('button', { name: '导出 Word' }).click();
    await summary.getByRole('button', { name: '仍然导出' }).click();
    await page.getByText('已导出 Word 文档').waitFor();
    expect(existsSync(exportTo)).toBe(true);
  });
});
