import { describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { isTrustedSender, registerHandlers } from '../../electron/ipc/register';
import { CHANNELS, type Channel, type Handlers } from '../../shared/ipc';
import { ok, type Result } from '../../shared/result';

type Listener = (event: Pick<IpcMainInvokeEvent, 'senderFrame'>, request: unknown) => Promise<Result<unknown>> | Result<unknown>;

function setup() {
  const registered = new Map<string, Listener>();
  const ipcMain = { handle: vi.fn((channel: string, listener: Listener) => void registered.set(channel, listener)) };
  const handlers = Object.fromEntries(
    CHANNELS.map((c) => [c, vi.fn(async (request: unknown) => ok({ channel: c, request }))]),
  ) as unknown as Record<Channel, ReturnType<typeof vi.fn>>;
  registerHandlers(ipcMain as never, handlers as unknown as Handlers);
  return { ipcMain, registered, handlers };
}

const from = (url: string | undefined) => ({ senderFrame: url === undefined ? null : { url } }) as unknown as IpcMainInvokeEvent;

describe('registerHandlers', () => {
  it('registers exactly the channels of the contract, once each', () => {
    const { ipcMain } = setup();
    const channels = ipcMain.handle.mock.calls.map((c) => c[0]);
    expect(channels).toEqual([...CHANNELS]);
    expect(new Set(channels).size).toBe(CHANNELS.length);
  });

  it('passes a request from the app page to its handler and returns the result', async () => {
    const { registered, handlers } = setup();
    const request = { id: 'abc' };
    const result = await registered.get('drafts:open')!(from('app://report/index.html'), request);
    expect(result).toEqual({ ok: true, value: { channel: 'drafts:open', request } });
    expect(handlers['drafts:open']).toHaveBeenCalledExactlyOnceWith(request);
    for (const c of CHANNELS) if (c !== 'drafts:open') expect(handlers[c]).not.toHaveBeenCalled();
  });

  it.each([
    'https://example.com/',
    'http://localhost:5173/index.html',
    'file:///app/dist/renderer/index.html',
    'devtools://devtools/bundled/inspector.html',
    'about:blank',
    '',
    'data:text/html,<script>',
    'app://evil/index.html',
    'https://app://report/',
  ])('refuses a sender frame on %j with forbidden, without calling the handler', async (url) => {
    const { registered, handlers } = setup();
    for (const channel of CHANNELS) {
      const result = await registered.get(channel)!(from(url), { id: 'x' });
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect((result as { error: { message: string } }).error.message).toMatch(/[\u4e00-\u9fff]/u);
    }
    for (const channel of CHANNELS) expect(handlers[channel]).not.toHaveBeenCalled();
  });

  it('refuses a request whose frame is gone', async () => {
    const { registered, handlers } = setup();
    expect(await registered.get('drafts:list')!(from(undefined), null)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(handlers['drafts:list']).not.toHaveBeenCalled();
  });
});

describe('isTrustedSender', () => {
  it('trusts only the app page', () => {
    expect(isTrustedSender(from('app://report/index.html'))).toBe(true);
    expect(isTrustedSender(from('app://report/'))).toBe(true);
    expect(isTrustedSender(from('file:///index.html'))).toBe(false);
    expect(isTrustedSender(from(undefined))).toBe(false);
  });
});
