// The main window's size and place (electron/window-bounds.ts, electron/window.ts),
// with electron mocked: sized to the display's work area, maximised on a small
// screen, remembered between runs.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fitInto, initialWindow, parseWindowState } from '../../electron/window-bounds';

const mock = vi.hoisted(() => ({
  windows: [] as Array<{ options: Record<string, unknown>; listeners: Map<string, () => void>; maximize: ReturnType<typeof vi.fn>; show: ReturnType<typeof vi.fn> }>,
  primary: { x: 0, y: 0, width: 1366, height: 728 },
  displays: [{ x: 0, y: 0, width: 1366, height: 728 }],
  maximized: false,
  normal: { x: 10, y: 20, width: 1000, height: 700 },
}));

vi.mock('electron', () => ({
  screen: {
    getPrimaryDisplay: () => ({ workArea: mock.primary }),
    getAllDisplays: () => mock.displays.map((workArea) => ({ workArea })),
  },
  BrowserWindow: class {
    listeners = new Map<string, () => void>();
    maximize = vi.fn();
    show = vi.fn();
    constructor(public options: Record<string, unknown>) {
      mock.windows.push(this as never);
    }
    once(event: string, fn: () => void) {
      this.listeners.set(event, fn);
    }
    on(event: string, fn: () => void) {
      this.listeners.set(event, fn);
    }
    isMaximized = () => mock.maximized;
    getNormalBounds = () => mock.normal;
  },
}));

const LAPTOP = { x: 0, y: 0, width: 1366, height: 728 };
const LARGE = { x: 0, y: 0, width: 1920, height: 1040 };

describe('initialWindow', () => {
  it('maximises on a 1366 × 768 laptop, over the work area (not under the taskbar)', () => {
    expect(initialWindow([LAPTOP], LAPTOP, null)).toEqual({ bounds: LAPTOP, maximized: true });
  });

  it('opens centred and no taller than the work area on a large screen', () => {
    const { bounds, maximized } = initialWindow([LARGE], LARGE, null);
    expect(maximized).toBe(false);
    expect(bounds.height).toBeLessThanOrEqual(LARGE.height);
    expect(bounds.x).toBe((LARGE.width - bounds.width) / 2);
    expect(bounds.y + bounds.height).toBeLessThanOrEqual(LARGE.height);
  });

  it('comes back where it was left, fitted to the display it mostly covers', () => {
    const saved = { bounds: { x: 100, y: 50, width: 1200, height: 800 }, maximized: false };
    expect(initialWindow([LARGE], LARGE, saved)).toEqual(saved);
    // The same window on the laptop later: moved and shrunk into its work area.
    expect(initialWindow([LAPTOP], LAPTOP, saved).bounds).toEqual({ x: 100, y: 0, width: 1200, height: 728 });
    // Left on a second screen that is gone: opens on the primary display.
    const gone = { bounds: { x: 2000, y: 0, width: 900, height: 700 }, maximized: false };
    expect(initialWindow([LAPTOP], LAPTOP, gone)).toEqual({ bounds: LAPTOP, maximized: true });
  });

  it('fits a rectangle into a work area, keeping the minimum size where there is room', () => {
    expect(fitInto({ x: -50, y: 600, width: 300, height: 300 }, LAPTOP)).toEqual({ x: 0, y: 168, width: 800, height: 560 });
  });

  it('reads back only a well-formed state', () => {
    expect(parseWindowState(null)).toBeNull();
    expect(parseWindowState('not json')).toBeNull();
    expect(parseWindowState('{"bounds":{"x":1,"y":2,"width":3},"maximized":false}')).toBeNull();
    expect(parseWindowState('{"bounds":{"x":1,"y":2,"width":3,"height":4},"maximized":true}')).toEqual({ bounds: { x: 1, y: 2, width: 3, height: 4 }, maximized: true });
  });
});

describe('createMainWindow', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'window-state-'));
    mock.windows.length = 0;
    mock.maximized = false;
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const create = async () => {
    const { createMainWindow } = await import('../../electron/window');
    createMainWindow({ title: '公文报告编辑器', preload: '/app/preload.js', stateDir: dir });
    return mock.windows[mock.windows.length - 1]!;
  };

  it('creates a secure window over the laptop work area, maximised once ready', async () => {
    const win = await create();
    expect(win.options).toMatchObject({ ...LAPTOP, show: false, webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, preload: '/app/preload.js' } });
    win.listeners.get('ready-to-show')!();
    expect(win.maximize).toHaveBeenCalled();
    expect(win.show).toHaveBeenCalled();
  });

  it('remembers its normal bounds and maximised state on close, and opens with them next time', async () => {
    mock.primary = LARGE;
    mock.displays = [LARGE];
    const first = await create();
    mock.maximized = false;
    mock.normal = { x: 10, y: 20, width: 1000, height: 700 };
    first.listeners.get('close')!();
    expect(JSON.parse(readFileSync(path.join(dir, 'window-state.json'), 'utf8'))).toEqual({ bounds: mock.normal, maximized: false });
    const second = await create();
    expect(second.options).toMatchObject(mock.normal);
    second.listeners.get('ready-to-show')!();
    expect(second.maximize).not.toHaveBeenCalled();
  });

  it('ignores a damaged state file', async () => {
    mock.primary = LAPTOP;
    mock.displays = [LAPTOP];
    writeFileSync(path.join(dir, 'window-state.json'), '{oops');
    const win = await create();
    expect(win.options).toMatchObject(LAPTOP);
  });
});
