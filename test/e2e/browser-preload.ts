// The browser twin of electron/preload.ts: the same Bridge, but invoking the
// handlers the test exposed with Playwright's exposeBinding. Menu commands
// arrive as DOM events the test dispatches.
import { isChannel, type Bridge, type MenuCommand } from '../../shared/ipc';
import { MENU_EVENT } from '../support/menu-event';

declare global {
  interface Window {
    __reportIpc: (channel: string, request: unknown) => Promise<never>;
  }
}

const bridge = {
  invoke: (channel, request) =>
    isChannel(channel) ? window.__reportIpc(channel, request) : Promise.reject(new Error(`unknown channel ${channel}`)),
  onMenuCommand: (listener) => {
    const forward = (event: Event) => listener((event as CustomEvent<MenuCommand>).detail);
    window.addEventListener(MENU_EVENT, forward);
    return () => window.removeEventListener(MENU_EVENT, forward);
  },
} satisfies Bridge;

window.reportApi = bridge;
