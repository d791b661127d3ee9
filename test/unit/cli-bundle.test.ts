// The built command line, dist/cli.js, as IT runs it: whole processes. Start-up
// loads only what the command needs: --help none of the export, import, check
// or database modules; each command its own (the build's metafile says which
// modules a chunk holds; a preloaded hook records the chunks loaded).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const HOOK = path.join(ROOT, 'test/support/record-loads.mjs');
const FIXTURES = path.join(ROOT, 'test/fixtures/import');
const HEAVY = ['node_modules/docx/', 'node_modules/pdfkit/', 'node_modules/fontkit/', 'node_modules/fflate/', 'electron/export/', 'electron/import/', 'electron/store/', 'shared/checks/', 'shared/layout/'];

let work: string;
let meta: { outputs: Record<string, { inputs: Record<string, unknown> }> };

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js missing: run `npm run build` first (npm test does)');
  work = mkdtempSync(path.join(os.tmpdir(), 'cli-bundle-'));
  meta = JSON.parse(readFileSync(path.join(ROOT, 'dist/cli/meta.json'), 'utf8')) as typeof meta;
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the CLI; returns its output and the source modules and packages of every file it loaded. */
function run(...argv: string[]) {
  const record = path.join(work, `loads-${Math.random().toString(36).slice(2)}.txt`);
  const result = spawnSync(process.execPath, ['--import', HOOK, CLI, ...argv], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, RECORD_LOADS: record },
  });
  const urls = existsSync(record) ? readFileSync(record, 'utf8').trim().split('\n') : [];
  const files = urls.filter((u) => u.startsWith('file:')).map((u) => path.relative(ROOT, new URL(u).pathname).split(path.sep).join('/'));
  const modules = files.flatMap((f) => (meta.outputs[f] ? Object.keys(meta.outputs[f].inputs) : [f]));
  return { ...result, modules };
}

const loadsAny = (modules: string[], prefixes: readonly string[]) => prefixes.filter((p) => modules.some((m) => m.startsWith(p)));

describe('node dist/cli.js', () => {
  it('prints the help, loading none of the modules a command needs', () => {
    const { status, stdout, modules } = run('--help');
    expect(status).toBe(0);
    expect(stdout).toContain('用法');
    expect(stdout).toContain('node dist/cli.js format');
    expect(modules).toContain('electron/cli/run.ts');
    expect(loadsAny(modules, HEAVY)).toEqual([]);
    expect(modules.filter((m) => m.includes('better-sqlite3'))).toEqual([]);
  });

  it('loads the export modules for export, and not the database', () => {
    const draft = path.join(work, 'draft.json');
    expect(run('new', '--template', 'rule-of-law-annual', '-o', draft, '--year', '2025').status).toBe(0);
    const { status, stderr, modules } = run('export', draft, '-o', path.join(work, 'report.docx'));
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(loadsAny(modules, HEAVY)).toEqual(expect.arrayContaining(['node_modules/docx/', 'electron/export/']));
    expect(loadsAny(modules, ['node_modules/pdfkit/', 'electron/store/', 'shared/checks/'])).toEqual([]);
    expect(modules.filter((m) => m.includes('better-sqlite3'))).toEqual([]);
  });

  it('opens the database with the installed better-sqlite3 for library', () => {
    const { status, stdout, modules } = run('library', 'list', '--data-dir', path.join(work, 'data'));
    expect(status).toBe(0);
    expect(stdout).toContain('文稿库中没有文稿');
    expect(modules.some((m) => m.startsWith('node_modules/better-sqlite3/'))).toBe(true);
  });

  it('exports a PDF from the bundle (pdfkit with its standard fonts bundled)', () => {
    const draft = path.join(work, 'pdf.json');
    expect(run('new', '--template', 'rule-of-law-annual', '-o', draft, '--year', '2025').status).toBe(0);
    const { status, stderr } = run('export', draft, '-o', path.join(work, 'report.pdf'));
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(readFileSync(path.join(work, 'report.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('formats a folder and exits 1 with the failed file named', () => {
    const { status, stdout, stderr } = run('format', FIXTURES, path.join(ROOT, 'package.json'), '-o', path.join(work, 'out'));
    expect(status).toBe(1);
    expect(stdout).toContain('county-bureau-annual-2023.docx → ');
    expect(stderr).toContain('package.json 失败');
  });
});
