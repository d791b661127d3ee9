// Finds code in the built bundle that could open a network connection. The
// rules match how code *uses* the network (a module loaded, an API called or
// constructed), not words that merely appear in libraries: docx writes XML
// namespace and relationship URIs such as "http://schemas.openxmlformats.org/…"
// (identifiers inside the .docx, never fetched), React DOM names the
// `fetchPriority` attribute and defines `preconnect`/`prefetchDNS` resource
// hints (requests only if the app calls them, which the rules catch), and
// error messages link to documentation. test/unit/offline-bundle.test.ts runs
// these rules over dist/ and checks each rule and each allowance on samples.

export interface NetworkRule {
  id: string;
  pattern: RegExp;
  /** What the match does, in Chinese, for the report. */
  why: string;
}

const NODE_NET_MODULES = ['net', 'http', 'https', 'http2', 'tls', 'dgram', 'dns', 'dns/promises', 'undici', 'electron-updater'];
const modules = NODE_NET_MODULES.map((m) => m.replace('/', '\\/')).join('|');

export const NETWORK_RULES: readonly NetworkRule[] = [
  {
    id: 'node-network-module',
    pattern: new RegExp(`(?:require\\s*\\(\\s*|\\bfrom\\s*|\\bimport\\s*\\(\\s*)["'\`](?:node:)?(?:${modules})["'\`]`, 'gu'),
    why: '加载了 Node.js 网络模块',
  },
  { id: 'fetch-call', pattern: /(?<![\w$.])fetch\s*\(|\b(?:window|self|globalThis|global)\.fetch\b/gu, why: '调用 fetch 发起网络请求' },
  { id: 'xhr', pattern: /\bXMLHttpRequest\b/gu, why: '使用 XMLHttpRequest' },
  { id: 'websocket', pattern: /\bWebSocket(?:Stream)?\b/gu, why: '使用 WebSocket' },
  { id: 'event-source', pattern: /\bEventSource\b/gu, why: '使用 EventSource（服务器推送）' },
  { id: 'beacon', pattern: /\bsendBeacon\b/gu, why: '使用 navigator.sendBeacon' },
  { id: 'webrtc', pattern: /\b(?:RTCPeerConnection|WebTransport)\b/gu, why: '使用 WebRTC / WebTransport' },
  { id: 'resource-hint-call', pattern: /\.(?:preconnect|prefetchDNS)\s*\(/gu, why: '调用 React 的网络预连接' },
  {
    id: 'electron-net',
    pattern: /\bnet\.(?:request|fetch)\s*\(|\bimport_electron\d*\.net\b|\{[^{}]*\bnet\b[^{}]*\}\s*=\s*require\(\s*["']electron["']\s*\)/gu,
    why: '使用 Electron 的 net 模块',
  },
  { id: 'auto-updater', pattern: /\bautoUpdater\b/gu, why: '使用自动更新（会连接更新服务器）' },
  { id: 'crash-reporter', pattern: /\bcrashReporter\b/gu, why: '崩溃报告会上传到服务器' },
  { id: 'download-url', pattern: /\bdownloadURL\s*\(/gu, why: '从网址下载文件' },
  {
    id: 'open-external-web',
    pattern: /\bopenExternal\s*\(\s*(?!["'`]file:)/gu,
    why: '用系统浏览器打开网址（本机文件请用 shell.openPath / showItemInFolder）',
  },
  { id: 'load-remote-url', pattern: /\bloadURL\s*\(\s*["'`](?:https?|wss?|ftp):/gu, why: '窗口加载远程网址' },
];

/** Rules for the page and its stylesheet: nothing may come from another host. */
export const MARKUP_RULES: readonly NetworkRule[] = [
  { id: 'remote-src', pattern: /\b(?:src|href|action|poster|data)\s*=\s*["']?\s*(?:(?:https?|wss?|ftp):)?\/\//giu, why: '页面引用了远程资源' },
  { id: 'remote-css', pattern: /(?:url\(\s*["']?\s*(?:(?:https?|ftp):)?\/\/|@import\s+(?:url\()?\s*["']?(?:https?:)?\/\/)/giu, why: '样式表引用了远程资源' },
];

export interface NetworkFinding {
  rule: string;
  why: string;
  file: string;
  line: number;
  excerpt: string;
}

export function scanText(text: string, file: string, rules: readonly NetworkRule[] = NETWORK_RULES): NetworkFinding[] {
  const findings: NetworkFinding[] = [];
  for (const rule of rules) {
    for (const match of text.matchAll(new RegExp(rule.pattern.source, rule.pattern.flags.includes('g') ? rule.pattern.flags : `${rule.pattern.flags}g`))) {
      const at = match.index ?? 0;
      const line = text.slice(0, at).split('\n').length;
      const excerpt = text.slice(Math.max(0, at - 40), at + match[0].length + 40).replace(/\s+/gu, ' ');
      findings.push({ rule: rule.id, why: rule.why, file, line, excerpt });
    }
  }
  return findings;
}

export function formatFindings(findings: readonly NetworkFinding[]): string {
  return findings.map((f) => `${f.file}:${f.line} [${f.rule}] ${f.why}: …${f.excerpt}…`).join('\n');
}
