// Nothing typed is lost when saving fails: the clerk cannot leave the draft,
// keep a version or close the window over unsaved text, and the save is
// retried until it lands.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/store/database';
import { storageError } from '../../electron/store/storage-errors';
import type { DraftStore } from '../../electron/store/types';
import { blockText } from '../../shared/model';
import { launchBrowser, openApp, tempDir, type AppSession } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SENTENCE = '磁盘满时写下的句子。';

/** An app whose store refuses to save while `full.on` is true, as a full disk does. */
async function appWithDisk(dir: string, full: { on: boolean }): Promise<AppSession> {
  const failing = (store: DraftStore): DraftStore => ({
    ...store,
    drafts: {
      ...store.drafts,
      saveContent: (id, content) => {
        if (full.on) throw storageError(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }), DATABASE_FILE, dir);
        return store.drafts.saveContent(id, content);
      },
    },
  });
  const app = await openApp(browser, { dataDir: dir, wrapStore: failing });
  const dialog = app.page.getByRole('dialog', { name: '新建文稿' });
  await dialog.getByRole('button', { name: '创建' }).click();
  await app.page.locator('[data-block=title]').waitFor();
  return app;
}

const storedText = (app: AppSession) => app.store.drafts.get(app.store.drafts.list()[0]!.id).content.map(blockText).join('\n');

async function typeWhileFull(app: AppSession, full: { on: boolean }): Promise<void> {
  await app.page.locator('[data-slate-editor] > [data-block=paragraph]').first().click();
  full.on = true;
  await (await app.cdp()).send('Input.insertText', { text: SENTENCE });
  await app.page.locator('[data-testid=save-state][data-state=failed]').waitFor({ timeout: 5000 });
}

const inEditor = (page: Page) => page.locator('[data-block=title]').isVisible();

describe('when saving fails', () => {
  it('keeps the clerk in the draft instead of leaving unsaved text behind, then saves once it can', async () => {
    const data = await tempDir('e2e-faults-leave-');
    const full = { on: false };
    const app = await appWithDisk(data.dir, full);
    try {
      const { page } = app;
      await typeWhileFull(app, full);
      await page.getByRole('button', { name: '文稿库' }).click();
      await page.getByRole('alert').filter({ hasText: '没能保存' }).waitFor();
      expect(await inEditor(page)).toBe(true);
      await expect(page.locator('[data-slate-editor]').innerText()).resolves.toContain(SENTENCE);
      // Exporting would write the old text: refused the same way.
      expect(storedText(app)).not.toContain(SENTENCE);

      full.on = false;
      // The retry the status bar promises happens on its own.
      await expect.poll(() => storedText(app), { timeout: 8000 }).toContain(SENTENCE);
      await page.getByRole('button', { name: '文稿库' }).click();
      await page.locator('.library-open').first().waitFor();
    } finally {
      await app.close();
      await data.remove();
    }
  });

  it('does not claim a version was kept (Ctrl+S) while the text is not saved', async () => {
    const data = await tempDir('e2e-faults-version-');
    const full = { on: false };
    const app = await appWithDisk(data.dir, full);
    try {
      const { page } = app;
      await typeWhileFull(app, full);
      await page.keyboard.press('Control+S');
      await page.getByRole('alert').filter({ hasText: '没能保存' }).waitFor();
      expect(app.store.versions.list(app.store.drafts.list()[0]!.id).filter((v) => v.kind === 'named')).toHaveLength(0);
      full.on = false;
      await expect.poll(() => storedText(app), { timeout: 8000 }).toContain(SENTENCE);
      await page.keyboard.press('Control+S');
      await page.getByText(/已保存版本/u).waitFor();
    } finally {
      await app.close();
      await data.remove();
    }
  });
});

describe('closing the window', () => {
  it('holds the close until the last words are saved', async () => {
    const data = await tempDir('e2e-close-');
    const full = { on: false };
    const app = await appWithDisk(data.dir, full);
    try {
      const { page } = app;
      await page.locator('[data-slate-editor] > [data-block=paragraph]').first().click();
      await (await app.cdp()).send('Input.insertText', { text: '关窗前最后一句。' });
      // Closed at once, well within the autosave delay.
      await page.close({ runBeforeUnload: true });
      await expect.poll(() => storedText(app), { timeout: 3000 }).toContain('关窗前最后一句。');
    } finally {
      await app.close();
      await data.remove();
    }
  });

  it('stays open and says why when the text cannot be saved, and closes only if the clerk insists', async () => {
    const data = await tempDir('e2e-close-full-');
    const full = { on: false };
    const app = await appWithDisk(data.dir, full);
    try {
      const { page } = app;
      await typeWhileFull(app, full);
      // Chromium asks before leaving a page that held its unload back; Electron
      // cancels the close silently instead. Answer "stay", as Electron does.
      const asked = new Promise<string>((resolve) =>
        page.once('dialog', (d) => {
          resolve(d.type());
          void d.dismiss();
        }),
      );
      await page.close({ runBeforeUnload: true });
      expect(await asked).toBe('beforeunload');
      await page.getByRole('alert').filter({ hasText: '窗口没有关闭' }).waitFor();
      expect(page.isClosed()).toBe(false);
      await expect(page.locator('[data-slate-editor]').innerText()).resolves.toContain(SENTENCE);
      await expect(page.getByRole('button', { name: '仍然关闭' }).isVisible()).resolves.toBe(true);
    } finally {
      await app.close();
      await data.remove();
    }
  });
});
