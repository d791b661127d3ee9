// Issue 12, items 3 and 4 end to end: the editor shows the page as printed —
// a boundary with — N — where each printed page starts, the title in its
// printed lines, the closing at its printed indents, 共 N 页 from the layout
// (equal to LibreOffice's print) updated as the clerk types, by keys and
// through an IME; 按页校对 page by page; 打印 (Ctrl+P) with a preview that
// prints the layout's A4 sheets; 导出 PDF writing the layout's PDF.
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildDocx, exportLayout, type ExportInput } from '../../electron/export/docx-document';
import { layoutJson } from '../../shared/layout';
import { blockText } from '../../shared/model';
import { loadFixtureReport } from '../fixtures/export/reports';
import { makeLongReport } from '../support/long-report';
import { layoutPages, norm, pdfPages } from '../support/pdf-lines';
import { renderDocxToPdfText, whyCannotRender } from '../support/render-docx';
import { consoleErrors, createFromTemplate, SAVED_EVENTUALLY, sendMenuCommand, storedBlocks, typeWithIme, useApp } from './harness';

let target = '';
const app = useApp('e2e-pages-', (dir) => ({ exportPath: () => (target = path.join(dir, 'out.pdf')) }));
const unavailable = await whyCannotRender();

/** Puts the report in the library and opens it, as the clerk would from the 文稿库. */
async function openReport(input: ExportInput): Promise<void> {
  app.store.drafts.create({ title: input.title, template: 'rule-of-law-annual', metadata: input.metadata, content: input.content });
  await app.page.reload();
  await app.page.locator('.library-open').first().click();
  await app.page.locator('[data-block=title]').waitFor();
}

/** The layout of the draft as stored now. */
const storedLayout = () => {
  const draft = app.store.drafts.get(app.store.drafts.list()[0]!.id);
  return exportLayout({ title: draft.title, metadata: draft.metadata, content: draft.content });
};

const pageCount = async (page: Page) => Number(/共 (\d+) 页/u.exec(await page.getByTestId('page-count').innerText())?.[1] ?? NaN);

/** Every page boundary drawn in the editor: the page it opens, the number it shows, and the text from there to the end of its block. */
const boundaries = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-slate-editor] [data-page-top], [data-slate-editor] [data-page-start]')].map((el) => {
      const block = el.closest('[data-block]')!;
      const range = document.createRange();
      range.setStartBefore(el);
      range.setEndAfter(block);
      const top = el.hasAttribute('data-page-top');
      return {
        page: Number(el.getAttribute(top ? 'data-page-top' : 'data-page-start')),
        label: el.getAttribute('data-page-end'),
        side: el.getAttribute('data-page-side'),
        text: (top ? (block.getAttribute('data-number') ?? '') : '') + range.toString(),
      };
    }),
  );

/** 导出 PDF through `button`, past the 导出前检查 summary when it shows: the file is written anew. */
async function exportPdf(page: Page, start: Locator | (() => Promise<void>)): Promise<void> {
  if (target) await rm(target, { force: true });
  await (typeof start === 'function' ? start() : start.click());
  const check = page.getByRole('alertdialog', { name: '导出前检查' });
  const done = page.getByText('已导出 PDF 文件');
  await check.or(done).first().waitFor();
  if (await check.count()) await check.getByRole('button', { name: '仍然导出' }).click();
  await expect.poll(() => existsSync(target), SAVED_EVENTUALLY).toBe(true);
  await done.waitFor();
}

/** The boundaries not drawn as the layout's pages start: each page 2 on must open where the boundary is, with — N — of the page before it, on its side. */
async function misplaced(page: Page, pages: string[][]): Promise<string[]> {
  const drawn = await boundaries(page);
  const wrong = drawn.flatMap((b) =>
    b.label === `— ${b.page - 1} —` && b.side === ((b.page - 1) % 2 ? 'odd' : 'even') && norm(b.text).startsWith(pages[b.page - 1]?.[0]?.slice(0, 10) ?? '\u0000')
      ? []
      : [`page ${b.page}: ${b.label} ${b.side} ${b.text.slice(0, 30)}`],
  );
  const numbers = drawn.map((b) => b.page).join(',');
  const expected = pages.slice(1).map((_, k) => k + 2).join(',');
  return numbers === expected ? wrong : [`boundaries before pages ${numbers}, the layout starts pages ${expected}`, ...wrong];
}

describe('the editor shows the printed page', () => {
  it('draws — N — where each printed page starts, and counts the pages LibreOffice prints', async () => {
    const input = loadFixtureReport('county-bureau-annual-2023');
    await openReport(input);
    const { page } = app;
    await page.getByTestId('page-count').filter({ hasText: '共' }).waitFor();
    await expect(page.locator('.editor-body').getAttribute('data-layout')).resolves.toBe('worker');
    const pages = layoutPages(layoutJson(storedLayout()));
    expect(await pageCount(page)).toBe(pages.length);
    expect(await misplaced(page, pages)).toEqual([]);
    // At least one page starts inside a paragraph: the boundary is drawn before that very character.
    expect(await page.locator('[data-slate-editor] [data-page-start]').count()).toBeGreaterThan(0);
    await expect(page.locator('.page-last-number').innerText()).resolves.toBe(`— ${pages.length} —`);
    if (unavailable) return;
    // The count is LibreOffice's: the .docx the editor exports prints on as many pages.
    const docx = path.join(app.dataDir, 'printed.docx');
    const { writeFile } = await import('node:fs/promises');
    const draft = app.store.drafts.get(app.store.drafts.list()[0]!.id);
    await writeFile(docx, await buildDocx({ title: draft.title, metadata: draft.metadata, content: draft.content }));
    expect((await renderDocxToPdfText(docx)).pages.length).toBe(await pageCount(page));
  });

  it('sets the signature and date at their printed indents, sealed or not; 按页校对 shows the title in its printed lines', async () => {
    const input = loadFixtureReport('county-bureau-annual-2023');
    input.content[0] = { type: 'title', children: [{ text: '某某乡人民政府关于2025年度法治\n政府建设情况和2026年工作打算的报告' }] };
    input.metadata = { ...input.metadata, unit: '某某乡人民政府', format: { ...input.metadata.format, sealed: true } };
    await openReport(input);
    const { page } = app;
    await page.getByTestId('page-count').filter({ hasText: '共' }).waitFor();
    const layout = storedLayout();
    const printed = layoutJson(layout).pages[0]!.lines.filter((l) => l.kind === 'title').map((l) => l.text);
    expect(printed.length).toBeGreaterThan(1);
    for (const kind of ['signature', 'date'] as const) {
      const set = layout.blocks.find((b) => b.source.spans.length && b.boxes[0]?.kind === 'line' && b.boxes[0].lineKind === kind)!;
      const padding = await page.locator(`[data-block=${kind}]`).evaluate((el) => parseFloat(getComputedStyle(el).paddingRight));
      expect(padding).toBeCloseTo(((set.source.right / 20) * 4) / 3, 1);
    }
    // Sealed: the date four characters in from the right (7.3.5.1).
    expect(layout.blocks.find((b) => b.boxes[0]?.kind === 'line' && b.boxes[0].lineKind === 'date')!.source.right).toBe(4 * 320);
    // The title broken at its joints as printed (the typed line end inside 法治政府 is not kept).
    await page.getByRole('button', { name: '按页校对' }).click();
    const sheet = page.locator('.sheet[data-page="1"]');
    await expect(sheet.locator('.sheet-line[data-kind=title]').allTextContents()).resolves.toEqual(printed.map(norm));
  });

  it('updates 共 N 页 as the clerk types, by keys and through an IME, to the printed pages of the stored text', async () => {
    const { page } = app;
    await createFromTemplate(page);
    await page.getByTestId('page-count').filter({ hasText: '共' }).waitFor();
    const before = await pageCount(page);
    expect(before).toBe(storedLayout().pages.length);
    const body = page.locator('[data-slate-editor] > [data-block=paragraph]').first();
    await body.click();
    await page.keyboard.press('End');
    const cdp = await app.cdp();
    await cdp.send('Input.insertText', { text: '全面推进依法行政，'.repeat(80) });
    await expect.poll(() => pageCount(page)).toBeGreaterThan(before);
    await expect.poll(() => storedBlocks(app).some((b) => blockText(b).includes('全面推进依法行政，全面')), SAVED_EVENTUALLY).toBe(true);
    await expect.poll(() => pageCount(page)).toBe(storedLayout().pages.length);
    const typed = await pageCount(page);
    // Through an IME: the count follows the committed text.
    await typeWithIme(cdp, ['fa', '法治', '法治政府'], '法治政府建设取得新进展。'.repeat(60));
    await expect.poll(() => pageCount(page)).toBeGreaterThan(typed);
    await expect.poll(() => storedBlocks(app).some((b) => blockText(b).includes('新进展。法治')), SAVED_EVENTUALLY).toBe(true);
    await expect.poll(() => pageCount(page)).toBe(storedLayout().pages.length);
    // Keys one at a time, in a draft of many pages.
    await page.keyboard.type('又一段文字');
    await expect.poll(() => pageCount(page), SAVED_EVENTUALLY).toBe(storedLayout().pages.length);
    // Once the clerk pauses, the boundaries are where the stored text's pages start.
    await expect.poll(async () => misplaced(page, layoutPages(layoutJson(storedLayout()))), SAVED_EVENTUALLY).toEqual([]);
    expect(consoleErrors(app)).toEqual([]);
  });

  it('按页校对 shows every page as printed; a double click on a line goes back to its paragraph', async () => {
    await openReport(makeLongReport(8_000, { mixed: true }));
    const { page } = app;
    await page.getByTestId('page-count').filter({ hasText: '共' }).waitFor();
    const expected = layoutPages(layoutJson(storedLayout()));
    await page.getByRole('button', { name: '按页校对' }).click();
    const view = page.getByRole('region', { name: '按页校对' });
    await expect(view.locator('.sheet').count()).resolves.toBe(expected.length);
    const shown = await view.locator('.sheet').evaluateAll((sheets) => sheets.map((s) => [...s.querySelectorAll('.sheet-line')].map((l) => (l.textContent ?? '').replace(/\s/gu, ''))));
    expect(shown).toEqual(expected);
    await expect(view.getByTestId('page-view-position').innerText()).resolves.toBe(`第 1 页 / 共 ${expected.length} 页`);
    await view.getByRole('button', { name: '下一页' }).click();
    await expect.poll(() => view.getByTestId('page-view-position').innerText()).toBe(`第 2 页 / 共 ${expected.length} 页`);
    const line = view.locator('.sheet[data-page="3"] .sheet-line[data-kind=body]').first();
    const block = Number(await line.getAttribute('data-block-index'));
    await line.dblclick();
    await expect(page.locator('[data-slate-editor]')).toBeDefined();
    await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('[data-slate-editor] > [data-block]')].indexOf(document.getSelection()!.anchorNode!.parentElement!.closest('[data-block]')!))).toBe(block);
    await expect(view.count()).resolves.toBe(0);
  });

  it('打印 (Ctrl+P) previews the pages and prints the A4 sheets of the layout; 导出 PDF writes the PDF of the layout', async () => {
    await openReport(loadFixtureReport('township-annual-2023'));
    const { page } = app;
    await page.getByTestId('page-count').filter({ hasText: '共' }).waitFor();
    const expected = layoutPages(layoutJson(storedLayout()));
    await page.evaluate(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => void w.printed++;
    });
    const printed = () => page.evaluate(() => (window as unknown as { printed: number }).printed);
    await page.locator('[data-slate-editor]').click();
    await page.keyboard.press('Control+p');
    const preview = page.getByRole('dialog', { name: '打印预览' });
    await expect(preview.getByTestId('print-page-count').innerText()).resolves.toBe(`共 ${expected.length} 页，A4 纸`);
    await expect(preview.locator('.sheet').count()).resolves.toBe(expected.length);
    await preview.getByRole('button', { name: '打印', exact: true }).click();
    expect(await printed()).toBe(1);
    await page.keyboard.press('Control+p');
    expect(await printed()).toBe(2);
    // What the print CSS sends to the printer: the sheets alone, one A4 page each, every line where the layout put it.
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(await pdfPages(pdf)).toEqual(expected);
    // 导出 PDF from the preview: the layout's PDF (with fonts embedded, electron/export/pdf.ts).
    await exportPdf(page, preview.getByRole('button', { name: '导出 PDF' }));
    expect(await pdfPages(target)).toEqual(expected);
    await preview.getByRole('button', { name: '关闭' }).click();
    await expect(preview.count()).resolves.toBe(0);
    // And from the window's toolbar, and the menu's 导出 PDF… and 打印….
    await exportPdf(page, page.getByRole('banner').getByRole('button', { name: '导出 PDF' }));
    expect(await pdfPages(target)).toEqual(expected);
    await exportPdf(page, () => sendMenuCommand(page, 'export-pdf'));
    await sendMenuCommand(page, 'print');
    await expect(preview.locator('.sheet').count()).resolves.toBe(expected.length);
    expect(consoleErrors(app)).toEqual([]);
  });
});
