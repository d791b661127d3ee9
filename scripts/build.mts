// Builds the app into dist/: the main process and preload (CommonJS for
// Electron) and the renderer (one script and one stylesheet for app://).
import { copyFile, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { build, type BuildOptions } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'dist');

const node: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
};

export async function buildApp(): Promise<void> {
  await rm(out, { recursive: true, force: true });
  await mkdir(path.join(out, 'renderer'), { recursive: true });
  await Promise.all([
    build({ ...node, entryPoints: [path.join(root, 'electron/main.ts')], outfile: path.join(out, 'main.js'), external: ['electron', 'better-sqlite3'] }),
    build({ ...node, entryPoints: [path.join(root, 'electron/preload.ts')], outfile: path.join(out, 'preload.js'), external: ['electron'] }),
    build({
      entryPoints: [path.join(root, 'renderer/main.tsx')],
      outfile: path.join(out, 'renderer/app.js'),
      bundle: true,
      platform: 'browser',
      format: 'iife',
      target: 'chrome130',
      minify: true,
      sourcemap: true,
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'warning',
    }),
    // The page layout's worker (renderer/editor/pages/layout-worker.ts), served beside app.js.
    build({
      entryPoints: [path.join(root, 'renderer/editor/pages/layout-worker.ts')],
      outfile: path.join(out, 'renderer/layout-worker.js'),
      bundle: true,
      platform: 'browser',
      format: 'iife',
      target: 'chrome130',
      minify: true,
      sourcemap: true,
      logLevel: 'warning',
    }),
    copyFile(path.join(root, 'renderer/index.html'), path.join(out, 'renderer/index.html')),
  ]);
}

await buildApp();
