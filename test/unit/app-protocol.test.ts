import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Protocol } from 'electron';
import {
  APP_ENTRY,
  contentTypeOf,
  CONTENT_SECURITY_POLICY,
  registerAppProtocol,
  registerAppScheme,
  resolveAppFile,
  serveAppRequest,
} from '../../electron/app-protocol';

let dir: string;
let root: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'app-protocol-'));
  root = path.join(dir, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>公文</title>');
  await writeFile(path.join(root, 'main.js'), 'console.log(1);');
  await writeFile(path.join(root, 'assets', 'style.css'), 'body{}');
  await writeFile(path.join(dir, 'secret.txt'), 'secret');
  await writeFile(path.join(dir, 'renderer-evil.txt'), 'sibling');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const inside = (file: string | null) => file === null || file.startsWith(path.resolve(root) + path.sep);

describe('resolveAppFile', () => {
  it('maps / to index.html', () => {
    expect(resolveAppFile('app://report/', root)).toBe(path.join(root, 'index.html'));
  });

  it('maps paths inside the folder, decoding them', () => {
    expect(resolveAppFile('app://report/index.html', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile('app://report/assets/style.css', root)).toBe(path.join(root, 'assets', 'style.css'));
    expect(resolveAppFile('app://report/assets/%E5%AD%97.woff2', root)).toBe(path.join(root, 'assets', '字.woff2'));
    expect(resolveAppFile('app://report/main.js?v=1#x', root)).toBe(path.join(root, 'main.js'));
  });

  it.each([
    'app://report/../secret.txt',
    'app://report/../../../../etc/passwd',
    'app://report/a/../../secret.txt',
    'app://report/%2e%2e/secret.txt',
    'app://report/%2e%2e%2fsecret.txt',
    'app://report/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
    'app://report/..%2f..%2fetc%2fpasswd',
    'app://report/..%5csecret.txt',
    'app://report/..\\secret.txt',
    'app://report/%2e%2e%2frenderer-evil.txt',
  ])('never resolves %s outside the folder', (url) => {
    expect(inside(resolveAppFile(url, root))).toBe(true);
  });

  it('refuses encoded traversal outright', () => {
    expect(resolveAppFile('app://report/%2e%2e%2fsecret.txt', root)).toBeNull();
    expect(resolveAppFile('app://report/..%2f..%2fetc%2fpasswd', root)).toBeNull();
    expect(resolveAppFile('app://report/%2e%2e%2frenderer-evil.txt', root)).toBeNull();
  });

  it('refuses another host', () => {
    expect(resolveAppFile('app://evil/index.html', root)).toBeNull();
    expect(resolveAppFile('app://report.evil/index.html', root)).toBeNull();
    expect(resolveAppFile('app://user@evil/index.html', root)).toBeNull();
  });

  it('refuses another scheme', () => {
    expect(resolveAppFile('file:///etc/passwd', root)).toBeNull();
    expect(resolveAppFile(`file://${path.join(root, 'index.html')}`, root)).toBeNull();
    expect(resolveAppFile('https://report/index.html', root)).toBeNull();
    expect(resolveAppFile('http://report/index.html', root)).toBeNull();
  });

  it('refuses NUL bytes, bad escapes and what is not a URL', () => {
    expect(resolveAppFile('app://report/index.html%00.js', root)).toBeNull();
    expect(resolveAppFile('app://report/%E0%A4%A', root)).toBeNull();
    expect(resolveAppFile('not a url', root)).toBeNull();
    expect(resolveAppFile('', root)).toBeNull();
  });

  it('treats a dot path like / (the URL parser normalizes it)', () => {
    expect(resolveAppFile('app://report/.', root)).toBe(path.join(root, 'index.html'));
  });
});

describe('serveAppRequest', () => {
  it('serves index.html with its content type, the CSP and nosniff', async () => {
    const response = await serveAppRequest(APP_ENTRY, root);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<!doctype html><title>公文</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves scripts and styles with their types and the CSP', async () => {
    const js = await serveAppRequest('app://report/main.js', root);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const css = await serveAppRequest('app://report/assets/style.css', root);
    expect(await css.text()).toBe('body{}');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers 404 for missing files, folders and traversal, never the file outside', async () => {
    for (const url of [
      'app://report/missing.js',
      'app://report/assets',
      'app://report/%2e%2e%2fsecret.txt',
      'app://report/../secret.txt',
      'app://other/index.html',
    ]) {
      const response = await serveAppRequest(url, root);
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('secret');
    }
  });
});

describe('contentTypeOf', () => {
  it('knows the types the build writes, case-insensitively, and falls back to octet-stream', () => {
    expect(contentTypeOf('a.HTML')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('f.woff2')).toBe('font/woff2');
    expect(contentTypeOf('x.svg')).toBe('image/svg+xml');
    expect(contentTypeOf('x.exe')).toBe('application/octet-stream');
    expect(contentTypeOf('noext')).toBe('application/octet-stream');
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/u);
      return [name!, sources] as const;
    }),
  );

  it('allows no eval and no inline code', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-hashes');
    expect(CONTENT_SECURITY_POLICY).not.toContain('wasm-unsafe-eval');
  });

  it('names no remote source', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*|blob:|file:/u);
    for (const sources of directives.values()) {
      for (const s of sources) expect(["'self'", "'none'", 'data:']).toContain(s);
    }
  });

  it('denies by default and restricts scripts, connections, objects and framing', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
  });
});

describe('registration', () => {
  it('registers app as a privileged standard, secure scheme', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol as unknown as Protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
  });

  it('handles the app scheme by serving from the folder', async () => {
    const protocol = { handle: vi.fn() };
    registerAppProtocol(protocol as unknown as Protocol, root);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const handler = protocol.handle.mock.calls[0]![1] as (request: { url: string }) => Promise<Response>;
    const response = await handler({ url: 'app://report/index.html' });
    expect(response.status).toBe(200);
    expect((await handler({ url: 'app://report/../secret.txt' })).status).toBe(404);
  });
});
