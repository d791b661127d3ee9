// Pasting from Word, WPS and plain text in the running editor: the clipboard
// becomes the editor's own blocks (recognised headings, run-in headings,
// leads), no formatting comes along, and however long the paste it is one
// undo step and the editor stays responsive.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { blockText, type TextBlock } from '../../shared/model';
import { createFromTemplate as createDraft, plainText, SAVED_EVENTUALLY, storedBlocks, storedTexts, useApp } from './harness';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

const app = useApp('e2e-paste-');

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

/** The key pressed after the long paste, and the page-side timer of its latency. */
const KEY = 'q';
interface KeyTimer {
  __keyToText: Promise<number>;
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

    // Saved: the paste lands in the store as a whole.
    await expect.poll(() => storedTexts(app), SAVED_EVENTUALLY).toContain('2024年主要目标任务');
    const content = storedBlocks(app);
    const runIn = content.find((b) => b.type === 'heading' && b.runIn)!;
    expect((runIn as TextBlock).children.filter((c) => c.lead).map((c) => c.text)).toEqual(['一是', '二是']);
    expect(content.map(blockText)).toContain('2024年主要目标任务');

    // One undo step takes the whole paste back.
    await page.keyboard.press('Control+Z');
    await expect.poll(() => blocks(page)).toEqual(before);
  });

  it('fills an empty draft with a whole report pasted from Word: title, addressee, headings, signature and date', async () => {
    const { page } = app;
    await createDraft(page);
    // Into the text first (under load the editor may not have taken focus yet).
    await page.locator('[data-block=title]').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await expect.poll(async () => (await page.locator('[data-slate-editor]').innerText()).replace(/[\s\uFEFF]/gu, '')).toBe('');
    await paste(page, { 'text/html': fixture('clipboard-word.html') });
    await page.locator('[data-block=date]').waitFor();
    const shown = await blocks(page);
    // A title pasted over two lines is one title block; its line end is kept as a break.
    expect(shown.slice(0, 2)).toEqual(['title 某某县自然资源局2023年度法治政府建设\n情况报告', 'addressee 某某县法治政府建设工作领导小组办公室：']);
    expect(shown.filter((b) => b.startsWith('heading'))).toEqual([
      'heading1 一、2023年度法治政府建设主要举措和成效',
      'heading2 （一）加强组织领导，强化基础保障',
      'heading2 （二）坚持法治宣传，营造浓郁氛围',
      'heading2 （三）坚持科学维稳，依法化解矛盾',
      'heading2 （四）强化应急演练，坚持未雨绸缪',
      'heading1 二、2024年度推进法治政府建设的主要安排',
    ]);
    expect(shown.slice(-2)).toEqual(['signature 某某县自然资源局', 'date 2024年3月1日']);
    await expect
      .poll(() => storedBlocks(app).find((b) => b.type === 'heading' && b.typedNumber), SAVED_EVENTUALLY)
      .toMatchObject({ level: 2, typedNumber: '(5)' });
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
    await paste(page, { 'text/html': html });
    await expect.poll(() => page.locator('[data-slate-editor] > [data-block]').count(), { timeout: 20_000 }).toBeGreaterThan(1500);

    // Responsive: a key pressed right after shows up at once. Timed in the page,
    // from the key event to its character in the editor, which nothing pasted holds.
    expect(await plainText(page.locator('[data-slate-editor]'))).not.toContain(KEY);
    await page.evaluate((key) => {
      const editor = document.querySelector('[data-slate-editor]')!;
      (window as unknown as KeyTimer).__keyToText = new Promise<number>((resolve) => {
        let pressed = 0;
        document.addEventListener('keydown', (e) => (pressed = e.timeStamp), { capture: true, once: true });
        const shown = new MutationObserver((records) => {
          if (pressed && records.some((r) => r.target.textContent?.includes(key))) {
            shown.disconnect();
            resolve(performance.now() - pressed);
          }
        });
        shown.observe(editor, { subtree: true, childList: true, characterData: true });
        setTimeout(() => resolve(Number.POSITIVE_INFINITY), 20_000);
      });
    }, KEY);
    await page.keyboard.press(KEY);
    const keyToTextMs = await page.evaluate(() => (window as unknown as KeyTimer).__keyToText);
    expect(keyToTextMs).toBeLessThan(2000);

    // Two undo steps: the typed character, then the whole paste.
    await page.keyboard.press('Control+Z');
    await page.keyboard.press('Control+Z');
    await expect.poll(() => blocks(page), { timeout: 20_000 }).toEqual(before);
  });
});
