// npm run audit: the security audit (electronegativity over dist/ and the
// sources) and the offline scan of the bundle, printed for people. Exits 1 on
// any high or medium finding or any network code. Run `npm run build` first.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatFindings, MARKUP_RULES, scanText } from './offline-scan';
import { auditSources, blockingIssues, formatIssues, runElectronegativity } from './security-audit';

const root = path.resolve(import.meta.dirname, '..');
const electron = JSON.parse(await readFile(path.join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string };

let failed = false;
for (const [name, report] of [
  ['dist/', await runElectronegativity(path.join(root, 'dist'), electron.version, root)],
  ['源代码', await auditSources(root, electron.version)],
] as const) {
  const blocking = blockingIssues(report);
  console.log(`安全审计（${name}）：${report.checks} 项检查，发现 ${report.issues.length} 项，其中高/中风险 ${blocking.length} 项`);
  if (report.issues.length) console.log(formatIssues(report.issues));
  for (const e of report.errors) console.log(`无法解析 ${e.file}：${e.message}`);
  if (blocking.length || report.errors.some((e) => !e.tolerable)) failed = true;
}

const files: [string, boolean][] = [
  ['dist/main.js', false],
  ['dist/preload.js', false],
  ['dist/renderer/app.js', false],
  ['dist/renderer/index.html', true],
  ['dist/renderer/app.css', true],
];
for (const [file, markup] of files) {
  const text = await readFile(path.join(root, file), 'utf8');
  const findings = markup ? scanText(text, file, MARKUP_RULES) : scanText(text, file);
  console.log(`离线检查 ${file}：${findings.length ? formatFindings(findings) : '没有联网代码'}`);
  if (findings.length) failed = true;
}
process.exit(failed ? 1 : 0);
