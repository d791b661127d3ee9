// The offline guarantee, checked on what ships: the built bundle (npm test
// builds dist/ before vitest runs) must contain no code that opens a network
// connection. The rules live in scripts/offline-scan.ts.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatFindings, MARKUP_RULES, NETWORK_RULES, scanText } from '../../scripts/offline-scan';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCRIPTS = ['dist/main.js', 'dist/preload.js', 'dist/renderer/app.js', 'dist/renderer/layout-worker.js'];
const MARKUP = ['dist/renderer/index.html', 'dist/renderer/app.css'];
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

beforeAll(() => {
  const missing = [...SCRIPTS, ...MARKUP].filter((f) => !existsSync(path.join(ROOT, f)));
  if (missing.length) throw new Error(`${missing.join(', ')} missing: run \`npm run build\` first (npm test does)`);
});

describe('the built bundle', () => {
  it.each(SCRIPTS)('%s contains no code that opens a network connection', (file) => {
    const findings = scanText(read(file), file);
    expect(findings, formatFindings(findings)).toEqual([]);
  });

  it.each(MARKUP)('%s loads nothing from another host', (file) => {
    const findings = scanText(read(file), file, MARKUP_RULES);
    expect(findings, formatFindings(findings)).toEqual([]);
  });

  it('is scanned in full: the library text the rules are written around is really there', () => {
    // Otherwise a clean scan could mean the bundle is empty or minified past recognition.
    const main = read('dist/main.js');
    const app = read('dist/renderer/app.js');
    expect(main).toContain('http://schemas.openxmlformats.org/'); // docx: XML namespaces
    expect(main).toMatch(/require\("electron"\)/u);
    expect(app).toMatch(/fetchPriority/u); // React DOM: an <img>/<link> attribute name
    expect(app).toMatch(/dns-prefetch/u); // React DOM: its prefetchDNS() hint, never called
    expect(app).toContain('http://www.w3.org/2000/svg'); // React DOM: namespace URI
    expect(read('dist/preload.js')).toContain('exposeInMainWorld');
  });
});

/** Code each rule must catch: a new rule needs samples here. */
const CAUGHT: Record<string, string[]> = {
  'node-network-module': [
    'var h = require("https");',
    "const n = require('node:net')",
    'import http from "http";',
    'const d = await import("node:dns/promises")',
    'require("tls")',
    'require(`dgram`)',
    'require("http2")',
    'require("undici")',
    'require("electron-updater")',
  ],
  'fetch-call': ['fetch("https://example.com/x")', 'await fetch(url)', 'window.fetch(u)', 'globalThis.fetch', 'const r=fetch (a)'],
  xhr: ['var x = new XMLHttpRequest();', 'x instanceof XMLHttpRequest'],
  websocket: ['new WebSocket("wss://example.com")', 'new WebSocketStream(u)'],
  'event-source': ['new EventSource("/events")'],
  beacon: ['navigator.sendBeacon("https://t.example/", data)'],
  webrtc: ['new RTCPeerConnection()', 'new WebTransport(u)'],
  'resource-hint-call': ['ReactDOM.preconnect("https://cdn.example")', 'Xe.prefetchDNS("https://x")'],
  'electron-net': ['net.request({ url })', 'const r = import_electron.net.fetch(u)', 'const { app, net } = require("electron")', 'import_electron2.net'],
  'auto-updater': ['import_electron.autoUpdater.checkForUpdates()', 'const { autoUpdater } = require("electron-updater")'],
  'crash-reporter': ['import_electron.crashReporter.start({ submitURL })'],
  'download-url': ['win.webContents.downloadURL(u)'],
  'open-external-web': ['shell.openExternal("https://example.com")', 'import_electron.shell.openExternal(url)', 'openExternal(`http://${host}`)'],
  'load-remote-url': ['win.loadURL("https://example.com/")', "w.loadURL('http://localhost:5173')"],
  'remote-src': ['<script src="https://cdn.example/x.js"></script>', '<link href="//fonts.example/x.css">', '<img src=http://x/y.png>'],
  'remote-css': ['@font-face{src:url(https://fonts.example/a.woff2)}', '@import url("//cdn.example/x.css");', '@import "https://x/y.css";'],
};

/**
 * Allowances: constructs in the bundled libraries (and the app) that look like
 * networking but open no connection. Each says why.
 */
const ALLOWED: [string, string][] = [
  // docx: OOXML relationship types and XML namespaces are identifiers written into the .docx.
  ['relationships.addRelationship(1, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "styles.xml")', 'docx relationship type'],
  ['<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">', 'docx namespaces'],
  // docx / React: error messages that link to documentation are text, not requests.
  ['throw new Error("Level cannot be greater than 9. Read more here: https://docx.js.org/")', 'docs link in an error'],
  ['function z(e){var t="https://react.dev/errors/"+e;', 'React error decoder URL, only printed'],
  // React DOM: attribute names and the definitions of resource-hint functions (the calls are caught).
  ['fetchPriority:typeof t.fetchPriority=="string"?t.fetchPriority:void 0', 'React: fetchPriority attribute'],
  ['Nt.prefetchDNS=function(e){typeof e=="string"&&Mt.d.D(e)};Nt.preconnect=function(e,t){}', 'React: hint functions defined, not called'],
  ['function g2(e){xu.D(e),F1("dns-prefetch",e,null)}', 'React: the hint implementation'],
  ['a=i.createElementNS("http://www.w3.org/2000/svg",l)', 'React: SVG namespace'],
  ['hu(e,"http://www.w3.org/1999/xlink","xlink:href",u)', 'React: XLink namespace'],
  // The app itself: its own protocol, and words in Chinese strings.
  ["win.loadURL('app://report/index.html')", 'the app page on its own protocol'],
  ['const message = "离线使用，不连接任何网络。"', 'a sentence about the network'],
  ['shell.openExternal("file:///home/clerk/report.docx")', 'a local file (the rule names only web addresses)'],
  ['prefetched.fetchSize = 3; refetch(x); obj.fetch(y)', 'other identifiers and methods named fetch'],
];

describe('the network rules', () => {
  it('have samples for every rule', () => {
    expect(Object.keys(CAUGHT).sort()).toEqual([...NETWORK_RULES, ...MARKUP_RULES].map((r) => r.id).sort());
  });

  it.each(Object.entries(CAUGHT))('%s catches its samples', (id, samples) => {
    const rules = [...NETWORK_RULES, ...MARKUP_RULES].filter((r) => r.id === id);
    for (const sample of samples) expect(scanText(sample, 'sample.js', rules).map((f) => f.rule), sample).toEqual([id]);
  });

  it.each(ALLOWED)('allow %s (%s)', (code) => {
    const findings = scanText(code, 'sample.js', [...NETWORK_RULES, ...MARKUP_RULES]);
    expect(findings, formatFindings(findings)).toEqual([]);
  });

  it('reports the file, line and an excerpt', () => {
    const [finding] = scanText('a();\nb();\nvar s = new WebSocket(u);\n', 'dist/main.js');
    expect(finding).toMatchObject({ rule: 'websocket', file: 'dist/main.js', line: 3 });
    expect(finding!.excerpt).toContain('new WebSocket(u)');
    expect(finding!.why).toMatch(/[\u4e00-\u9fff]/u);
  });
});
