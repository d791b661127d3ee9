import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Bridge, MenuCommand } from '../../shared/ipc';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
}));
vi.mock('electron', () => electron);

async function loadBridge(): Promise<Bridge> {
  vi.resetModules();
  electron.contextBridge.exposeInMainWorld.mockClear();
  await import('../../electron/preload');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [key, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0]!;
  expect(key).toBe('reportApi');
  return api as Bridge;
}

beforeEach(() => {
  electron.ipcRenderer.invoke.mockReset();
  electron.ipcRenderer.on.mockReset();
  electron.ipcRenderer.removeListener.mockReset();
});

describe('preload bridge', () => {
  it('exposes only invoke and onMenuCommand as window.reportApi', async () => {
    const api = await loadBridge();
    expect(Object.keys(api).sort()).toEqual(['invoke', 'onMenuCommand']);
    expect(api).not.toHaveProperty('ipcRenderer');
  });

  it('forwards a known channel to ipcRenderer.invoke and returns its answer', async () => {
    const api = await loadBridge();
    electron.ipcRenderer.invoke.mockResolvedValue({ ok: true, value: [] });
    await expect(api.invoke('drafts:list', null)).resolves.toEqual({ ok: true, value: [] });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith('drafts:list', null);
    await api.invoke('drafts:open', { id: 'a' });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('drafts:open', { id: 'a' });
  });

  it('rejects an unknown channel without reaching the main process', async () => {
    const api = await loadBridge();
    const invoke = api.invoke as (channel: string, request: unknown) => Promise<unknown>;
    for (const channel of ['drafts:delete', 'menu:command', '', 'templates:list ', 'constructor', '__proto__']) {
      await expect(invoke(channel, null)).rejects.toThrow(/unknown channel/u);
    }
    await expect(invoke(42 as unknown as string, null)).rejects.toThrow();
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('onMenuCommand passes commands to the listener and the returned function unsubscribes', async () => {
    const api = await loadBridge();
    const listener = vi.fn<(command: MenuCommand) => void>();
    const unsubscribe = api.onMenuCommand(listener);
    expect(electron.ipcRenderer.on).toHaveBeenCalledTimes(1);
    const [event, forward] = electron.ipcRenderer.on.mock.calls[0]! as [string, (e: unknown, c: MenuCommand) => void];
    expect(event).toBe('menu:command');
    forward({ sender: {} }, 'export-docx');
    expect(listener).toHaveBeenCalledExactlyOnceWith('export-docx');
    expect(electron.ipcRenderer.removeListener).not.toHaveBeenCalled();
    unsubscribe();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledExactlyOnceWith('menu:command', forward);
  });

  it('does not hand the IPC event to the renderer', async () => {
    const api = await loadBridge();
    const listener = vi.fn();
    api.onMenuCommand(listener);
    const forward = electron.ipcRenderer.on.mock.calls[0]![1] as (e: unknown, c: MenuCommand) => void;
    forward({ sender: { secret: true } }, 'new-draft');
    expect(listener.mock.calls[0]).toEqual(['new-draft']);
  });
});
