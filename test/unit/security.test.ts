import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { hardenSession, hardenWebContents, isAllowedRequest, secureWebPreferences } from '../../electron/security';

type Listener = (...args: unknown[]) => void;

function fakeSession() {
  const listeners = new Map<string, Listener>();
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    setSpellCheckerEnabled: vi.fn(),
    on: vi.fn((event: string, listener: Listener) => listeners.set(event, listener)),
    webRequest: { onBeforeRequest: vi.fn() },
  };
  return { session, listeners, asSession: session as unknown as Session };
}

function fakeContents() {
  const listeners = new Map<string, Listener>();
  const contents = {
    on: vi.fn((event: string, listener: Listener) => listeners.set(event, listener)),
    setWindowOpenHandler: vi.fn(),
  };
  return { contents, listeners, asContents: contents as unknown as WebContents };
}

describe('hardenSession', () => {
  it('denies every permission request', () => {
    const { session, asSession } = fakeSession();
    hardenSession(asSession);
    expect(session.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
    const handler = session.setPermissionRequestHandler.mock.calls[0]![0] as (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      handler({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    }
  });

  it('answers every permission check with false', () => {
    const { session, asSession } = fakeSession();
    hardenSession(asSession);
    const check = session.setPermissionCheckHandler.mock.calls[0]![0] as (...args: unknown[]) => boolean;
    expect(check({}, 'media', 'app://report', {})).toBe(false);
    expect(check(null, 'clipboard-sanitized-write', 'app://report', {})).toBe(false);
    const device = session.setDevicePermissionHandler.mock.calls[0]![0] as (...args: unknown[]) => boolean;
    expect(device({ deviceType: 'usb' })).toBe(false);
  });

  it('cancels every request that leaves the app, and lets its own files through', () => {
    const { session, asSession } = fakeSession();
    hardenSession(asSession);
    expect(session.webRequest.onBeforeRequest).toHaveBeenCalledTimes(1);
    const [filter, listener] = session.webRequest.onBeforeRequest.mock.calls[0]! as [
      { urls: string[] },
      (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void,
    ];
    expect(filter.urls).toEqual(['<all_urls>']);
    const cancelled = (url: string) => {
      const callback = vi.fn();
      listener({ url }, callback);
      expect(callback).toHaveBeenCalledTimes(1);
      return (callback.mock.calls[0]![0] as { cancel: boolean }).cancel;
    };
    for (const url of [
      'https://example.com/',
      'http://example.com/x.js',
      'http://localhost:3000/',
      'http://127.0.0.1/',
      'file:///etc/passwd',
      'ws://localhost:8080/',
      'wss://example.com/socket',
      'ftp://example.com/',
      'chrome://settings',
    ]) {
      expect(cancelled(url), url).toBe(true);
    }
    expect(cancelled('app://report/index.html')).toBe(false);
    expect(cancelled('app://report/assets/main.js')).toBe(false);
  });

  it('turns the spell checker off and refuses downloads', () => {
    const { session, listeners, asSession } = fakeSession();
    hardenSession(asSession);
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledExactlyOnceWith(false);
    const event = { preventDefault: vi.fn() };
    listeners.get('will-download')!(event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('isAllowedRequest', () => {
  it('allows only the app scheme (and DevTools, data: images)', () => {
    expect(isAllowedRequest('app://report/index.html')).toBe(true);
    expect(isAllowedRequest('https://app://report')).toBe(false);
    expect(isAllowedRequest('application://x')).toBe(false);
    expect(isAllowedRequest('')).toBe(false);
  });
});

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-redirect', 'will-attach-webview'])('prevents %s', (name) => {
    const { listeners, asContents } = fakeContents();
    hardenWebContents(asContents);
    const listener = listeners.get(name);
    expect(listener, name).toBeDefined();
    const event = { preventDefault: vi.fn() };
    listener!(event, 'https://example.com/');
    expect(event.preventDefault).toHaveBeenCalledTimes(1);
  });

  it('denies opening any window', () => {
    const { contents, asContents } = fakeContents();
    hardenWebContents(asContents);
    const handler = contents.setWindowOpenHandler.mock.calls[0]![0] as (details: { url: string }) => { action: string };
    expect(handler({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'app://report/index.html' })).toEqual({ action: 'deny' });
  });
});

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the renderer, with no Node and no spell checking', () => {
    const prefs = secureWebPreferences('/app/dist/preload.js');
    expect(prefs).toMatchObject({
      preload: '/app/dist/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      spellcheck: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(prefs).not.toHaveProperty('enableRemoteModule');
    expect(prefs.experimentalFeatures).not.toBe(true);
  });
});
