// npm run bench: every figure the issues name, one line each; --json prints
// the same figures as one JSON object keyed by name. Name suites to run only
// those (npm run bench -- typing library cli). Each suite has a deadline: one
// that overruns is reported as failed and the others still run.
import { benchAutosave } from './autosave';
import { benchChecks } from './checks';
import { benchCli } from './cli';
import { benchExport } from './export';
import { benchImport } from './import';
import { benchLayout } from './layout';
import { benchLibrary } from './library';
import { benchLibraryScale } from './library-scale';
import { formatFigure, type Figure } from './measure';
import { benchPaste } from './paste';
import { benchTyping } from './typing';

const SUITES: Record<string, () => Promise<Figure[]>> = {
  export: benchExport,
  layout: benchLayout,
  autosave: benchAutosave,
  import: benchImport,
  typing: benchTyping,
  library: benchLibrary,
  'library-2000': benchLibraryScale,
  checks: benchChecks,
  cli: benchCli,
  paste: benchPaste,
};
const DEADLINE_MS = 10 * 60_000;

const names = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const unknown = names.filter((n) => !(n in SUITES));
if (unknown.length) {
  console.error(`unknown suite ${unknown.join(', ')}; the suites are ${Object.keys(SUITES).join(', ')}`);
  process.exit(2);
}

function withDeadline<T>(name: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`suite ${name} did not finish within ${DEADLINE_MS / 60_000} minutes`)), DEADLINE_MS);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

const figures: Figure[] = [];
const failed: string[] = [];
for (const name of names.length ? names : Object.keys(SUITES)) {
  try {
    figures.push(...(await withDeadline(name, SUITES[name]!())));
  } catch (error) {
    failed.push(name);
    console.error(`bench ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(Object.fromEntries(figures.map((f) => [f.name, f])), null, 2));
} else {
  for (const f of figures) console.log(formatFigure(f));
}
// A suite that overran may still hold a browser or a timer: end here.
process.exit(failed.length ? 1 : 0);
