// npm run bench: every figure the issues name, one line each; --json prints
// the same figures as one JSON object keyed by name.
import { benchAutosave } from './autosave';
import { benchChecks } from './checks';
import { benchExport } from './export';
import { benchImport } from './import';
import { benchLayout } from './layout';
import { benchLibrary } from './library';
import { formatFigure, type Figure } from './measure';
import { benchPaste } from './paste';
import { benchTyping } from './typing';

const suites: (() => Promise<Figure[]>)[] = [benchExport, benchLayout, benchAutosave, benchImport, benchTyping, benchLibrary, benchChecks, benchPaste];

const figures: Figure[] = [];
for (const suite of suites) figures.push(...(await suite()));

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(Object.fromEntries(figures.map((f) => [f.name, f])), null, 2));
} else {
  for (const f of figures) console.log(formatFigure(f));
}
