import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '../../electron/menu';
import type { MenuCommand } from '../../shared/ipc';

function build(platform: NodeJS.Platform = 'win32') {
  const send = vi.fn<(command: MenuCommand) => void>();
  const showAbout = vi.fn();
  return { template: buildMenuTemplate({ send, showAbout }, platform), send, showAbout };
}

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...items((item.submenu as MenuItemConstructorOptions[] | undefined) ?? [])]);
}

function find(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const item = items(template).find((i) => i.label?.startsWith(label));
  if (!item) throw new Error(`no menu item ${label}`);
  return item;
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as unknown as () => void)();
}

describe('application menu', () => {
  it.each(['win32', 'linux', 'darwin'] as const)('has exactly 文件 编辑 视图 帮助 on %s', (platform) => {
    expect(build(platform).template.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助']);
  });

  it('has the usual accelerators for the file commands', () => {
    const { template } = build();
    expect(find(template, '新建').accelerator).toBe('CmdOrCtrl+N');
    expect(find(template, '打开').accelerator).toBe('CmdOrCtrl+O');
    expect(find(template, '导出 Word').accelerator).toBe('CmdOrCtrl+E');
  });

  it('uses Electron roles with the usual accelerators for editing', () => {
    const edit = build().template.find((m) => m.label === '编辑')!.submenu as MenuItemConstructorOptions[];
    const byRole = new Map(edit.filter((i) => i.role).map((i) => [i.role, i]));
    expect(byRole.get('undo')?.accelerator).toBe('CmdOrCtrl+Z');
    expect(byRole.get('redo')?.accelerator).toMatch(/^(Ctrl\+Y|CmdOrCtrl\+Shift\+Z|Shift\+CmdOrCtrl\+Z)$/u);
    expect(byRole.get('cut')?.accelerator).toBe('CmdOrCtrl+X');
    expect(byRole.get('copy')?.accelerator).toBe('CmdOrCtrl+C');
    expect(byRole.get('paste')?.accelerator).toBe('CmdOrCtrl+V');
    expect(byRole.get('selectAll')?.accelerator).toBe('CmdOrCtrl+A');
    expect(byRole.get('undo')?.label).toBe('撤销');
    expect(byRole.get('redo')?.label).toBe('重做');
    expect(byRole.get('selectAll')?.label).toBe('全选');
  });

  it('uses Shift+Cmd+Z for redo on macOS', () => {
    const edit = build('darwin').template.find((m) => m.label === '编辑')!.submenu as MenuItemConstructorOptions[];
    expect(edit.find((i) => i.role === 'redo')?.accelerator).toBe('Shift+Cmd+Z');
  });

  it.each([
    ['新建', 'new-draft'],
    ['打开', 'open-draft'],
    ['导出 Word', 'export-docx'],
    ['查找', 'find'],
    ['替换', 'replace'],
    ['字数统计', 'word-count'],
  ] as const)('clicking %s sends %s to the renderer', (label, command) => {
    const { template, send, showAbout } = build();
    click(find(template, label));
    expect(send).toHaveBeenCalledExactlyOnceWith(command);
    expect(showAbout).not.toHaveBeenCalled();
  });

  it('opens 帮助 with F1 and shows the about box from 帮助', () => {
    const { template, send, showAbout } = build();
    const help = (template.find((m) => m.label === '帮助')!.submenu as MenuItemConstructorOptions[]).filter((i) => i.type !== 'separator');
    expect(help.map((i) => [i.label, i.accelerator])).toEqual([
      ['帮助', 'F1'],
      ['关于公文报告编辑器', undefined],
    ]);
    click(help[0]!);
    expect(send).toHaveBeenCalledExactlyOnceWith('help');
    click(help[1]!);
    expect(showAbout).toHaveBeenCalledTimes(1);
  });

  it('finds with Ctrl+F and replaces with Ctrl+H', () => {
    const { template } = build();
    expect(find(template, '查找').accelerator).toBe('CmdOrCtrl+F');
    expect(find(template, '替换').accelerator).toBe('CmdOrCtrl+H');
  });

  it('quits with 退出 on Windows and closes the window on macOS', () => {
    expect(find(build('win32').template, '退出').role).toBe('quit');
    expect(find(build('darwin').template, '关闭窗口').role).toBe('close');
  });

  it.each(['win32', 'darwin'] as const)('labels every item in Chinese on %s (ASCII only in 导出 Word)', (platform) => {
    const labelled = items(build(platform).template).filter((i) => i.type !== 'separator');
    expect(labelled.length).toBeGreaterThan(15);
    for (const item of labelled) {
      const label = item.label ?? '';
      expect(label, JSON.stringify(item.role)).toMatch(/[\u4e00-\u9fff]/u);
      const ascii = label.match(/[A-Za-z]+/gu) ?? [];
      for (const word of ascii) expect(word, label).toBe('Word');
    }
    expect(labelled.filter((i) => /Word/u.test(i.label ?? '')).map((i) => i.label)).toEqual(['导出 Word…']);
  });

  it('has no item that reaches the network (no remote help, no updates)', () => {
    const labels = items(build().template).map((i) => i.label ?? '');
    expect(labels.join('')).not.toMatch(/更新|网站|在线/u);
  });
});
