// 文件 > 导入… (Ctrl+I) sends the import command to the renderer.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../electron/menu';
import type { MenuCommand } from '../../shared/ipc';

describe('文件 > 导入…', () => {
  it.each(['win32', 'linux', 'darwin'] as const)('is in the 文件 menu with Ctrl+I on %s and sends import-file', (platform) => {
    const send = vi.fn<(command: MenuCommand) => void>();
    const file = buildMenuTemplate({ send, showAbout: vi.fn() }, platform).find((m) => m.label === '文件')!;
    const item = (file.submenu as MenuItemConstructorOptions[]).find((i) => i.label === '导入…')!;
    expect(item.accelerator).toBe('CmdOrCtrl+I');
    (item.click as unknown as () => void)();
    expect(send).toHaveBeenCalledWith('import-file');
  });
});
