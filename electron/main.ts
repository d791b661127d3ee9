// The main process, kept thin: security defaults, the app:// protocol, the
// store, the IPC handlers and one window. Everything else lives in modules.
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import { MENU_COMMAND_EVENT, type MenuCommand } from '../shared/ipc';
import { UserFacingError } from '../shared/result';
import { APP_ENTRY, registerAppProtocol, registerAppScheme } from './app-protocol';
import { resolveDataDir } from './data-dir';
import { createHandlers } from './handlers';
import { registerHandlers } from './ipc-main';
import { buildMenuTemplate } from './menu';
import { hardenSession, hardenWebContents, secureWebPreferences } from './security';
import { openDraftStore } from './store/drafts';
import type { DraftStore } from './store/types';

const PRODUCT_NAME = '公文报告编辑器';

registerAppScheme(protocol);
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

let mainWindow: BrowserWindow | null = null;

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1200,
    height: 860,
    minWidth: 800,
    minHeight: 600,
    title: PRODUCT_NAME,
    show: false,
    backgroundColor: '#e9e9e4',
    webPreferences: secureWebPreferences(path.join(__dirname, 'preload.js')),
  });
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => (mainWindow = null));
  void win.loadURL(APP_ENTRY);
  return win;
}

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(MENU_COMMAND_EVENT, command);
}

async function chooseExportPath(suggestedName: string): Promise<string | null> {
  const options = {
    title: '导出 Word 文档',
    defaultPath: path.join(app.getPath('documents'), suggestedName),
    filters: [{ name: 'Word 文档', extensions: ['docx'] }],
  };
  const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

function openStore(): DraftStore | null {
  let dataDir = app.getPath('userData');
  try {
    dataDir = resolveDataDir(process.argv, process.env, dataDir);
    return openDraftStore(dataDir);
  } catch (error) {
    const detail = error instanceof UserFacingError ? error.message : String(error);
    dialog.showErrorBox(`${PRODUCT_NAME}无法打开文稿库`, `${detail}\n\n文稿库位置：${dataDir}`);
    return null;
  }
}

async function start(): Promise<void> {
  await app.whenReady();
  const store = openStore();
  if (!store) return app.quit();
  app.on('will-quit', () => store.close());

  hardenSession(session.defaultSession);
  registerAppProtocol(protocol, path.join(__dirname, 'renderer'));
  registerHandlers(
    ipcMain,
    createHandlers({ store, chooseExportPath, log: (message, error) => console.error(message, error) }),
  );
  const showAbout = () =>
    void dialog.showMessageBox({ title: '关于', message: PRODUCT_NAME, detail: `版本 ${app.getVersion()}\n离线使用，不连接任何网络。` });
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ send: sendMenuCommand, showAbout }, process.platform)));
  mainWindow = createWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  void start();
}
