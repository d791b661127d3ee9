// The app in a browser: the built renderer in headless Debian Chromium,
// served through the app's own protocol code, talking to the real handlers
// (real SQLite store in a temporary folder) through Playwright's exposeBinding
// and the main process's own registration (electron/ipc/register.ts): the sender check and
// the request validation run exactly as in the app. Used by the end-to-end
// tests (through test/e2e/harness.ts) and the typing bench; free of vitest,
// which cannot be loaded outside its runner.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { serveAppRequest, APP_HOST, APP_SCHEME } from '../../electron/app-protocol';
import { createHandlers } from '../../electron/handlers';
import { mainProcessIpc } from './main-ipc';
import { MENU_EVENT } from './menu-event';
import { openLibrary } from '../../electron/store/open-library';
import type { DraftStore } from '../../electron/store/types';
import type { Handlers } from '../../shared/ipc';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RENDERER = path.join(ROOT, 'dist/renderer');
/** The page's origin in tests; requests to it are answered by serveAppRequest, never by a network. */
export const TEST_ORIGIN = 'http://report.test';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

let preloadSource: Promise<string> | null = null;
function browserPreload(): Promise<string> {
  preloadSource ??= build({
    entryPoints: [path.join(import.meta.dirname, '../e2e/browser-preload.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
  }).then((r) => r.outputFiles[0]!.text);
  return preloadSource;
}

export interface AppSession {
  page: Page;
  store: DraftStore;
  dataDir: string;
  /** What the page printed to its console, errors included (CSP violations show up here). */
  console: string[];
  /** The check and the day's backup the app runs after its window opens. */
  upkept: Promise<void>;
  cdp: () => Promise<CDPSession>;
  close: () => Promise<void>;
}

export interface AppOptions {
  dataDir: string;
  /** Where 导出 Word writes (stands in for the save dialog); null = the clerk cancels. */
  exportPath?: () => string | null;
  /** The file 导入 reads (stands in for the open dialog); null = the clerk cancels. */
  importPath?: () => string | null;
  /** Stand-ins for the library export and import dialogs; null = cancelled. */
  libraryExportPath?: () => string | null;
  libraryImportPath?: () => string | null;
  /** Wraps the opened store, e.g. to make saves fail as on a full disk. */
  wrapStore?: (store: DraftStore) => DraftStore;
  /** The window's inner size; 1200 × 900 unless given (1366 × 768 is the common township laptop). */
  viewport?: { width: number; height: number };
  /** What the system clipboard holds, for the right-click menu's 粘贴. */
  clipboard?: () => { text: string; html: string };
  /** The system's locale as the page sees it (navigator.language, Intl defaults). */
  locale?: string;
}

/** The page's address as the app has it: the test origin stands for app://report; anything else stays foreign. */
function appUrl(url: string): string {
  return url.startsWith(TEST_ORIGIN + '/') ? `${APP_SCHEME}://${APP_HOST}${url.slice(TEST_ORIGIN.length)}` : url;
}

/** Opens the app on a data folder, as launching the program would. */
export async function openApp(browser: Browser, options: AppOptions): Promise<AppSession> {
  const shown: { page?: Page } = {};
  // As the app does: a recovery after the window opened is sent to it as a command.
  const opened = await openLibrary(options.dataDir, {
    onNotice: () =>
      void shown.page
        ?.evaluate(([event, detail]) => void window.dispatchEvent(new CustomEvent(event, { detail })), [MENU_EVENT, 'library-notice'] as const)
        .catch(() => undefined),
  });
  const store = options.wrapStore?.(opened.store) ?? opened.store;
  const handlers: Handlers = createHandlers({
    store,
    chooseExportPath: async () => options.exportPath?.() ?? null,
    chooseImportPath: async () => options.importPath?.() ?? null,
    chooseLibraryExportPath: async () => options.libraryExportPath?.() ?? null,
    chooseLibraryImportPath: async () => options.libraryImportPath?.() ?? null,
    openNotice: opened.notice,
    laterNotice: opened.takeNotice,
    dataDir: options.dataDir,
    ...(options.clipboard ? { readClipboard: async () => options.clipboard!() } : {}),
    log: (message, error) => console.error(message, error),
  });
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1200, height: 900 }, ...(options.locale ? { locale: options.locale } : {}) });
  const page = await context.newPage();
  shown.page = page;
  const logs: string[] = [];
  page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => logs.push(`pageerror: ${e.message}`));
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!url.startsWith(TEST_ORIGIN + '/')) return route.abort('blockedbyclient');
    const response = await serveAppRequest(`${APP_SCHEME}://${APP_HOST}${url.slice(TEST_ORIGIN.length)}`, RENDERER);
    await route.fulfill({
      status: response.status,
      headers: Object.fromEntries(response.headers.entries()),
      body: Buffer.from(await response.arrayBuffer()),
    });
  });
  const invoke = mainProcessIpc(handlers);
  // As JSON text both ways (test/e2e/browser-preload.ts says why).
  await page.exposeBinding('__reportIpc', async (source, channel: string, request: string) =>
    JSON.stringify({ v: await invoke(appUrl(source.frame.url()), channel, (JSON.parse(request) as { v?: unknown }).v) }),
  );
  await page.addInitScript({ content: await browserPreload() });
  await page.goto(`${TEST_ORIGIN}/index.html`);
  // After the window, as the app does: the check and the day's backup.
  const upkeep = opened.upkeep();
  return {
    page,
    store,
    dataDir: options.dataDir,
    console: logs,
    upkept: upkeep,
    cdp: () => context.newCDPSession(page),
    close: async () => {
      await context.close();
      await upkeep;
      store.close();
    },
  };
}

export async function tempDir(prefix: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Types committed Chinese text the way an IME does: composition updates, then the commit. */
export async function typeWithIme(cdp: CDPSession, steps: string[], commit: string): Promise<void> {
  for (const text of steps) {
    await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  }
  await cdp.send('Input.insertText', { text: commit });
}
