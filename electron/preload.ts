// The typed bridge: the only way the renderer reaches the main process.
import { contextBridge, ipcRenderer } from 'electron';
import { isChannel, MENU_COMMAND_EVENT, type Bridge, type MenuCommand } from '../shared/ipc';

const bridge = {
  invoke: (channel, request) =>
    isChannel(channel) ? ipcRenderer.invoke(channel, request) : Promise.reject(new Error(`unknown channel ${channel}`)),
  onMenuCommand: (listener) => {
    const forward = (_event: unknown, command: MenuCommand) => listener(command);
    ipcRenderer.on(MENU_COMMAND_EVENT, forward);
    return () => ipcRenderer.removeListener(MENU_COMMAND_EVENT, forward);
  },
} satisfies Bridge;

contextBridge.exposeInMainWorld('reportApi', bridge);
