// The main window: sized to the display's work area (see window-bounds.ts),
// its size and place remembered in window-state.json beside the user's data.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BrowserWindow, screen } from 'electron';
import { secureWebPreferences } from './security';
import { initialWindow, MIN_HEIGHT, MIN_WIDTH, parseWindowState, type WindowState } from './window-bounds';

export const WINDOW_STATE_FILE = 'window-state.json';

function readState(file: string): WindowState | null {
  try {
    return parseWindowState(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Written whole through a temporary file; a failure only costs the remembered size. */
function writeState(file: string, state: WindowState): void {
  try {
    const temp = `${file}.tmp`;
    writeFileSync(temp, JSON.stringify(state));
    renameSync(temp, file);
  } catch (error) {
    console.error('could not remember the window size', error);
  }
}

export interface MainWindowOptions {
  title: string;
  /** The preload script's absolute path. */
  preload: string;
  /** Where window-state.json is kept. */
  stateDir: string;
}

/**
 * Creates the secure window (hidden until ready, then shown, maximised when
 * it was or the screen is small) and remembers its bounds when it closes.
 */
export function createMainWindow({ title, preload, stateDir }: MainWindowOptions): BrowserWindow {
  const file = path.join(stateDir, WINDOW_STATE_FILE);
  const displays = screen.getAllDisplays().map((d) => d.workArea);
  const start = initialWindow(displays, screen.getPrimaryDisplay().workArea, readState(file));
  const win = new BrowserWindow({
    ...start.bounds,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title,
    show: false,
    backgroundColor: '#e9e9e4',
    webPreferences: {
      ...secureWebPreferences(preload),
      // Restated where the window is made, so the security audit
      // (electronegativity, which reads object literals) can check them.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => {
    if (start.maximized) win.maximize();
    win.show();
  });
  win.on('close', () => writeState(file, { bounds: win.getNormalBounds(), maximized: win.isMaximized() }));
  return win;
}
