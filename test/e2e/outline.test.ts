// Issue 4 end to end: templates, live numbering with Tab and typed
// shortcuts, run-in headings, counted leads, the outline panel — and all of
// it safe while an IME composition is in progress (metadata, the status bar
// and next year's report: metadata.test.ts).
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createFromTemplate, plainText as plain, SAVED_EVENTUALLY, storedTexts, useApp } from './harness';

const app = useApp('e2e-outline-');

const headings = (page: Page) =>
  page.locator('[data-block=heading]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-number')}${(e.textContent ?? '').replace(/\uFEFF/g, '')}`));
const block = (page: Page, i: number): Locator => page.locator('[data-slate-editor] > [data-block]').nth(i);

async function caretAtEnd(page: Page, target: Locator): Promise<void> {
  await target.click();
  await page.keyboard.press('End');
}

/** Clicks in the first-line indent of a one-line block: the caret goes to its start. */
async function caretAtStart(target: Locator): Promise<void> {
  await target.click({ position: { x: 4, y: 8 } });
}

/** The stored draft's block texts, read through the real store. */
const stored = () => storedTexts(app);

describe('templates and 新建', () => {
  it('offers the four templates with a one-line description and their due dates', async () => {
    const dialog = app.page.getByRole('dialog', { name: '新建文稿' });
    await dialog.waitFor();
    const names = await dialog.locator('.template-name').allInnerTexts();
    expect(names).toEqual(['法治政府建设年度报告', '述法报告', '年度工作总结', '空白文稿']);
    const descriptions = await dialog.locator('.template-option').allInnerTexts();
    expect(descriptions[0]).toMatch(/报送 3月1日前，公开 4月1日前/);
    await createFromTemplate(app.page, { template: '年度工作总结' });
    expect(await headings(app.page)).toEqual(['一、2025年工作开展情况', '二、存在的问题', '三、2026年工作打算']);
  });
});

describe('live numbering', () => {
  it('renumbers on Tab and Shift+Tab, and turns typed numbers into headings (undo gives the text back)', async () => {
    const { page } = app;
    await createFromTemplate(page);
    const before = await headings(page);
    expect(before.slice(0, 3)).toEqual(['一、2025年度推进法治政府建设的主要举措和成效', '（一）加强组织领导，压实法治建设责任', '（二）坚持依法科学民主决策']);

    await caretAtEnd(page, block(page, 6)); // （二）坚持依法科学民主决策
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await headings(page)).slice(1, 4)).toEqual(['（一）加强组织领导，压实法治建设责任', '1.坚持依法科学民主决策', '（二）严格规范公正文明执法']);
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => headings(page)).toEqual(before);

    // Typing 一、（一）1.（1） at the start of a paragraph makes a heading of that level.
    const body = block(page, 5);
    await body.click();
    const cdp = await app.cdp();
    await cdp.send('Input.insertText', { text: '（一）' });
    await expect.poll(() => body.getAttribute('data-level')).toBe('2');
    await expect.poll(async () => (await headings(page)).slice(1, 4)).toEqual(['（一）加强组织领导，压实法治建设责任', '（二）', '（三）坚持依法科学民主决策']);
    await cdp.send('Input.insertText', { text: '完善制度' });
    await expect.poll(async () => (await headings(page))[2]).toBe('（二）完善制度');
    await page.keyboard.press('Control+Z');
    await page.keyboard.press('Control+Z');
    await expect.poll(() => body.getAttribute('data-block')).toBe('paragraph');
    expect(await plain(body)).toBe('（一）');
    expect(await headings(page)).toEqual(before);

    // A half-width 1. works from the keyboard too.
    const other = block(page, 7);
    await other.click();
    await page.keyboard.type('1.');
    await expect.poll(() => other.getAttribute('data-level')).toBe('3');
    await expect.poll(stored, SAVED_EVENTUALLY).toContain('（一）');
  });

  it('makes the current block a heading of any level from the toolbar', async () => {
    const { page } = app;
    await createFromTemplate(page);
    await block(page, 2).click();
    await page.getByRole('button', { name: '（1）', exact: true }).click();
    await expect.poll(() => block(page, 2).getAttribute('data-level')).toBe('4');
    await page.getByRole('button', { name: '正文', exact: true }).click();
    await expect.poll(() => block(page, 2).getAttribute('data-block')).toBe('paragraph');
  });
});

describe('run-in headings and leads', () => {
  it('carries the body in the heading paragraph, shown in the body face', async () => {
    const { page } = app;
    await createFromTemplate(page);
    const heading = block(page, 4);
    await caretAtEnd(page, heading);
    const cdp = await app.cdp();
    await cdp.send('Input.insertText', { text: '。我乡始终把法治建设摆在突出位置。' });
    await page.getByRole('button', { name: '标题接正文' }).click();
    await expect.poll(() => heading.getAttribute('data-run-in')).toBe('true');
    await expect.poll(() => heading.locator('.run-in-body').allInnerTexts()).toEqual(['我乡始终把法治建设摆在突出位置。']);
    const bodyFace = await heading.locator('.run-in-body').evaluate((el) => getComputedStyle(el).fontFamily);
    expect(bodyFace).toMatch(/^"?仿宋/);
    expect(await headings(page)).toContain('（一）加强组织领导，压实法治建设责任。我乡始终把法治建设摆在突出位置。');
    await page.getByRole('button', { name: '标题接正文' }).click();
    await expect.poll(() => heading.getAttribute('data-run-in')).toBe(null);
  });

  it('counts 一是、二是 within a section and renumbers when one is added or removed', async () => {
    const { page } = app;
    await createFromTemplate(page);
    const body = block(page, 5);
    await body.click();
    const cdp = await app.cdp();
    const lead = () => page.getByRole('button', { name: '插入“一是”' }).click();
    await lead();
    await cdp.send('Input.insertText', { text: '健全领导机制；' });
    await lead();
    await cdp.send('Input.insertText', { text: '完善考核办法。' });
    const leads = () => body.locator('[data-lead]').allInnerTexts();
    await expect.poll(leads).toEqual(['一是', '二是']);
    expect(await plain(body)).toBe('一是健全领导机制；二是完善考核办法。');
    // A new lead at the start counts first; the others move on.
    await caretAtStart(body);
    await lead();
    await cdp.send('Input.insertText', { text: '加强学习；' });
    await expect.poll(leads).toEqual(['一是', '二是', '三是']);
    expect(await plain(body)).toBe('一是加强学习；二是健全领导机制；三是完善考核办法。');
    // Removing one renumbers the rest.
    await caretAtStart(body);
    for (let i = 0; i < 7; i++) await page.keyboard.press('Delete');
    await expect.poll(leads).toEqual(['一是', '二是']);
    expect(await plain(body)).toBe('一是健全领导机制；二是完善考核办法。');
    // Another section counts from 一 again.
    const next = block(page, 7);
    await next.click();
    await lead();
    await expect.poll(() => next.locator('[data-lead]').allInnerTexts()).toEqual(['一是']);
  });
});

describe('outline panel', () => {
  const items = (page: Page) => page.locator('.outline-item .outline-label').allInnerTexts();

  it('jumps, moves sections with their content by button, keyboard and drag, and collapses', async () => {
    const { page } = app;
    await createFromTemplate(page);
    const panel = page.getByRole('tree');
    expect((await items(page)).slice(0, 3)).toEqual(['一、2025年度推进法治政府建设的主要举措和成效', '（一）加强组织领导，压实法治建设责任', '（二）坚持依法科学民主决策']);

    // Click to jump: typing lands in that heading.
    await panel.getByText('（三）严格规范公正文明执法').click();
    await page.keyboard.type('X');
    await expect.poll(() => plain(block(page, 8))).toBe('X严格规范公正文明执法');
    await page.keyboard.press('Backspace');

    // Give section （二） some content, then move it up with its content.
    await block(page, 7).click();
    await app.cdp().then((c) => c.send('Input.insertText', { text: '决策内容' }));
    await page.locator('.outline-item', { hasText: '（二）坚持依法科学民主决策' }).hover();
    await page.locator('.outline-item', { hasText: '（二）坚持依法科学民主决策' }).getByRole('button', { name: '上移' }).click();
    await expect.poll(async () => (await items(page)).slice(1, 3)).toEqual(['（一）坚持依法科学民主决策', '（二）加强组织领导，压实法治建设责任']);
    await expect.poll(() => plain(block(page, 5))).toBe('决策内容');

    // Alt+Shift+Down in the text moves the section holding the cursor back down.
    await block(page, 5).click();
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await expect.poll(async () => (await items(page)).slice(1, 3)).toEqual(['（一）加强组织领导，压实法治建设责任', '（二）坚持依法科学民主决策']);
    // Alt+Shift+Right shifts it one level in: （二） becomes 1. under （一）.
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await expect.poll(async () => (await items(page)).slice(1, 4)).toEqual(['（一）加强组织领导，压实法治建设责任', '1.坚持依法科学民主决策', '（二）严格规范公正文明执法']);
    await page.keyboard.press('Alt+Shift+ArrowLeft');

    // Drag 五、 before 二、.
    const five = page.locator('.outline-item', { hasText: '五、其他需要报告的情况' });
    await five.dragTo(page.locator('.outline-item', { hasText: '二、2025年度推进法治政府建设存在的不足和原因' }));
    await expect.poll(async () => (await items(page)).filter((t) => /^[一二三四五]、/.test(t))).toEqual([
      '一、2025年度推进法治政府建设的主要举措和成效',
      '二、其他需要报告的情况',
      '三、2025年度推进法治政府建设存在的不足和原因',
      '四、党政主要负责人履行推进法治建设第一责任人职责情况',
      '五、2026年度推进法治政府建设的主要安排',
    ]);
    // Undo puts it back in one step.
    await block(page, 2).click();
    await page.keyboard.press('Control+Z');
    await expect.poll(async () => (await items(page)).filter((t) => /^[一二三四五]、/.test(t))[1]).toBe('二、2025年度推进法治政府建设存在的不足和原因');

    // Collapse 一、 hides its children in the panel, expand shows them again.
    await page.locator('.outline-item').first().getByRole('button', { name: '折叠' }).click();
    await expect.poll(async () => (await items(page)).slice(0, 2)).toEqual(['一、2025年度推进法治政府建设的主要举措和成效', '二、2025年度推进法治政府建设存在的不足和原因']);
    await page.locator('.outline-item').first().getByRole('button', { name: '展开' }).click();
    await expect.poll(() => items(page)).toHaveLength(11);
  });
});

describe('IME safety', () => {
  it('types into headings through an IME while numbering changes around them, saving only committed text', async () => {
    const { page } = app;
    await createFromTemplate(page);
    const cdp = await app.cdp();
    // Compose at the end of （三）. The stored text never holds an uncommitted
    // composition, however long it stays open: desktop Slate keeps the
    // composition out of its model, so autosave has nothing of it to save;
    // this guards that it stays so.
    const beforeComposing = stored();
    expect(beforeComposing[8]).toBe('严格规范公正文明执法');
    await caretAtEnd(page, block(page, 8));
    await cdp.send('Input.imeSetComposition', { text: 'gongzuo', selectionStart: 7, selectionEnd: 7 });
    await cdp.send('Input.imeSetComposition', { text: '工作', selectionStart: 2, selectionEnd: 2 });
    await page.waitForTimeout(1200);
    const during = stored();
    expect(during[8]).toBe('严格规范公正文明执法');
    expect(during).toEqual(beforeComposing);
    await cdp.send('Input.insertText', { text: '工作' });
    await expect.poll(async () => (await headings(page))[3]).toBe('（三）严格规范公正文明执法工作');

    // The numbering changes: （一） goes one level in, so （三） becomes （二）.
    await caretAtEnd(page, block(page, 4));
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await headings(page)).slice(1, 4)).toEqual(['1.加强组织领导，压实法治建设责任', '（一）坚持依法科学民主决策', '（二）严格规范公正文明执法工作']);

    // Compose again in the renumbered heading, and in a paragraph that a shortcut turns into a heading.
    await caretAtEnd(page, block(page, 8));
    await cdp.send('Input.imeSetComposition', { text: 'jizhi', selectionStart: 5, selectionEnd: 5 });
    await cdp.send('Input.insertText', { text: '机制' });
    await block(page, 9).click();
    await cdp.send('Input.imeSetComposition', { text: '（', selectionStart: 1, selectionEnd: 1 });
    await cdp.send('Input.insertText', { text: '（一）' });
    await cdp.send('Input.imeSetComposition', { text: 'zhifa', selectionStart: 5, selectionEnd: 5 });
    await cdp.send('Input.insertText', { text: '执法监督' });
    await expect.poll(async () => (await headings(page)).slice(1, 5)).toEqual(['1.加强组织领导，压实法治建设责任', '（一）坚持依法科学民主决策', '（二）严格规范公正文明执法工作机制', '（三）执法监督']);
    await expect.poll(stored, SAVED_EVENTUALLY).toEqual(expect.arrayContaining(['严格规范公正文明执法工作机制', '执法监督']));
    const saved = stored();
    expect(saved).toContain('严格规范公正文明执法工作机制');
    expect(saved).toContain('执法监督');
    expect(saved.join('')).not.toMatch(/gongzuo|jizhi|zhifa/);
  });

  it('leaves leads alone during a composition and counts them once it is committed', async () => {
    const { page } = app;
    await createFromTemplate(page);
    const body = block(page, 5);
    await body.click();
    const cdp = await app.cdp();
    await page.getByRole('button', { name: '插入“一是”' }).click();
    await cdp.send('Input.imeSetComposition', { text: 'jianquan', selectionStart: 8, selectionEnd: 8 });
    await page.waitForTimeout(300);
    // The composition shows inside the lead, untouched: no renumbering or split while composing.
    expect(await body.locator('[data-lead]').allInnerTexts()).toEqual(['一是jianquan']);
    await cdp.send('Input.insertText', { text: '健全机制' });
    await expect.poll(() => plain(body)).toBe('一是健全机制');
    expect(await body.locator('[data-lead]').allInnerTexts()).toEqual(['一是']);
  });
});
