// The layers of the source tree: shared/ is pure TypeScript usable anywhere,
// renderer/ reaches the main process only through the preload bridge, and
// electron/ never reaches into the renderer.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(ts|tsx|mts|cts)$/u.test(d.name) && !d.name.endsWith('.d.ts'))
    .map((d) => path.relative(ROOT, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .sort();
}

/** Source without comments and string/template contents other than module specifiers. */
function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//gu, ' ').replace(/(^|[^:\\])\/\/.*$/gmu, '$1');
}

/** Every module a file imports, re-exports, dynamically imports or requires. */
function importsOf(source: string): string[] {
  const code = stripComments(source);
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/gu,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/gu,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/gu,
  ];
  for (const pattern of patterns) for (const m of code.matchAll(pattern)) found.push(m[1]!);
  return found;
}

/** Where a relative import lands, relative to the repository root; null for a package. */
function target(file: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  return path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

describe('the import scanner', () => {
  it('finds static, type-only, side-effect, re-export, dynamic and require imports, ignoring comments', () => {
    const source = [
      "import a from 'a';",
      "import type { B } from './b';",
      "import {\n  c,\n  d,\n} from '../c';",
      "import './styles.css';",
      "export * from './e';",
      "export { f } from 'node:fs';",
      "const g = await import('g');",
      "const h = require('h');",
      "// import x from 'commented';",
      "/* import y from 'block-commented'; */",
    ].join('\n');
    expect(importsOf(source).sort()).toEqual(['../c', './b', './e', './styles.css', 'a', 'g', 'h', 'node:fs'].sort());
  });
});

describe('layering', () => {
  const shared = sourceFiles('shared');
  const renderer = sourceFiles('renderer');
  const electron = sourceFiles('electron');

  it('finds the source files', () => {
    expect(shared).toEqual(expect.arrayContaining(['shared/model.ts', 'shared/ipc.ts', 'shared/template.ts']));
    expect(renderer.length).toBeGreaterThan(3);
    expect(electron).toEqual(expect.arrayContaining(['electron/main.ts', 'electron/preload.ts']));
  });

  it('shared/ imports only from shared/, and no package but the schema library (valibot, pure TypeScript)', () => {
    const bad: string[] = [];
    for (const file of shared) {
      for (const spec of importsOf(read(file))) {
        const to = target(file, spec);
        if (to === null ? spec !== 'valibot' : !to.startsWith('shared/')) bad.push(`${file} → ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('shared/ uses no DOM or Node globals', () => {
    const bad: string[] = [];
    const globals = /\b(window|document|navigator|localStorage|process|Buffer|require|__dirname|electron)\b/u;
    for (const file of shared) {
      const code = stripComments(read(file)).replace(/(['"`])(?:\\.|(?!\1)[^\\\n])*\1/gu, "''");
      const m = globals.exec(code);
      if (m) bad.push(`${file}: ${m[0]}`);
    }
    expect(bad).toEqual([]);
  });

  it('renderer/ imports nothing from electron/ and only React and Slate packages', () => {
    const allowed = new Set(['react', 'react-dom', 'slate', 'slate-react', 'slate-history']);
    const bad: string[] = [];
    for (const file of renderer) {
      for (const spec of importsOf(read(file))) {
        const to = target(file, spec);
        if (to === null) {
          if (!allowed.has(packageName(spec))) bad.push(`${file} → ${spec}`);
        } else if (!to.startsWith('renderer/') && !to.startsWith('shared/')) {
          bad.push(`${file} → ${spec}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('electron/ imports nothing from renderer/', () => {
    const bad: string[] = [];
    for (const file of electron) {
      for (const spec of importsOf(read(file))) {
        const to = target(file, spec);
        if (to !== null && to.startsWith('renderer/')) bad.push(`${file} → ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('the preload script imports only electron and shared/', () => {
    const imports = importsOf(read('electron/preload.ts'));
    for (const spec of imports) {
      const to = target('electron/preload.ts', spec);
      expect(to === null ? spec : to.split('/')[0]).toMatch(/^(electron|shared)$/u);
    }
  });
});
