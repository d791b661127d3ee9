// Dialogs end to end: modal (aria-modal), Escape cancels, focus starts on the
// first field, Tab and Shift+Tab stay inside, focus goes back to the opener;
// 创建 and the 从往年报告新建 entries make one draft however often they are
// clicked. Also answers that come late: a slow search answer never replaces a
// newer one or comes back after the box is cleared, and the 历史版本 panel
// drops its comparison once the version is restored.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDraftStore } from '../../electron/store/draft-store';
import { newDraft } from '../support/library-fixtures';
import { launchBrowser, openApp, tempDir, type AppSession } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function withApp(seed: ((dir: string) => void) | null, run: (app: AppSession) => Promise<void>): Promise<void> {
  const data = await tempDir('e2e-dialogs-');
  seed?.(data.dir);
  const app = await openApp(browser, { dataDir: data.dir });
  try {
    await run(app);
    expect(app.console.filter((l) => /^(error|pageerror)/u.test(l))).toEqual([]);
  } finally {
    await app.close();
    await data.remove();
  }
}

function seedTwo(dir: string): void {
  const store = openDraftStore(dir);
  store.drafts.create(newDraft('某某县司法局关于2025年度法治政府建设情况的报告', '完善行政复议工作机制，提升复议质效。'));
  store.drafts.create(newDraft('某某乡2025年工作总结', '全年完成招商引资任务。'));
  store.close();
}

/** The focused element: the labelled-by id of the dialog it is in ('' outside any) and a short description. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const dialog = el?.closest('[aria-modal="true"]');
    return {
      dialog: dialog?.getAttribute('aria-labelledby') ?? '',
      what: el ? `${el.tagName.toLowerCase()}${el.getAttribute('name') ? `[name=${el.getAttribute('name')}]` : ''}:${(el.textContent ?? '').trim().slice(0, 12)}` : '',
      radioChecked: el instanceof HTMLInputElement && el.type === 'radio' ? el.checked : null,
    };
  });

/** Presses Tab (or Shift+Tab) until focus is back where it started: every stop is inside the dialog. */
async function tabAround(page: Page, dialogId: string, key: 'Tab' | 'Shift+Tab'): Promise<number> {
  const start = await focused(page);
  for (let i = 1; i <= 60; i++) {
    await page.keyboard.press(key);
    const now = await focused(page);
    expect(now.dialog, `${key} #${i} left the dialog (at ${now.what})`).toBe(dialogId);
    if (now.what === start.what) return i;
  }
  throw new Error(`${key} never came back to ${start.what}`);
}

async function createByTemplate(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog', { name: '新建文稿' });
  await dialog.waitFor();
  await dialog.getByText('法治政府建设年度报告', { exact: true }).click();
  await dialog.getByLabel('单位全称').fill('某某乡人民政府');
  await dialog.getByLabel('报告年度').fill('2025');
  await dialog.getByRole('button', { name: '创建' }).click();
  await page.locator('[data-block=title]').waitFor();
}

describe('dialogs', () => {
  it('新建文稿 and 文稿信息: modal, focus on the first field, Tab stays inside, Escape cancels and focus goes back', async () => {
    await withApp(null, async (app) => {
      const { page } = app;
      await createByTemplate(page);

      // 新建文稿 over an open draft.
      const opener = page.getByRole('button', { name: '新建', exact: true });
      await opener.click();
      const newDraftDialog = page.getByRole('dialog', { name: '新建文稿' });
      await newDraftDialog.waitFor();
      await expect(newDraftDialog.getAttribute('aria-modal')).resolves.toBe('true');
      await expect(focused(page)).resolves.toMatchObject({ dialog: 'new-draft-title', radioChecked: true });
      expect(await tabAround(page, 'new-draft-title', 'Tab')).toBeGreaterThan(3);
      expect(await tabAround(page, 'new-draft-title', 'Shift+Tab')).toBeGreaterThan(3);
      await page.keyboard.press('Escape');
      await expect.poll(() => newDraftDialog.count()).toBe(0);
      await expect(opener.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      expect(app.store.drafts.list()).toHaveLength(1);

      // 文稿信息: the first field is 单位全称.
      const infoButton = page.getByRole('button', { name: '文稿信息' });
      await infoButton.click();
      const info = page.getByRole('dialog', { name: '文稿信息' });
      await info.waitFor();
      await expect(info.getAttribute('aria-modal')).resolves.toBe('true');
      await expect(focused(page)).resolves.toMatchObject({ dialog: 'metadata-title', what: 'input[name=unit]:' });
      await page.keyboard.type('不会保存的单位');
      expect(await tabAround(page, 'metadata-title', 'Tab')).toBeGreaterThan(10);
      // Shift+Tab from the first field goes round to the last button.
      await page.keyboard.press('Shift+Tab');
      await expect(focused(page)).resolves.toMatchObject({ dialog: 'metadata-title', what: 'button:保存' });
      await page.keyboard.press('Tab');
      await expect(focused(page)).resolves.toMatchObject({ what: 'input[name=unit]:' });
      // A click on the backdrop does not let focus out either.
      await page.mouse.click(5, 450);
      await expect(focused(page)).resolves.toMatchObject({ dialog: 'metadata-title' });
      await page.keyboard.press('Escape');
      await expect.poll(() => info.count()).toBe(0);
      await expect(infoButton.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      expect(app.store.drafts.get(app.store.drafts.list()[0]!.id).metadata.unit).toBe('某某乡人民政府');
    });
  });

  it('重命名 and 彻底删除: Escape cancels the top dialog only; focus starts on the title and on 取消', async () => {
    await withApp(seedTwo, async (app) => {
      const { page } = app;
      const row = page.locator('.library-row').first();
      await row.waitFor();
      await row.getByRole('button', { name: '重命名' }).click();
      const rename = page.getByRole('dialog', { name: '重命名文稿' });
      await expect(focused(page)).resolves.toMatchObject({ dialog: 'rename-title', what: 'input[name=title]:' });
      expect(await tabAround(page, 'rename-title', 'Tab')).toBe(3); // title, 取消, 确定
      await page.keyboard.press('Escape');
      await expect.poll(() => rename.count()).toBe(0);

      await row.getByRole('button', { name: '删除' }).click();
      await page.getByText(/移到回收站/u).waitFor();
      await page.getByRole('button', { name: '回收站' }).click();
      await page.locator('.library-row').first().getByRole('button', { name: '彻底删除' }).click();
      const confirm = page.getByRole('alertdialog', { name: '彻底删除' });
      await expect(confirm.getAttribute('aria-modal')).resolves.toBe('true');
      await expect(focused(page)).resolves.toMatchObject({ dialog: 'confirm-title', what: 'button:取消' });
      await page.keyboard.press('Escape');
      await expect.poll(() => confirm.count()).toBe(0);
      expect(app.store.library.entries({ trash: true })).toHaveLength(1);
    });
  });

  it('创建 clicked twice makes one draft', async () => {
    await withApp(null, async (app) => {
      const { page } = app;
      const dialog = page.getByRole('dialog', { name: '新建文稿' });
      await dialog.waitFor();
      await dialog.getByLabel('单位全称').fill('某某乡人民政府');
      await dialog.getByRole('button', { name: '创建' }).dblclick();
      await page.locator('[data-block=title]').waitFor();
      await page.waitForTimeout(500);
      expect(app.store.drafts.list()).toHaveLength(1);
    });
  });

  it('an entry of 从往年报告新建 clicked twice makes one copy', async () => {
    await withApp(seedTwo, async (app) => {
      const { page } = app;
      await page.locator('.library-row').first().waitFor();
      await page.getByRole('button', { name: '新建文稿' }).click();
      const dialog = page.getByRole('dialog', { name: '新建文稿' });
      await dialog.getByRole('tab', { name: '从往年报告新建' }).click();
      await dialog.getByText('某某乡2025年工作总结').dblclick();
      await page.locator('[data-block=title]').waitFor();
      await page.waitForTimeout(500);
      expect(app.store.drafts.list()).toHaveLength(3);
    });
  });
});

describe('late answers', () => {
  /** Makes the page's search for `slow` answer a second late; returns the queries asked so far. */
  async function slowSearch(page: Page, slow: string): Promise<() => Promise<string[]>> {
    await page.evaluate((slowQuery) => {
      const api = window.reportApi;
      const invoke = api.invoke.bind(api);
      const asked: string[] = [];
      (window as unknown as { __asked: string[] }).__asked = asked;
      api.invoke = ((channel: string, request: unknown) => {
        const answer = invoke(channel as never, request as never);
        if (channel !== 'library:search') return answer;
        const query = (request as { query: string }).query;
        asked.push(query);
        return query === slowQuery ? answer.then((r) => new Promise((resolve) => setTimeout(() => resolve(r), 1000))) : answer;
      }) as typeof api.invoke;
    }, slow);
    return () => page.evaluate(() => (window as unknown as { __asked: string[] }).__asked);
  }

  it('a slow search answer never replaces a newer one nor comes back after the box is cleared', async () => {
    await withApp(seedTwo, async (app) => {
      const { page } = app;
      await page.locator('.library-row').first().waitFor();
      const asked = await slowSearch(page, '行政复议');
      const box = page.getByLabel('搜索文稿');
      const hitTitles = () => page.locator('.search-hit .library-open').allInnerTexts();

      await box.fill('行政复议');
      await expect.poll(asked).toContain('行政复议');
      await box.fill('招商引资');
      await expect.poll(hitTitles).toEqual(['某某乡2025年工作总结']);
      await page.waitForTimeout(1300); // the slow answer for 行政复议 has come by now
      await expect(hitTitles()).resolves.toEqual(['某某乡2025年工作总结']);

      await box.fill('行政复议');
      await expect.poll(async () => (await asked()).filter((q) => q === '行政复议').length).toBe(2);
      await box.fill('');
      await expect.poll(() => page.locator('.library-row').count()).toBe(2);
      await page.waitForTimeout(1300);
      await expect(page.locator('.search-hits').count()).resolves.toBe(0);
      await expect(page.locator('.library-row').count()).resolves.toBe(2);
    });
  });

  it('历史版本 drops the comparison with the old text once the version is restored', async () => {
    let id = '';
    await withApp(
      (dir) => {
        const store = openDraftStore(dir);
        id = store.drafts.create(newDraft('某某县司法局2025年度报告', '第一段原文。')).id;
        store.close();
      },
      async (app) => {
        const { page } = app;
        await page.getByRole('button', { name: '某某县司法局2025年度报告' }).click();
        await page.locator('[data-block=paragraph]').first().click();
        await page.keyboard.press('End');
        const cdp = await app.cdp();
        await cdp.send('Input.insertText', { text: '送审前补充。' });
        await page.keyboard.press('Control+s');
        await page.getByText(/已保存版本/u).waitFor();
        await page.keyboard.press('Enter');
        await cdp.send('Input.insertText', { text: '之后新写的一段。' });
        await page.locator('[data-testid=save-state][data-state=saved]').waitFor({ timeout: 5000 });

        await page.getByRole('button', { name: '历史版本' }).click();
        const panel = page.getByRole('complementary', { name: '历史版本' });
        await panel.locator('.history-item').first().click();
        const diff = panel.getByTestId('version-diff');
        await expect.poll(() => diff.locator('[data-op=added]').allInnerTexts()).toEqual(['＋之后新写的一段。']);
        await panel.getByRole('button', { name: '恢复此版本' }).click();
        await page.getByRole('alertdialog', { name: '恢复历史版本' }).getByRole('button', { name: '恢复' }).click();
        await page.getByText(/已恢复所选版本/u).waitFor();
        await expect.poll(() => panel.locator('.history-item').count()).toBe(2);
        // No version is selected and no comparison with the text before the restore is left on screen.
        await expect(panel.locator('.history-item.selected').count()).resolves.toBe(0);
        await expect(diff.count()).resolves.toBe(0);
        // Choosing the version again compares it with the restored text: the same.
        await panel.locator('.history-item').nth(1).click();
        await expect.poll(() => diff.innerText()).toContain('这个版本与当前内容相同');
        expect(app.store.versions.list(id).map((v) => v.kind)).toContain('before-restore');
      },
    );
  });
});
