// The Chinese application menu. Commands that concern the open draft are sent
// to the renderer; the rest use Electron's built-in roles.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc';

export interface MenuActions {
  send: (command: MenuCommand) => void;
  showAbout: () => void;
}

export function buildMenuTemplate(actions: MenuActions, platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  return [
    {
      label: '文件',
      submenu: [
        { label: '新建文稿…', accelerator: 'CmdOrCtrl+N', click: () => actions.send('new-draft') },
        { label: '打开文稿…', accelerator: 'CmdOrCtrl+O', click: () => actions.send('open-draft') },
        { label: '导入…', accelerator: 'CmdOrCtrl+I', click: () => actions.send('import-file') },
        { type: 'separator' },
        { label: '导出 Word…', accelerator: 'CmdOrCtrl+E', click: () => actions.send('export-docx') },
        { type: 'separator' },
        isMac ? { label: '关闭窗口', role: 'close' } : { label: '退出', role: 'quit', accelerator: 'Alt+F4' },
      ],
    },
    {
      label: '编辑',
      submenu: [
        { label: '撤销', role: 'undo', accelerator: 'CmdOrCtrl+Z' },
        { label: '重做', role: 'redo', accelerator: isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y' },
        { type: 'separator' },
        { label: '剪切', role: 'cut', accelerator: 'CmdOrCtrl+X' },
        { label: '复制', role: 'copy', accelerator: 'CmdOrCtrl+C' },
        { label: '粘贴', role: 'paste', accelerator: 'CmdOrCtrl+V' },
        { label: '粘贴为纯文本', role: 'pasteAndMatchStyle', accelerator: 'CmdOrCtrl+Shift+V' },
        { type: 'separator' },
        { label: '全选', role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
        { type: 'separator' },
        { label: '查找…', accelerator: 'CmdOrCtrl+F', click: () => actions.send('find') },
        { label: '替换…', accelerator: 'CmdOrCtrl+H', click: () => actions.send('replace') },
        { label: '字数统计…', click: () => actions.send('word-count') },
      ],
    },
    {
      label: '视图',
      submenu: [
        { label: '放大', role: 'zoomIn', accelerator: 'CmdOrCtrl+=' },
        { label: '缩小', role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
        { label: '实际大小', role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
        { type: 'separator' },
        { label: '全屏', role: 'togglefullscreen', accelerator: 'F11' },
      ],
    },
    {
      label: '帮助',
      submenu: [
        { label: '帮助', accelerator: 'F1', click: () => actions.send('help') },
        { type: 'separator' },
        { label: '关于公文报告编辑器', click: () => actions.showAbout() },
      ],
    },
  ];
}
