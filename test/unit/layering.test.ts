// The layers of the source tree are lint rules (eslint.config.mjs), checked
// on the whole tree by `npm run lint` inside `npm test`. These tests show the
// rules refuse what each layer must not import, and that the cycle checks
// (import-x/no-cycle, madge) find a cycle: shared/ is pure TypeScript usable
// anywhere, renderer/ reaches the main process only through the preload
// bridge, electron/ never reaches into the renderer.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });

/** The rules a file at `file` (repository-relative) breaks with this source. */
async function broken(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(ROOT, file) });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('layering rules', () => {
  it.each([
    ['shared/x.ts', "import { app } from 'electron';"],
    ['shared/x.ts', "import fs from 'node:fs';"],
    ['shared/x.ts', "import Sqlite from 'better-sqlite3';"],
    ['shared/x.ts', "import { useState } from 'react';"],
    ['shared/schema/x.ts', "import { openDraftStore } from '../../electron/store/draft-store';"],
    ['shared/x.ts', "export { call } from '../renderer/api';"],
    ['renderer/x.ts', "import { ipcRenderer } from 'electron';"],
    ['renderer/editor/x.ts', "import type { DraftStore } from '../../electron/store/types';"],
    ['renderer/x.ts', "import fs from 'node:fs';"],
    ['electron/x.ts', "import { App } from '../renderer/App';"],
    ['electron/store/x.ts', "export * from '../../renderer/api';"],
    ['electron/preload.ts', "import { openLibrary } from './store/open-library';"],
    ['electron/preload.ts', "import fs from 'node:fs';"],
  ])('%s may not say %s', async (file, source) => {
    expect(await broken(file, source)).toContain('no-restricted-imports');
  });

  it.each([
    ['shared/x.ts', "import * as v from 'valibot';\nimport { blockText } from './model';\nexport const x = [v, blockText];"],
    ['renderer/x.ts', "import { createEditor } from 'slate';\nimport { call } from './api';\nimport type { Draft } from '../shared/ipc';\nexport const x: [unknown, unknown, Draft | null] = [createEditor, call, null];"],
    ['electron/x.ts', "import fs from 'node:fs';\nimport { app } from 'electron';\nimport { blockText } from '../shared/model';\nexport const x = [fs, app, blockText];"],
    ['electron/preload.ts', "import { contextBridge } from 'electron';\nimport { CHANNELS } from '../shared/ipc';\nexport const x = [contextBridge, CHANNELS];"],
  ])('%s may import its own layer and those below', async (file, source) => {
    expect(await broken(file, source)).toEqual([]);
  });

  it.each([
    ['shared/x.ts', "export const m = import('../electron/menu');", 'no-restricted-syntax'],
    ['renderer/x.ts', "export const m = import('../electron/menu');", 'no-restricted-syntax'],
    ['electron/x.ts', "export const m = import('../renderer/App');", 'no-restricted-syntax'],
    ['electron/x.ts', "export const m = require('../renderer/App');", '@typescript-eslint/no-require-imports'],
  ])('%s may not load another layer at run time: %s', async (file, source, rule) => {
    expect(await broken(file, source)).toContain(rule);
  });

  it('refuses DOM and Node globals in shared/', async () => {
    for (const name of ['window', 'document', 'process', 'Buffer', 'localStorage']) {
      expect(await broken('shared/x.ts', `export const x = ${name};`), name).toContain('no-restricted-globals');
    }
  });

  it('refuses a file over 300 lines', async () => {
    const long = Array.from({ length: 301 }, (_, i) => `export const x${i} = ${i};`).join('\n');
    expect(await broken('electron/x.ts', long)).toContain('max-lines');
  });

  it('finds an import cycle through existing modules (template.ts imports dates.ts)', async () => {
    expect(await broken('shared/dates.ts', "import { templateDeadlines } from './template';\nexport const x = templateDeadlines;")).toContain('import-x/no-cycle');
  });
});

describe('madge', () => {
  const madge = path.join(ROOT, 'node_modules/.bin/madge');
  const run = (cwd: string, ...dirs: string[]) => {
    try {
      execFileSync(madge, ['--circular', '--no-spinner', ...dirs], { cwd, encoding: 'utf8', stdio: 'pipe' });
      return 'none';
    } catch (error) {
      return String((error as { stdout?: string }).stdout);
    }
  };

  it('finds no import cycle in electron/, shared/ or renderer/', () => {
    expect(run(ROOT, 'electron', 'shared', 'renderer')).toBe('none');
  });

  it('finds a cycle with the project’s settings, type-only imports included', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'madge-'));
    try {
      writeFileSync(path.join(dir, 'a.ts'), "import type { B } from './b';\nexport type A = B | 1;\n");
      writeFileSync(path.join(dir, 'b.ts'), "import type { A } from './a';\nexport type B = A | 2;\n");
      // The project's own settings, less its tsconfig.
      const { tsConfig: _tsConfig, ...settings } = JSON.parse(readFileSync(path.join(ROOT, '.madgerc'), 'utf8')) as Record<string, unknown>;
      writeFileSync(path.join(dir, '.madgerc'), JSON.stringify(settings));
      expect(run(dir, '.')).toMatch(/a\.ts > b\.ts/u);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
