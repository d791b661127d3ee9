// End-to-end harness: the app in headless Chromium (test/support/browser-app.ts:
// the real handlers behind the main process's own request checks) and the
// setup every e2e file shares: a browser per file, an app per test, and
// helpers to drive the page and read the store.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { MenuCommand } from '../../shared/ipc';
import { blockText, type ReportContent } from '../../shared/model';
import { launchBrowser, openApp, tempDir, type AppOptions, type AppSession } from '../support/browser-app';
import { MENU_EVENT } from '../support/menu-event';

export * from '../support/browser-app';

/** Launches Chromium before the file's tests and closes it after them; returns the running browser. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not running (useBrowser is used outside a test)');
    return browser;
  };
}

/**
 * Opens the app on a fresh data folder (named with `prefix`) before each test
 * of the file, and closes it and removes the folder after. Returns the open
 * app: every property reads the running test's session.
 */
export function useApp(prefix: string, options: (dataDir: string) => Omit<AppOptions, 'dataDir'> = () => ({})): AppSession {
  const browser = useBrowser();
  let session: AppSession | undefined;
  let data: { dir: string; remove: () => Promise<void> } | undefined;
  beforeEach(async () => {
    data = await tempDir(prefix);
    session = await openApp(browser(), { ...options(data.dir), dataDir: data.dir });
  });
  afterEach(async () => {
    try {
      await session?.close();
    } finally {
      session = undefined;
      await data?.remove();
      data = undefined;
    }
  });
  const current = (): AppSession => {
    if (!session) throw new Error('no app is open (useApp is used outside a test)');
    return session;
  };
  return {
    get page() {
      return current().page;
    },
    get store() {
      return current().store;
    },
    get dataDir() {
      return current().dataDir;
    },
    get console() {
      return current().console;
    },
    get upkept() {
      return current().upkept;
    },
    cdp: () => current().cdp(),
    close: () => current().close(),
  };
}

/** Creates a draft in the 新建文稿 dialog the app opens with, and waits for the editor. */
export async function createFromTemplate(
  page: Page,
  { template = '法治政府建设年度报告', unit = '某某乡人民政府', year = '2025' }: { template?: string; unit?: string; year?: string } = {},
): Promise<void> {
  const dialog = page.getByRole('dialog', { name: '新建文稿' });
  await dialog.waitFor();
  await dialog.getByText(template, { exact: true }).click();
  await dialog.getByLabel('单位全称').fill(unit);
  await dialog.getByLabel('报告年度').fill(year);
  await dialog.getByRole('button', { name: '创建' }).click();
  await page.locator('[data-block=title]').waitFor();
}

/** An element's text without the zero-width characters the editor keeps in empty blocks. */
export const plainText = (locator: Locator): Promise<string> => locator.evaluate((el) => (el.textContent ?? '').replace(/\uFEFF/g, ''));

/** The errors the page printed (console errors and uncaught exceptions). */
export const consoleErrors = (app: Pick<AppSession, 'console'>): string[] => app.console.filter((l) => /^(error|pageerror)/.test(l));

/** Sends a menu command (文件 > 导入… and the like) the way browser-preload.ts delivers them. */
export async function sendMenuCommand(page: Page, command: MenuCommand): Promise<void> {
  await page.evaluate(([event, detail]) => void window.dispatchEvent(new CustomEvent(event, { detail })), [MENU_EVENT, command] as const);
}

/** The blocks of a draft (by default the first listed, in tests the only one) as the store holds them now. */
export function storedBlocks(app: Pick<AppSession, 'store'>, id?: string): ReportContent {
  const draftId = id ?? app.store.drafts.list()[0]?.id;
  if (draftId === undefined) throw new Error('the library holds no draft');
  return app.store.drafts.get(draftId).content;
}

/** The text of each stored block (see storedBlocks). */
export const storedTexts = (app: Pick<AppSession, 'store'>, id?: string): string[] => storedBlocks(app, id).map(blockText);

/** The product's promise (use-autosave.ts): an edit is in the store within a second of the last keystroke. */
export const SAVED_WITHIN_MS = 1000;
/** expect.poll options to check that promise: the second, plus half a second for the page-to-store round trip. */
export const SAVED_PROMPTLY = { timeout: SAVED_WITHIN_MS + 500 };
/** expect.poll options to wait for a save only as a step of a test (not to time it): generous under load. */
export const SAVED_EVENTUALLY = { timeout: 5000 };
