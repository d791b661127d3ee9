// The security audit in npm test: electronegativity (offline) over the built
// main, preload and renderer and over their sources, with no high or medium
// finding; plus the CSP, which the tool rates only loosely.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/app-protocol';
import {
  AUDIT_EXCEPTIONS,
  auditSources,
  blockingIssues,
  EXCLUDED_CHECKS,
  formatIssues,
  runElectronegativity,
  type AuditReport,
} from '../../scripts/security-audit';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ELECTRON_VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
const SECURITY_DOC = path.join(ROOT, 'docs/security.md');

let built: AuditReport;
let sources: AuditReport;
let insecure: AuditReport;

beforeAll(async () => {
  for (const f of ['dist/main.js', 'dist/preload.js', 'dist/renderer/app.js', 'dist/renderer/index.html']) {
    if (!existsSync(path.join(ROOT, f))) throw new Error(`${f} missing: run \`npm run build\` first (npm test does)`);
  }
  [built, sources, insecure] = await Promise.all([
    runElectronegativity(path.join(ROOT, 'dist'), ELECTRON_VERSION, ROOT),
    auditSources(ROOT, ELECTRON_VERSION),
    runElectronegativity(path.join(ROOT, 'test/package/fixtures/insecure-app'), ELECTRON_VERSION, ROOT),
  ]);
}, 120_000);

describe('electronegativity', () => {
  it('finds the problems it exists to find (a deliberately insecure app)', () => {
    const found = new Set(insecure.issues.filter((i) => i.severity === 'HIGH' || i.severity === 'MEDIUM').map((i) => i.id));
    for (const id of ['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'WEB_SECURITY_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK', 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK']) {
      expect(found, id).toContain(id);
    }
  });

  it('reports no high or medium finding in the built main, preload and renderer', () => {
    expect(built.checks).toBeGreaterThanOrEqual(40);
    expect(built.errors, JSON.stringify(built.errors)).toEqual([]);
    const blocking = blockingIssues(built);
    expect(blocking, formatIssues(blocking)).toEqual([]);
  });

  it('reports no high or medium finding in the sources of main, preload and renderer', () => {
    // The bundle hides `new BrowserWindow` behind esbuild's import_electron
    // namespace, so the window checks only bite on the sources.
    expect(sources.errors, JSON.stringify(sources.errors)).toEqual([]);
    const blocking = blockingIssues(sources);
    expect(blocking, formatIssues(blocking)).toEqual([]);
    const files = new Set(sources.issues.map((i) => i.file));
    expect([...files].every((f) => f === 'N/A' || !f.startsWith('/')), [...files].join(', ')).toBe(true);
  });

  it('documents every exception, excluded check and low finding in docs/security.md', () => {
    const doc = readFileSync(SECURITY_DOC, 'utf8');
    for (const e of AUDIT_EXCEPTIONS) expect(doc, e.id).toContain(e.id);
    for (const check of EXCLUDED_CHECKS) expect(doc, check).toContain(check);
    for (const issue of [...built.issues, ...sources.issues]) expect(doc, issue.id).toContain(issue.id);
  });
});

/** Directive name to its source list. */
function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/u);
    if (name) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

function metaCsp(html: string): string {
  const match = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/iu.exec(html);
  if (!match) throw new Error('index.html has no CSP meta tag');
  return match[1]!;
}

describe.each([
  ['the app:// protocol header', () => CONTENT_SECURITY_POLICY],
  ['the built index.html', () => metaCsp(readFileSync(path.join(ROOT, 'dist/renderer/index.html'), 'utf8'))],
])('the Content-Security-Policy of %s', (_name, policy) => {
  it('defaults to nothing and allows no eval, no inline script and no plug-ins', () => {
    const csp = parseCsp(policy());
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('object-src') ?? csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(policy()).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-inline|unsafe-hashes|strict-dynamic|nonce-|sha(256|384|512)-/u);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('connect-src')).toEqual(["'none'"]);
  });

  it('names no remote source: only the app itself and data: images', () => {
    for (const [directive, sources] of parseCsp(policy())) {
      for (const source of sources) {
        const allowed = ["'none'", "'self'"].includes(source) || (directive === 'img-src' && source === 'data:');
        expect(allowed, `${directive} ${source}`).toBe(true);
      }
    }
  });
});
