// The packaging configuration, as electron-builder itself loads and validates
// it (extends resolved): installers, fuses, native module handling, icons.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'app-builder-lib';
import { DebugLogger } from 'builder-util';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseIco, pngSize } from '../../scripts/ico';

const ROOT = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { productName: string; scripts: Record<string, string> };

let main: Configuration;
let silent: Configuration;

async function load(file: string): Promise<Configuration> {
  const config = await getConfig(ROOT, path.join(ROOT, file), null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

beforeAll(async () => {
  [main, silent] = await Promise.all([load('electron-builder.yml'), load('electron-builder.silent.yml')]);
});

type Target = { target: string; arch?: string[] };
const targets = (value: unknown): Target[] => (value as Target[]).map((t) => ({ target: t.target, arch: t.arch }));

describe('electron-builder.yml', () => {
  it('names the application: id, Chinese product name, ASCII executable', () => {
    expect(main.appId).toBe('cn.gov.report-editor');
    expect(main.productName).toBe('公文报告编辑器');
    expect(pkg.productName).toBe(main.productName);
    expect(main.executableName).toMatch(/^[a-z0-9-]+$/u);
  });

  it('builds an NSIS x64 installer and a portable .exe for Windows', () => {
    expect(targets(main.win!.target)).toEqual([
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ]);
  });

  it('makes the NSIS installer an assisted one: per-user or per-machine, folder of choice', () => {
    expect(main.nsis).toMatchObject({ oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true });
    expect(main.nsis!.shortcutName).toBe('公文报告编辑器');
  });

  it('never deletes the drafts on uninstall', () => {
    expect(main.nsis!.deleteAppDataOnUninstall).toBe(false);
    expect(silent.nsis!.deleteAppDataOnUninstall).toBe(false);
  });

  it('builds .deb for x64 and arm64 (and AppImage) for Linux', () => {
    const linux = targets(main.linux!.target);
    expect(linux).toContainEqual({ target: 'deb', arch: ['x64', 'arm64'] });
    expect(linux.map((t) => t.target)).toEqual(['deb', 'AppImage']);
  });

  it('does not rebuild native modules and unpacks better-sqlite3 from the asar', () => {
    expect(main.npmRebuild).toBe(false);
    expect(main.buildDependenciesFromSource).toBe(false);
    expect(main.asar).not.toBe(false);
    expect(main.asarUnpack).toContain('node_modules/better-sqlite3/**');
  });

  it('sets the Electron fuses', () => {
    expect(main.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    expect(silent.electronFuses).toEqual(main.electronFuses);
  });

  it('publishes nothing, so no updater configuration is written', () => {
    expect(main.publish).toBeNull();
  });

  it('packs the built app only: no sources, no source maps', () => {
    // electron-builder normalizes the list into file sets with a filter.
    const files = (main.files as (string | { filter?: string[] })[]).flatMap((f) => (typeof f === 'string' ? [f] : (f.filter ?? [])));
    expect(files).toEqual(expect.arrayContaining(['dist/main.js', 'dist/preload.js', 'dist/renderer/**', '!**/*.map', 'package.json']));
    expect(files.filter((f) => !f.startsWith('!') && /electron\/|renderer\/[^*]|shared\/|\.ts$/u.test(f))).toEqual([]);
  });
});

describe('electron-builder.silent.yml', () => {
  it('extends the main configuration', () => {
    expect(silent.appId).toBe(main.appId);
    expect(silent.electronFuses).toEqual(main.electronFuses);
    expect(silent.asarUnpack).toEqual(main.asarUnpack);
  });

  it('makes a per-machine one-click installer with its own file name', () => {
    expect(silent.nsis).toMatchObject({ oneClick: true, perMachine: true });
    expect(silent.nsis!.artifactName).toMatch(/silent/u);
    expect(silent.nsis!.artifactName).not.toBe(main.nsis!.artifactName);
  });
});

describe('npm scripts', () => {
  it('build each installer variant, and the offline check', () => {
    expect(pkg.scripts['dist:win']).toMatch(/electron-builder --win\b/u);
    expect(pkg.scripts['dist:win-silent']).toMatch(/electron-builder --win nsis(:x64)? -c electron-builder\.silent\.yml/u);
    expect(pkg.scripts['dist:linux']).toMatch(/electron-builder --linux\b/u);
    expect(pkg.scripts['dist:dir']).toMatch(/electron-builder --dir\b/u);
    expect(pkg.scripts.audit).toMatch(/scripts\/audit\.mts/u);
  });

  it('keep npm test as typecheck, lint, build, then every test', () => {
    expect(pkg.scripts.test).toBe('npm run typecheck && npm run lint && npm run build && vitest run');
    expect(pkg.scripts.lint).toBe('eslint . && madge --circular electron shared renderer');
  });
});

describe('icons', () => {
  const icons = path.join(ROOT, 'resources/icons');

  it.each([16, 32, 48, 64, 128, 256, 512])('has a %i px PNG for Linux desktops', (size) => {
    expect(pngSize(readFileSync(path.join(icons, `${size}x${size}.png`)))).toEqual({ width: size, height: size });
  });

  it('has a Windows .ico with every size up to 256 px, each a real PNG of its size', () => {
    const images = parseIco(readFileSync(path.join(icons, 'icon.ico')));
    expect(images.map((i) => i.size)).toEqual([16, 24, 32, 48, 64, 128, 256]);
    for (const image of images) expect(pngSize(image.png)).toEqual({ width: image.size, height: image.size });
  });

  it('is what the configuration points at', () => {
    expect(main.win!.icon).toBe('resources/icons/icon.ico');
    expect(main.linux!.icon).toBe('resources/icons');
  });
});
