// The browser twin of electron/preload.ts: the same Bridge, but invoking the
// handlers the test exposed with Playwright's exposeBinding. Menu commands
// arrive as DOM events the test dispatches. Requests and answers cross the
// binding as JSON text: the browser's JSON is native code, as Electron's
// structured clone is, where Playwright's own serializer is JavaScript on the
// page's thread (a 200,000-character draft's save cost it ~80 ms, a long task
// the app never has). JSON drops object keys whose value is undefined, which
// structured clone would keep.
import { isChannel, type Bridge, type MenuCommand } from '../../shared/ipc';
import { MENU_EVENT } from '../support/menu-event';

declare global {
  interface Window {
    __reportIpc: (channel: string, request: string) => Promise<string>;
  }
}

const bridge = {
  invoke: (channel, request) =>
    isChannel(channel)
      ? window.__reportIpc(channel, JSON.stringify({ v: request })).then((answer) => (JSON.parse(answer) as { v?: never }).v as never)
      : Promise.reject(new Error(`unknown channel ${channel}`)),
  onMenuCommand: (listener) => {
    const forward = (event: Event) => listener((event as CustomEvent<MenuCommand>).detail);
    window.addEventListener(MENU_EVENT, forward);
    return () => window.removeEventListener(MENU_EVENT, forward);
  },
} satisfies Bridge;

window.reportApi = bridge;
