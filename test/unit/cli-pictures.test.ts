// The command line keeps a report's pictures and tables: `format` of a .docx or
// an .html page, and `import` then `export` through a draft file, write the
// picture into the official .docx (word/media) and the table as a w:tbl.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { readDocxParts } from '../support/docx-zip';

const TABLES = resolve(import.meta.dirname, '../fixtures/import/tables');
let dir: string;
let err: string;
const cli = (...argv: string[]) => runCli(argv, { stdout: () => undefined, stderr: (t) => void (err += t), cwd: dir, today: new Date(2025, 1, 1) });

/** The .docx's pictures (word/media) and whether its body holds a table. */
function objects(docx: string): { media: string[]; table: boolean } {
  const parts = readDocxParts(readFileSync(join(dir, docx)));
  return { media: [...parts.keys()].filter((k) => k.startsWith('word/media/')), table: (parts.get('word/document.xml') ?? '').includes('<w:tbl>') };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cli-pictures-'));
  err = '';
  cpSync(TABLES, join(dir, 'in'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('pictures and tables through the command line', () => {
  it('format keeps the picture and the table of a .docx and of an .html page', async () => {
    expect(await cli('format', 'in/annual-report.libreoffice.docx', 'in/annual-report.html', '-o', 'out')).toBe(0);
    expect(err).toBe('');
    for (const name of ['out/annual-report.libreoffice.docx', 'out/annual-report.docx']) {
      const { media, table } = objects(name);
      expect(media, name).toHaveLength(1);
      expect(table, name).toBe(true);
    }
  });

  it('import then export keeps the picture the draft file carries', async () => {
    expect(await cli('import', 'in/annual-report.libreoffice.docx', '-o', 'draft.json')).toBe(0);
    expect(await cli('export', 'draft.json', '-o', 'report.docx')).toBe(0);
    expect(objects('report.docx').media).toHaveLength(1);
  });
});
