// Packaging checked in CI: `npm run dist:dir` without its build step (npm
// test has just built dist/, and rebuilding would pull it from under the other
// tests) packs the app around a placeholder Electron folder, offline. The
// app.asar it writes is listed and checked; its size is printed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFuses, writePlaceholderElectron } from '../../scripts/placeholder-electron';
import { openAsar, type AsarArchive } from '../support/asar';

const ROOT = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

let work: string;
let appDir: string;
let resources: string;
let asar: AsarArchive;

beforeAll(async () => {
  for (const f of ['dist/main.js', 'dist/preload.js', 'dist/renderer/index.html']) {
    if (!existsSync(path.join(ROOT, f))) throw new Error(`${f} missing: run \`npm run build\` first (npm test does)`);
  }
  work = mkdtempSync(path.join(os.tmpdir(), 'package-asar-'));
  const electronDist = await writePlaceholderElectron(path.join(work, 'electron'));
  const output = path.join(work, 'release');
  const run = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/electron-builder/cli.js'),
      '--dir',
      '--linux',
      '--x64',
      `-c.electronDist=${electronDist}`,
      `-c.directories.output=${output}`,
    ],
    { cwd: ROOT, encoding: 'utf8', timeout: 240_000, env: { ...process.env, CI: 'true' } },
  );
  if (run.status !== 0) throw new Error(`electron-builder --dir failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
  appDir = path.join(output, 'linux-unpacked');
  resources = path.join(appDir, 'resources');
  asar = openAsar(path.join(resources, 'app.asar'));
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const packed = () => asar.entries.filter((e) => !e.unpacked).map((e) => e.path);

function folderSize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

/** JavaScript text with its \u, \x and simple escapes decoded (esbuild writes non-ASCII escaped). */
function unescapeJs(source: string): string {
  return source.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[nrt"'\\])/gu, (_m, e: string) => {
    if (e.startsWith('u{')) return String.fromCodePoint(parseInt(e.slice(2, -1), 16));
    if (e.startsWith('u') || e.startsWith('x')) return String.fromCharCode(parseInt(e.slice(1), 16));
    return ({ n: '\n', r: '\r', t: '\t' } as Record<string, string>)[e] ?? e;
  });
}

function templateStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string' && value.trim()) out.push(value);
  else if (Array.isArray(value)) for (const v of value) templateStrings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) templateStrings(v, out);
  return out;
}

/** The production dependencies and everything they depend on. */
function productionClosure(): Set<string> {
  const seen = new Set<string>();
  const queue = Object.keys(pkg.dependencies);
  while (queue.length) {
    const name = queue.shift()!;
    if (seen.has(name)) continue;
    seen.add(name);
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    queue.push(...Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies }));
  }
  return seen;
}

describe('npm run dist:dir with a placeholder Electron', () => {
  it('writes app.asar, and prints its size', () => {
    const asarBytes = statSync(path.join(resources, 'app.asar')).size;
    const unpackedBytes = folderSize(path.join(resources, 'app.asar.unpacked'));
    console.log(
      `app.asar: ${(asarBytes / 1024).toFixed(0)} KiB, ${packed().length} files; ` +
        `app.asar.unpacked: ${(unpackedBytes / 1024).toFixed(0)} KiB, ${asar.entries.length - packed().length} files`,
    );
    expect(asarBytes).toBeGreaterThan(100 * 1024);
    expect(asarBytes).toBeLessThan(20 * 1024 * 1024);
  });

  it('holds the built main, preload and renderer, byte for byte', () => {
    for (const file of ['dist/main.js', 'dist/preload.js', 'dist/renderer/index.html', 'dist/renderer/app.js', 'dist/renderer/layout-worker.js', 'dist/renderer/app.css']) {
      expect(packed(), file).toContain(file);
      expect(asar.read(file).equals(readFileSync(path.join(ROOT, file))), file).toBe(true);
    }
  });

  it('holds nothing else of the project: no sources, source maps, tests or docs', () => {
    const own = packed().filter((p) => !p.startsWith('node_modules/'));
    expect(own.filter((p) => !p.startsWith('dist/') && p !== 'package.json')).toEqual([]);
    expect(own.filter((p) => p.endsWith('.map') || p.endsWith('.ts'))).toEqual([]);
  });

  it('carries every bundled template inside dist/main.js', () => {
    const main = unescapeJs(asar.read('dist/main.js').toString('utf8'));
    const dir = path.join(ROOT, 'resources/templates');
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const template = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { id: string; name: string };
      expect(main, `${file}: id`).toContain(`"${template.id}"`);
      for (const text of templateStrings(template)) expect(main, `${file}: ${text}`).toContain(text);
    }
  });

  it('has a package.json that starts dist/main.js and declares no devDependencies', () => {
    const manifest = JSON.parse(asar.read('package.json').toString('utf8')) as Record<string, unknown>;
    expect(manifest.main).toBe('dist/main.js');
    expect(manifest.productName).toBe('公文报告编辑器');
    expect(manifest.devDependencies ?? {}).toEqual({});
  });

  it('contains production dependencies only, no devDependencies', () => {
    const modules = new Set(
      asar.entries
        .map((e) => /^node_modules\/((?:@[^/]+\/)?[^/]+)\//u.exec(e.path)?.[1])
        .filter((m): m is string => m !== undefined),
    );
    expect([...modules]).toContain('better-sqlite3');
    const dev = Object.keys(pkg.devDependencies);
    expect([...modules].filter((m) => dev.includes(m))).toEqual([]);
    const closure = productionClosure();
    expect([...modules].filter((m) => !closure.has(m))).toEqual([]);
  });

  it("unpacks better-sqlite3's native binary for this platform, and only what it needs", () => {
    const natives = asar.entries.filter((e) => e.path.endsWith('.node'));
    expect(natives.map((e) => e.path)).toContain('node_modules/better-sqlite3/prebuilds/linux-x64.node');
    for (const n of natives) {
      expect(n.unpacked, n.path).toBe(true);
      expect(existsSync(path.join(resources, 'app.asar.unpacked', n.path)), n.path).toBe(true);
      expect(n.path, 'another platform or architecture').toMatch(/\/linux(musl)?-x64\.node$/u);
    }
    expect(asar.entries.filter((e) => /better-sqlite3\/(deps|src)\//u.test(e.path))).toEqual([]);
    expect(asar.entries.some((e) => e.path === 'node_modules/better-sqlite3/lib/index.js')).toBe(true);
  });

  it('flips the configured fuses in the packed executable', () => {
    const executable = readFileSync(path.join(appDir, 'gongwen-report-editor'));
    expect(readFuses(executable)).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('keeps only the Chinese and English Chromium locales, and writes no updater configuration', () => {
    expect(readdirSync(path.join(appDir, 'locales')).sort()).toEqual(['en-US.pak', 'zh-CN.pak']);
    expect(existsSync(path.join(resources, 'app-update.yml'))).toBe(false);
  });
});

describe('the placeholder Electron', () => {
  it('carries Electron’s default fuses until packaging flips them', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'placeholder-'));
    try {
      await writePlaceholderElectron(dir);
      expect(readFuses(readFileSync(path.join(dir, 'electron')))).toEqual({
        runAsNode: true,
        enableCookieEncryption: false,
        enableNodeOptionsEnvironmentVariable: true,
        enableNodeCliInspectArguments: true,
        enableEmbeddedAsarIntegrityValidation: false,
        onlyLoadAppFromAsar: false,
        loadBrowserProcessSpecificV8Snapshot: false,
        grantFileProtocolExtraPrivileges: true,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses an executable without a fuse wire', () => {
    expect(() => readFuses(Buffer.from('#!/bin/sh\n'))).toThrow(/no fuse wire/u);
  });
});
