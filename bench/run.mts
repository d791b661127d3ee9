// npm run bench: every figure the issues name, one line each; --json prints
// the same figures as one JSON object keyed by name. Names after the options
// run those suites alone: `npm run bench -- cli export`.
import { benchAutosave } from './autosave';
import { benchChecks } from './checks';
import { benchCli } from './cli';
import { benchExport } from './export';
import { benchImport } from './import';
import { benchLayout } from './layout';
import { benchLibrary } from './library';
import { formatFigure, type Figure } from './measure';
import { benchPaste } from './paste';
import { benchTyping } from './typing';

const suites: Record<string, () => Promise<Figure[]>> = {
  export: benchExport,
  layout: benchLayout,
  autosave: benchAutosave,
  import: benchImport,
  typing: benchTyping,
  library: benchLibrary,
  checks: benchChecks,
  cli: benchCli,
  paste: benchPaste,
};

const chosen = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = chosen.filter((name) => !(name in suites));
if (unknown.length) {
  console.error(`unknown bench suite ${unknown.join(', ')}; suites: ${Object.keys(suites).join(', ')}`);
  process.exit(2);
}

const figures: Figure[] = [];
for (const name of chosen.length ? chosen : Object.keys(suites)) figures.push(...(await suites[name]!()));

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(Object.fromEntries(figures.map((f) => [f.name, f])), null, 2));
} else {
  for (const f of figures) console.log(formatFigure(f));
}
