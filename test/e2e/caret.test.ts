// The caret stays where the clerk moved it when the editor re-renders for
// another reason (a page layout taken in, the checks, 已保存) between the
// browser moving the caret and the selectionchange event that tells Slate
// (renderer/editor/native-caret.tsx). The test makes that moment certain: the
// move and a re-render (提纲 shown or hidden) happen in one task of the page.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createFromTemplate, plainText, useApp } from './harness';

const app = useApp('e2e-caret-');
const block = (page: Page, i: number): Locator => page.locator('[data-slate-editor] > [data-block]').nth(i);

/** Moves the DOM caret as `how` says and re-renders the editor at once, before any selectionchange is handled. */
async function moveThenRerender(how: 'lineEnd' | 'blockStart', target: Locator): Promise<void> {
  await target.evaluate((el, how) => {
    const selection = getSelection()!;
    if (how === 'lineEnd') selection.modify('move', 'forward', 'lineboundary');
    else {
      const walker = document.createTreeWalker(el.querySelector('[data-slate-string]') ?? el, NodeFilter.SHOW_TEXT);
      selection.collapse(walker.nextNode(), 0);
    }
    document.querySelector<HTMLButtonElement>('.view-tools button[aria-pressed]')!.click();
  }, how);
}

describe('the caret the clerk moved', () => {
  it('stays at the line end (End) when the editor re-renders before Slate hears of it', async () => {
    const { page } = app;
    await createFromTemplate(page);
    const heading = block(page, 4);
    await heading.click();
    await expect.poll(() => page.evaluate(() => getSelection()!.focusOffset)).toBeGreaterThan(0);
    await moveThenRerender('lineEnd', heading);
    const cdp = await app.cdp();
    await cdp.send('Input.insertText', { text: '。我乡' });
    await expect.poll(() => plainText(heading)).toBe('加强组织领导，压实法治建设责任。我乡');
  });

  it('stays where a click put it in another block', async () => {
    const { page } = app;
    await createFromTemplate(page);
    const heading = block(page, 4);
    const other = block(page, 6);
    const before = await plainText(other);
    await heading.click();
    await moveThenRerender('blockStart', other);
    await page.keyboard.type('X');
    await expect.poll(() => plainText(other)).toBe(`X${before}`);
    expect(await plainText(heading)).toBe('加强组织领导，压实法治建设责任');
  });
});
