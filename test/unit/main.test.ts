import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/ipc';
import { UserFacingError } from '../../shared/result';

const ELECTRON_DIR = path.resolve(import.meta.dirname, '../../electron');

const LAPTOP = { x: 0, y: 0, width: 1366, height: 728 };
type Listener = (...args: unknown[]) => unknown;

// Shared between the hoisted electron mock and the tests.
const state = vi.hoisted(() => ({
  windows: [] as Array<{ options: Record<string, unknown>; instance: Record<string, unknown> }>,
  appListeners: new Map<string, (...args: unknown[]) => unknown>(),
  readyResolve: null as null | (() => void),
  autoUpdaterTouched: [] as string[],
  store: null as null | { close: () => void },
}));

/** The module the mocked 'electron' returns; refilled by makeElectron() before every import. */
const electron = vi.hoisted(() => ({}) as Record<string, unknown>);

function makeElectron() {
  const defaultSession = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    setSpellCheckerEnabled: vi.fn(),
    on: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  };
  class BrowserWindow {
    webContents = { send: vi.fn(), on: vi.fn(), setWindowOpenHandler: vi.fn() };
    once = vi.fn();
    on = vi.fn();
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = vi.fn(() => true);
    maximize = vi.fn();
    isMaximized = vi.fn(() => false);
    getNormalBounds = vi.fn(() => LAPTOP);
    loadURL = vi.fn(async () => undefined);
    loadFile = vi.fn(async () => undefined);
    constructor(options: Record<string, unknown>) {
      state.windows.push({ options, instance: this as unknown as Record<string, unknown> });
    }
  }
  let ready!: () => void;
  const readyPromise = new Promise<void>((resolve) => (ready = resolve));
  state.readyResolve = ready;
  const autoUpdater = new Proxy(
    {},
    {
      get(_target, key) {
        state.autoUpdaterTouched.push(String(key));
        return vi.fn();
      },
    },
  );
  return {
    app: {
      whenReady: vi.fn(() => readyPromise),
      requestSingleInstanceLock: vi.fn(() => true),
      getPath: vi.fn((name: string) => `/fake/${name}`),
      on: vi.fn((event: string, listener: Listener) => {
        state.appListeners.set(event, listener);
      }),
      quit: vi.fn(),
      getVersion: vi.fn(() => '0.1.0'),
      isPackaged: false,
    },
    BrowserWindow: vi.fn(BrowserWindow as unknown as (...args: unknown[]) => unknown) as unknown as typeof BrowserWindow,
    screen: { getPrimaryDisplay: () => ({ workArea: LAPTOP }), getAllDisplays: () => [{ workArea: LAPTOP }] },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession },
    ipcMain: { handle: vi.fn() },
    Menu: { buildFromTemplate: vi.fn((t: unknown) => ({ template: t })), setApplicationMenu: vi.fn() },
    dialog: {
      showErrorBox: vi.fn(),
      showSaveDialog: vi.fn(async () => ({ canceled: true })),
      showMessageBox: vi.fn(async () => ({ response: 0 })),
    },
    autoUpdater,
  };
}

type FakeElectron = ReturnType<typeof makeElectron>;
vi.mock('electron', () => electron);

const openDraftStore = vi.hoisted(() => ({ impl: null as null | ((dir: string) => unknown), calls: [] as string[] }));
vi.mock('../../electron/store/draft-store', () => ({
  openDraftStore: (dir: string) => {
    openDraftStore.calls.push(dir);
    return openDraftStore.impl!(dir);
  },
}));
const jobs = vi.hoisted(() => ({ calls: [] as string[] })); // the background check and the day's backup, recorded
vi.mock('../../electron/store/safety/worker-jobs', () => ({ checkOffThread: async (file: string) => (jobs.calls.push(`check ${file}`), []) }));
let e: FakeElectron;
const savedArgv = process.argv;
const savedEnv = process.env.REPORT_EDITOR_DATA_DIR;

beforeEach(() => {
  vi.resetModules();
  state.windows.length = 0;
  state.appListeners.clear();
  state.autoUpdaterTouched.length = 0;
  openDraftStore.calls.length = jobs.calls.length = 0;
  const store = { close: vi.fn(), drafts: { list: vi.fn(() => []), create: vi.fn(), get: vi.fn(), saveContent: vi.fn() }, backups: { ifDue: async () => void jobs.calls.push('backup') } };
  state.store = store;
  openDraftStore.impl = () => store;
  e = makeElectron();
  for (const key of Object.keys(electron)) delete electron[key];
  Object.assign(electron, e);
  process.argv = ['/opt/app/electron', '.'];
  delete process.env.REPORT_EDITOR_DATA_DIR;
});

afterEach(() => {
  process.argv = savedArgv;
  if (savedEnv === undefined) delete process.env.REPORT_EDITOR_DATA_DIR;
  else process.env.REPORT_EDITOR_DATA_DIR = savedEnv;
});

async function importMain(): Promise<void> {
  await import('../../electron/main');
}

async function startApp(): Promise<void> {
  await importMain();
  state.readyResolve!();
  await vi.waitFor(() => {
    if (state.windows.length === 0 && e.app.quit.mock.calls.length === 0) throw new Error('not started yet');
  });
}

describe('main process', () => {
  it('registers the app scheme as privileged before the app is ready, and does nothing else yet', async () => {
    await importMain();
    expect(e.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    const [schemes] = e.protocol.registerSchemesAsPrivileged.mock.calls[0]! as [Array<{ scheme: string; privileges: Record<string, boolean> }>];
    expect(schemes.map((s) => s.scheme)).toEqual(['app']);
    expect(schemes[0]!.privileges).toMatchObject({ standard: true, secure: true });
    await Promise.resolve();
    expect(state.windows).toHaveLength(0);
    expect(e.protocol.handle).not.toHaveBeenCalled();
    expect(e.ipcMain.handle).not.toHaveBeenCalled();
    expect(openDraftStore.calls).toHaveLength(0);
  });

  it('creates one secure window with the preload script, loading app://report/index.html', async () => {
    await startApp();
    expect(state.windows).toHaveLength(1);
    const { options, instance } = state.windows[0]!;
    const prefs = options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      preload: path.join(ELECTRON_DIR, 'preload.js'),
    });
    expect(path.isAbsolute(prefs.preload as string)).toBe(true);
    expect(options.title).toBe('公文报告编辑器');
    const loadURL = instance.loadURL as ReturnType<typeof vi.fn>;
    expect(loadURL).toHaveBeenCalledExactlyOnceWith('app://report/index.html');
    expect(instance.loadFile as ReturnType<typeof vi.fn>).not.toHaveBeenCalled();
    for (const call of loadURL.mock.calls) expect(String(call[0])).not.toMatch(/^file:/u);
  });

  it('serves the renderer folder over app:// and hardens the default session', async () => {
    await startApp();
    expect(e.protocol.handle).toHaveBeenCalledExactlyOnceWith('app', expect.any(Function));
    expect(e.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(e.session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalled();
    expect(e.session.defaultSession.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
  });

  it('handles every IPC channel, once each', async () => {
    await startApp();
    expect(e.ipcMain.handle.mock.calls.map((c) => c[0]).sort()).toEqual([...CHANNELS].sort());
  });

  it('sets the Chinese application menu, whose commands reach the window', async () => {
    await startApp();
    expect(e.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    const template = e.Menu.buildFromTemplate.mock.calls[0]![0] as Array<{ label: string; submenu: Array<{ label?: string; click?: () => void }> }>;
    expect(template.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    template[0]!.submenu.find((i) => i.label?.startsWith('导出'))!.click!();
    const send = (state.windows[0]!.instance.webContents as { send: ReturnType<typeof vi.fn> }).send;
    expect(send).toHaveBeenCalledWith('menu:command', 'export-docx');
  });

  it('hardens every web contents created', async () => {
    await startApp();
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    state.appListeners.get('web-contents-created')!({}, contents);
    expect(contents.on.mock.calls.map((c) => c[0])).toEqual(
      expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']),
    );
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
  });

  it('uses no auto-updater', async () => {
    await startApp();
    expect(state.autoUpdaterTouched).toEqual([]);
    expect(readFileSync(path.join(ELECTRON_DIR, 'main.ts'), 'utf8')).not.toMatch(/autoUpdater|electron-updater/u);
  });

  it('opens the store in the default userData folder, and checks and backs it up only once the window is ready to show', async () => {
    await startApp();
    expect(openDraftStore.calls).toEqual([path.resolve('/fake/userData')]);
    expect([state.windows.length, jobs.calls]).toEqual([1, []]);
    for (const [event, listener] of (state.windows[0]!.instance.once as ReturnType<typeof vi.fn>).mock.calls as [string, () => void][]) if (event === 'ready-to-show') listener();
    await vi.waitFor(() => expect(jobs.calls).toEqual([`check ${path.join(path.resolve('/fake/userData'), 'drafts.sqlite3')}`, 'backup']));
  });
  it('takes the data folder from --data-dir', async () => {
    process.argv = ['/opt/app/electron', '.', '--data-dir', '/tmp/report-data'];
    process.env.REPORT_EDITOR_DATA_DIR = '/tmp/from-env';
    await startApp();
    expect(openDraftStore.calls).toEqual([path.resolve('/tmp/report-data')]);
  });
  it('takes the data folder from REPORT_EDITOR_DATA_DIR', async () => {
    process.env.REPORT_EDITOR_DATA_DIR = '/tmp/from-env';
    await startApp();
    expect(openDraftStore.calls).toEqual([path.resolve('/tmp/from-env')]);
  });
  it('closes the store when the app quits, and quits when all windows are closed', async () => {
    await startApp();
    expect(state.store!.close).not.toHaveBeenCalled();
    state.appListeners.get('will-quit')!();
    expect(state.store!.close).toHaveBeenCalledTimes(1);
    state.appListeners.get('window-all-closed')!();
    expect(e.app.quit).toHaveBeenCalled();
  });

  it('shows a Chinese error and quits when the store cannot be opened', async () => {
    openDraftStore.impl = () => {
      throw new UserFacingError('database-locked', '文稿数据库正被另一个程序占用，暂时无法读写。');
    };
    process.env.REPORT_EDITOR_DATA_DIR = '/tmp/locked';
    await startApp();
    expect(e.dialog.showErrorBox).toHaveBeenCalledTimes(1);
    const [title, detail] = e.dialog.showErrorBox.mock.calls[0]! as [string, string];
    expect(title).toMatch(/[\u4e00-\u9fff]/u);
    expect(title).toContain('无法打开');
    expect(detail).toContain('文稿数据库正被另一个程序占用');
    expect(detail).toContain(path.resolve('/tmp/locked'));
    expect(e.app.quit).toHaveBeenCalled();
    expect(state.windows).toHaveLength(0);
    expect(e.ipcMain.handle).not.toHaveBeenCalled();
  });

  it('shows a Chinese error and quits when --data-dir has no value', async () => {
    process.argv = ['/opt/app/electron', '.', '--data-dir'];
    await startApp();
    const [title, detail] = e.dialog.showErrorBox.mock.calls[0]! as [string, string];
    expect(title).toMatch(/[\u4e00-\u9fff]/u);
    expect(detail).toContain('--data-dir');
    expect(detail).toMatch(/缺少文件夹路径/u);
    expect(openDraftStore.calls).toHaveLength(0);
    expect(e.app.quit).toHaveBeenCalled();
    expect(state.windows).toHaveLength(0);
  });

  it('quits at once, opening nothing, when another instance is running', async () => {
    e.app.requestSingleInstanceLock.mockReturnValue(false);
    await importMain();
    state.readyResolve!();
    await new Promise((r) => setTimeout(r, 20));
    expect(e.app.quit).toHaveBeenCalled();
    expect(state.windows).toHaveLength(0);
    expect(openDraftStore.calls).toHaveLength(0);
  });

  it('brings the window back when a second instance starts', async () => {
    await startApp();
    state.appListeners.get('second-instance')!();
    const instance = state.windows[0]!.instance as { restore: ReturnType<typeof vi.fn>; focus: ReturnType<typeof vi.fn> };
    expect(instance.restore).toHaveBeenCalled();
    expect(instance.focus).toHaveBeenCalled();
  });

  it('asks where to export with a .docx filter in the documents folder', async () => {
    openDraftStore.impl = () => ({
      ...state.store,
      drafts: { get: () => ({ id: 'd', title: '报告', template: 't', metadata: {}, content: [], created: '', updated: '' }) },
    });
    await startApp();
    const listener = e.ipcMain.handle.mock.calls.find((c) => c[0] === 'drafts:export-docx')![1] as Listener;
    const result = await listener({ senderFrame: { url: 'app://report/index.html' } }, { id: 'd' });
    expect(result).toEqual({ ok: true, value: null });
    const options = (e.dialog.showSaveDialog.mock.calls[0] as unknown[]).at(-1) as { defaultPath: string; filters: Array<{ extensions: string[] }> };
    expect(options.defaultPath).toBe(path.join('/fake/documents', '报告.docx'));
    expect(options.filters[0]!.extensions).toEqual(['docx']);
  });
});
