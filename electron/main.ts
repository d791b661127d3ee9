// The main process, kept thin: security defaults, the app:// protocol, the
// store, the IPC handlers and one window. Everything else lives in modules.
import path from 'node:path';
import { app, type BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import { MENU_COMMAND_EVENT, type MenuCommand } from '../shared/ipc';
import { UserFacingError } from '../shared/result';
import { APP_ENTRY, registerAppProtocol, registerAppScheme } from './app-protocol';
import { resolveDataDir } from './data-dir';
import { readSystemClipboard } from './clipboard';
import { createHandlers } from './handlers';
import { registerHandlers } from './ipc/register';
import { buildMenuTemplate } from './menu';
import { hardenSession, hardenWebContents } from './security';
import { LIBRARY_FILE_EXTENSION } from './store/library-files/library-file';
import { openLibrary, type OpenedLibrary } from './store/open-library';
import { createMainWindow } from './window';

const PRODUCT_NAME = '公文报告编辑器';
const BACKUP_CHECK_MS = 60 * 60 * 1000;

registerAppScheme(protocol);
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

let mainWindow: BrowserWindow | null = null;

function createWindow(): BrowserWindow {
  const win = createMainWindow({ title: PRODUCT_NAME, preload: path.join(__dirname, 'preload.js'), stateDir: app.getPath('userData') });
  win.on('closed', () => (mainWindow = null));
  void win.loadURL(APP_ENTRY);
  return win;
}

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(MENU_COMMAND_EVENT, command);
}

/** A save dialog over the window; null when the clerk cancels. */
async function chooseSavePath(title: string, suggestedName: string, filter: Electron.FileFilter): Promise<string | null> {
  const options = { title, defaultPath: path.join(app.getPath('documents'), suggestedName), filters: [filter] };
  const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

/** An open dialog over the window for one file; null when the clerk cancels. */
async function chooseOpenPath(title: string, filters: Electron.FileFilter[]): Promise<string | null> {
  const options: Electron.OpenDialogOptions = { title, defaultPath: app.getPath('documents'), properties: ['openFile'], filters };
  const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

const chooseExportPath = (name: string, format?: 'pdf') =>
  format === 'pdf'
    ? chooseSavePath('导出 PDF', name, { name: 'PDF 文档', extensions: ['pdf'] })
    : chooseSavePath('导出 Word 文档', name, { name: 'Word 文档', extensions: ['docx'] });
const chooseImportPath = () =>
  chooseOpenPath('打开或导入报告', [
    { name: 'Word 文档、纯文本或网页', extensions: ['docx', 'txt', 'html', 'htm'] },
    { name: '所有文件', extensions: ['*'] },
  ]);
const chooseLibraryExportPath = (name: string) =>
  chooseSavePath('导出文稿库', name, { name: '文稿库文件', extensions: [LIBRARY_FILE_EXTENSION] });
const chooseLibraryImportPath = () =>
  chooseOpenPath('导入文稿库或文稿', [{ name: '文稿库文件或文稿文件', extensions: [LIBRARY_FILE_EXTENSION, 'json'] }]);

/**
 * Opens (and if damaged, recovers) the library without checking the whole
 * file first; the recovery notice goes to the window, also one that comes
 * later (from the background check, or a query that met damage).
 */
async function openStore(): Promise<(OpenedLibrary & { dataDir: string }) | null> {
  let dataDir = app.getPath('userData');
  try {
    dataDir = resolveDataDir(process.argv, process.env, dataDir);
    return { ...(await openLibrary(dataDir, { onNotice: () => sendMenuCommand('library-notice') })), dataDir };
  } catch (error) {
    const detail = error instanceof UserFacingError ? error.message : String(error);
    dialog.showErrorBox(`${PRODUCT_NAME}无法打开文稿库`, `${detail}\n\n文稿库位置：${dataDir}`);
    return null;
  }
}

async function start(): Promise<void> {
  await app.whenReady();
  const opened = await openStore();
  if (!opened) return app.quit();
  const { store, notice, takeNotice, upkeep, dataDir } = opened;
  // The day's backup, also for a window left open over midnight.
  const backups = setInterval(() => void store.backups.ifDue().catch((error: unknown) => console.error('daily backup failed', error)), BACKUP_CHECK_MS);
  app.on('will-quit', () => {
    clearInterval(backups);
    store.close();
  });

  hardenSession(session.defaultSession);
  registerAppProtocol(protocol, path.join(__dirname, 'renderer'));
  registerHandlers(
    ipcMain,
    createHandlers({
      store,
      chooseExportPath,
      chooseImportPath,
      chooseLibraryExportPath,
      chooseLibraryImportPath,
      openNotice: notice,
      laterNotice: takeNotice,
      readClipboard: readSystemClipboard,
      dataDir,
      log: (message, error) => console.error(message, error),
    }),
  );
  const showAbout = () =>
    void dialog.showMessageBox({ title: '关于', message: PRODUCT_NAME, detail: `版本 ${app.getVersion()}\n离线使用，不连接任何网络。` });
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ send: sendMenuCommand, showAbout }, process.platform)));
  mainWindow = createWindow();
  // Only once the window shows: the whole-file check and the day's backup, on a worker thread.
  mainWindow.once('ready-to-show', () => void upkeep());
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
