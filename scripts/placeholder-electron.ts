// A stand-in for the Electron distribution, for packing offline: the real
// binary comes from GitHub. electron-builder copies `-c.electronDist=<folder>`
// as the app's runtime and then flips the configured fuses in its executable,
// so the placeholder carries Electron's fuse wire (sentinel, version 1, the
// eight V1 fuses in Electron's default states) and the fuse step really runs.
// The packed executable then shows exactly which fuses the config set.
//   npx tsx scripts/make-placeholder-electron.mts <folder>
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** @electron/fuses' marker in front of the fuse wire. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** The V1 fuses in wire order (@electron/fuses FuseV1Options). */
export const FUSE_V1_NAMES = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
] as const;
export type FuseName = (typeof FUSE_V1_NAMES)[number];

/** Electron's shipped defaults ('1' on, '0' off). */
const DEFAULTS = '10110001';

const ENABLE = 0x31;
const DISABLE = 0x30;

export function placeholderBinary(): Buffer {
  return Buffer.concat([
    Buffer.from('#!/bin/sh\necho "placeholder Electron: packaging check only" >&2\nexit 1\n'),
    Buffer.from(FUSE_SENTINEL, 'latin1'),
    Buffer.from([1, DEFAULTS.length]),
    Buffer.from(DEFAULTS, 'latin1'),
    Buffer.from('\n'),
  ]);
}

/** The fuses an executable carries: true on, false off. Throws when it has no fuse wire. */
export function readFuses(binary: Buffer): Record<FuseName, boolean> {
  const at = binary.indexOf(Buffer.from(FUSE_SENTINEL, 'latin1'));
  if (at < 0) throw new Error('no fuse wire in this executable');
  const wire = at + FUSE_SENTINEL.length;
  if (binary[wire] !== 1) throw new Error(`fuse wire version ${binary[wire]} is not 1`);
  const length = binary[wire + 1] ?? 0;
  const fuses = {} as Record<FuseName, boolean>;
  FUSE_V1_NAMES.forEach((name, i) => {
    const state = i < length ? binary[wire + 2 + i] : undefined;
    if (state !== ENABLE && state !== DISABLE) throw new Error(`fuse ${name} is missing or removed`);
    fuses[name] = state === ENABLE;
  });
  return fuses;
}

/** Chromium UI locales the placeholder ships, so `electronLanguages` has something to prune. */
export const PLACEHOLDER_LOCALES = ['zh-CN', 'en-US', 'de', 'ja'];

/** Writes a Linux placeholder folder: the `electron` executable and locales/*.pak. */
export async function writePlaceholderElectron(folder: string): Promise<string> {
  await mkdir(path.join(folder, 'locales'), { recursive: true });
  await writeFile(path.join(folder, 'electron'), placeholderBinary());
  await chmod(path.join(folder, 'electron'), 0o755);
  for (const locale of PLACEHOLDER_LOCALES) await writeFile(path.join(folder, 'locales', `${locale}.pak`), `placeholder ${locale}\n`);
  return folder;
}
