// Registers the handlers object with ipcMain, answering only the app's own
// page, and only requests shaped as the contract says (validate.ts).
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS, type Handlers } from '../../shared/ipc';
import { fail } from '../../shared/result';
import { APP_HOST, APP_SCHEME } from '../app-protocol';
import { validate } from './validate';

export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const url = event.senderFrame?.url ?? '';
  // The app's own origin only: app://report/, not any host on the app scheme.
  return url.startsWith(`${APP_SCHEME}://${APP_HOST}/`);
}

export function registerHandlers(ipcMain: Pick<IpcMain, 'handle'>, handlers: Handlers): void {
  for (const channel of CHANNELS) {
    const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
    ipcMain.handle(channel, (event, request: unknown) => {
      if (!isTrustedSender(event)) return fail('forbidden', '请求来源不可信，已拒绝。');
      const checked = validate(channel, request);
      if (!checked.ok) return fail(checked.code, checked.message);
      return handler(checked.request);
    });
  }
}
