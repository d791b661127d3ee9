// Runs @doyensec/electronegativity without touching the network and prints
// its findings as JSON. The tool makes two lookups on the Internet: updated
// translations of its messages (it falls back to the bundled English) and
// the list of Electron releases for AvailableSecurityFixesGlobalCheck (which
// the audit excludes: Electron is pinned in package-lock.json and upgraded
// deliberately). Its HTTP client `got` is replaced by one that answers
// "offline" at once, so the audit behaves the same with or without a network.
//   node scripts/electronegativity-offline.cjs <input> [electronVersion] [excludedChecks,...]
'use strict';
const Module = require('node:module');

const originalLoad = Module._load;
Module._load = function load(request, parent, isMain) {
  if (request === 'got') {
    const offline = () => Promise.reject(new Error('offline: electronegativity runs without network'));
    return Object.assign(offline, { default: offline, get: offline });
  }
  return originalLoad.call(this, request, parent, isMain);
};

const [input, electronVersion, excluded = ''] = process.argv.slice(2);
if (!input) {
  console.error('用法：node scripts/electronegativity-offline.cjs <输入目录或文件> [Electron 版本] [排除的检查,...]');
  process.exit(2);
}

// The tool reports progress with console.log; stdout carries only the JSON.
console.log = (...args) => console.error(...args);

const run = require('@doyensec/electronegativity/dist/runner.js');
run({
  input,
  electronVersionOverride: electronVersion || undefined,
  excludeFromScan: excluded.split(',').filter(Boolean),
  isRelative: true,
  severitySet: 'informational',
  confidenceSet: 'tentative',
})
  .then((result) => {
    const issues = result.issues.map((i) => ({
      id: i.id,
      severity: i.severity.name,
      confidence: i.confidence.name,
      file: i.file,
      line: i.location.line,
      column: i.location.column,
      sample: String(i.sample ?? '').slice(0, 300),
      description: i.description,
    }));
    process.stdout.write(
      JSON.stringify({ checks: result.globalChecks + result.atomicChecks, errors: result.errors, issues }, null, 2) + '\n',
    );
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
