// Builds the app into dist/: the main process and preload (CommonJS for
// Electron), the renderer (one script and one stylesheet for app://) and the
// command line (dist/cli.js, run as `node dist/cli.js …`). `--cli` rebuilds
// only the command line (npm run cli).
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build, type BuildOptions, type Plugin } from 'esbuild';

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

/**
 * pdfkit loads its standard fonts' metrics (Helvetica, the default font of
 * every document) with a require() made relative to its own file at run time,
 * which finds nothing once it is bundled. Its CommonJS build is used, with
 * those requires made plain, so esbuild bundles the metrics.
 */
const pdfkitBundled: Plugin = {
  name: 'pdfkit-bundled',
  setup(b) {
    const file = path.join(root, 'node_modules/pdfkit/js/pdfkit.js');
    // esbuild's filters are Go regular expressions, which know no u flag.
    b.onResolve({ filter: /^pdfkit$/ }, () => ({ path: file }));
    b.onLoad({ filter: /[\\/]pdfkit[\\/]js[\\/]pdfkit\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const contents = source.replaceAll("require$1('#standard-fonts/", "require('#standard-fonts/");
      if (contents === source) throw new Error('pdfkit no longer loads its standard fonts as scripts/build.mts expects');
      return { contents, loader: 'js', resolveDir: path.dirname(args.path) };
    });
  },
};

/**
 * dist/cli.js: a command runs once and exits, so its time is start-up and code
 * run cold. V8 keeps the compiled bytecode between runs (Node's compile cache,
 * in the temporary folder), skips optimising compilation that a short process
 * never pays back, and takes a larger young generation (fewer collections).
 */
const CLI_STUB = `// The command line (scripts/build.mts): node dist/cli.js --help
const v8 = require('node:v8');
v8.setFlagsFromString('--no-opt');
v8.setFlagsFromString('--max-semi-space-size=64');
require('node:module').enableCompileCache?.();
import('./cli/main.mjs');
`;

/**
 * The command line: dist/cli.js starts dist/cli/main.mjs, an ES module split
 * into chunks, so a command loads only its own modules (commands/index.ts
 * imports each one when it runs) and --help loads almost nothing. CommonJS
 * packages inside use require(), __filename and __dirname, which the banner
 * provides.
 */
export async function buildCli(): Promise<void> {
  const dir = path.join(out, 'cli');
  await rm(dir, { recursive: true, force: true });
  const result = await build({
    ...node,
    metafile: true,
    format: 'esm',
    splitting: true,
    minify: true,
    entryPoints: { main: path.join(root, 'electron/cli/main.ts') },
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    chunkNames: '[name]-[hash]',
    external: ['electron', 'better-sqlite3'],
    plugins: [pdfkitBundled],
    banner: {
      js: [
        "import { createRequire as __createRequire } from 'node:module';",
        'const require = __createRequire(import.meta.url);',
        "const __filename = require('node:url').fileURLToPath(import.meta.url);",
        "const __dirname = require('node:path').dirname(__filename);",
      ].join(' '),
    },
  });
  // Which modules each chunk holds, for the test of what a command loads.
  await writeFile(path.join(dir, 'meta.json'), JSON.stringify(result.metafile));
  await writeFile(path.join(out, 'cli.js'), CLI_STUB);
}

export async function buildApp(): Promise<void> {
  await rm(out, { recursive: true, force: true });
  await mkdir(path.join(out, 'renderer'), { recursive: true });
  /** The page's bundles (the app and its layout worker), as Chromium 130 in Electron runs them. */
  const page = { bundle: true, platform: 'browser', format: 'iife', target: 'chrome130', minify: true, sourcemap: true, logLevel: 'warning' } as const;
  await Promise.all([
    build({ ...node, entryPoints: [path.join(root, 'electron/entry.ts')], outfile: path.join(out, 'main.js'), external: ['electron', 'better-sqlite3'], plugins: [pdfkitBundled] }),
    build({ ...node, entryPoints: [path.join(root, 'electron/preload.ts')], outfile: path.join(out, 'preload.js'), external: ['electron'] }),
    build({ ...page, entryPoints: [path.join(root, 'renderer/main.tsx')], outfile: path.join(out, 'renderer/app.js'), define: { 'process.env.NODE_ENV': '"production"' } }),
    // The page layout's worker (renderer/editor/pages/layout-worker.ts), served beside app.js.
    build({ ...page, entryPoints: [path.join(root, 'renderer/editor/pages/layout-worker.ts')], outfile: path.join(out, 'renderer/layout-worker.js') }),
    copyFile(path.join(root, 'renderer/index.html'), path.join(out, 'renderer/index.html')),
    buildCli(),
  ]);
}

if (process.argv.includes('--cli')) await buildCli();
else await buildApp();
