// Issue 14, fault 2: the editor fits a 1366 × 768 laptop (1366 × 677 inside a
// maximised window over the taskbar): every dialog's action row is in view
// without scrolling, the page shows at least 16 lines of text, confirmations go
// by themselves, 提纲 can be hidden and resized, and 历史版本 at 1280 px needs
// no sideways scrolling.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createFromTemplate, useApp } from '../harness';
import { LAPTOP_MAXIMISED } from './laptop';

const app = useApp('e2e-fit-screen-', () => ({ viewport: LAPTOP_MAXIMISED }));

/** The buttons of a dialog's action row that a click lands on as they are now, without scrolling anything. */
async function reachableActions(dialog: Locator): Promise<string[]> {
  return dialog.evaluate((d) => {
    const box = d.getBoundingClientRect();
    return [...d.querySelectorAll<HTMLButtonElement>('.dialog-actions button')]
      .filter((b) => {
        const r = b.getBoundingClientRect();
        const inside = r.top >= box.top && r.bottom <= box.bottom && r.bottom <= window.innerHeight && r.height > 0;
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return inside && hit !== null && b.contains(hit);
      })
      .map((b) => (b.textContent ?? '').trim());
  });
}

/** Lines of body text the page's viewport holds. */
const linesShown = (page: Page) =>
  page.evaluate(() => {
    const view = document.querySelector('.page-scroll')!;
    return view.clientHeight / parseFloat(getComputedStyle(document.querySelector('.page-body')!).lineHeight);
  });

const sidewaysScroll = (page: Page) =>
  page.evaluate(() =>
    ['html', '.page-scroll', '.history', '.workspace'].filter((s) => {
      const el = document.querySelector(s);
      return el !== null && el.scrollWidth > el.clientWidth + 1;
    }),
  );

describe('fitting a laptop screen', () => {
  it('keeps the action rows of 新建文稿, 文稿信息 and 重命名 in view, their bodies scrolling', async () => {
    const { page } = app;
    const create = page.getByRole('dialog', { name: '新建文稿' });
    await create.waitFor();
    expect(await create.evaluate((d) => d.scrollHeight > d.clientHeight)).toBe(true);
    expect(await reachableActions(create)).toEqual(['取消', '创建']);
    await createFromTemplate(page);

    await page.getByRole('button', { name: '文稿信息' }).click();
    const info = page.getByRole('dialog', { name: '文稿信息' });
    await info.waitFor();
    expect(await reachableActions(info)).toEqual(['取消', '保存']);
    // Scrolled to its top or its foot, the row stays.
    await info.evaluate((d) => d.scrollTo(0, d.scrollHeight));
    expect(await reachableActions(info)).toEqual(['取消', '保存']);
    await info.getByRole('button', { name: '取消' }).click();

    await page.getByRole('button', { name: '文稿库' }).click();
    await page.locator('.library-row').first().getByRole('button', { name: '重命名' }).click();
    expect(await reachableActions(page.getByRole('dialog', { name: '重命名文稿' }))).toEqual(['取消', '确定']);
  });

  it('shows at least 16 lines of text at 1366 × 677, in one toolbar row', async () => {
    const { page } = app;
    await createFromTemplate(page);
    expect(await linesShown(page)).toBeGreaterThanOrEqual(16);
    expect(await page.locator('.toolbar').evaluate((t) => t.getBoundingClientRect().height)).toBeLessThan(40);
  });

  it('lets a confirmation go by itself, and 提纲 be hidden, shown and resized (remembered)', async () => {
    const { page } = app;
    await createFromTemplate(page);
    await page.locator('[data-block=paragraph]').first().click();
    await page.keyboard.press('Control+S');
    const saved = page.getByRole('status').filter({ hasText: '已保存版本' });
    await saved.waitFor();
    await expect.poll(() => saved.count(), { timeout: 10_000 }).toBe(0);

    const outline = page.getByRole('complementary', { name: '提纲' });
    const width = () => outline.evaluate((o) => o.getBoundingClientRect().width);
    const before = await width();
    const edge = page.getByRole('separator', { name: '调整提纲宽度' });
    const box = (await edge.boundingBox())!;
    await page.mouse.move(box.x + 2, box.y + 100);
    await page.mouse.down();
    await page.mouse.move(box.x + 82, box.y + 100, { steps: 4 });
    await page.mouse.up();
    await expect.poll(width).toBeGreaterThan(before + 60);
    await edge.focus();
    await page.keyboard.press('ArrowLeft');
    const resized = await width();

    await outline.getByRole('button', { name: '隐藏提纲' }).click();
    await expect.poll(() => outline.count()).toBe(0);
    const lines = await linesShown(page);
    expect(lines).toBeGreaterThanOrEqual(16);
    await page.getByRole('button', { name: '提纲', exact: true }).click();
    await outline.waitFor();
    expect(await width()).toBe(resized);
    // Remembered for the next draft opened (and the next run).
    await page.reload();
    await page.locator('.library-row').first().getByRole('button').first().click();
    await outline.waitFor();
    expect(await width()).toBe(resized);
  });

  it('opens 历史版本 at 1280 px without sideways scrolling', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 720 });
    await createFromTemplate(page);
    await page.locator('[data-block=paragraph]').first().click();
    await page.keyboard.press('Control+S');
    await page.getByRole('button', { name: '历史版本' }).click();
    await page.locator('.history-item').first().click();
    expect(await sidewaysScroll(page)).toEqual([]);
    const history = await page.locator('.history').boundingBox();
    expect(history!.x + history!.width).toBeLessThanOrEqual(1280);
  });
});
