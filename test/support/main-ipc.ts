// The handlers as the main process registers them, for tests: each request
// passes the same sender check and request validation as in the app.
import type { IpcMainInvokeEvent } from 'electron';
import { registerHandlers } from '../../electron/ipc/register';
import { APP_HOST, APP_SCHEME } from '../../electron/app-protocol';
import type { Handlers } from '../../shared/ipc';

export const APP_PAGE = `${APP_SCHEME}://${APP_HOST}/index.html`;

type IpcListener = (event: IpcMainInvokeEvent, request: unknown) => unknown;

/**
 * The handlers as the main process registers them (registerHandlers with a
 * stand-in ipcMain): each request passes the same sender check and request
 * validation as in the app before a handler sees it.
 */
export function mainProcessIpc(handlers: Handlers): (senderUrl: string, channel: string, request: unknown) => Promise<unknown> {
  const listeners = new Map<string, IpcListener>();
  registerHandlers({ handle: (channel: string, listener: IpcListener) => void listeners.set(channel, listener) }, handlers);
  return async (senderUrl, channel, request) => {
    const listener = listeners.get(channel);
    // What ipcRenderer.invoke answers for a channel nobody registered.
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    const event = { senderFrame: { url: senderUrl } } as unknown as IpcMainInvokeEvent;
    return listener(event, request);
  };
}


/** Invokes a channel as the app's own page does, through the main process's checks. */
export function appInvoke(handlers: Handlers): (channel: string, request: unknown) => Promise<unknown> {
  const ipc = mainProcessIpc(handlers);
  return (channel, request) => ipc(APP_PAGE, channel, request);
}
