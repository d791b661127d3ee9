// Security defaults: nothing leaves the machine, nothing navigates away,
// nothing opens a window, no permission is ever granted.
import type { Session, WebContents, WebPreferences } from 'electron';
import { APP_SCHEME } from './app-protocol';

export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // Middle-click would open links in new windows; there are none to open.
    disableBlinkFeatures: 'Auxclick',
  };
}

/** The only requests allowed out of the renderer: the app's own files (and DevTools). */
export function isAllowedRequest(url: string): boolean {
  return url.startsWith(`${APP_SCHEME}://`) || url.startsWith('devtools://') || url.startsWith('data:');
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler?.(() => false);
  session.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url) });
  });
  session.setSpellCheckerEnabled(false);
  session.on('will-download', (event) => event.preventDefault());
}

export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
