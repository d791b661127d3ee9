// Runs test/support/ooxml-validate.py (python3-lxml, the ECMA-376 transitional
// schemas in test/fixtures/ooxml-schemas): every XML part of each .docx checked
// against its schema, offline.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const SCRIPT = fileURLToPath(new URL('./ooxml-validate.py', import.meta.url));

/** A python3 that has lxml: Debian's own first (a pyenv shim may shadow it without lxml), else the one on PATH. */
export async function findPython(): Promise<string | null> {
  for (const python of ['/usr/bin/python3', 'python3']) {
    try {
      await run(python, ['-c', 'import lxml.etree'], { timeout: 30_000 });
      return python;
    } catch {
      // try the next one
    }
  }
  return null;
}

/** The schema problems of each file, by path (an empty list: valid). */
export async function validateDocx(python: string, files: readonly string[]): Promise<Record<string, string[]>> {
  const { stdout } = await run(python, [SCRIPT, ...files], { timeout: 120_000 + 10_000 * files.length, maxBuffer: 16 << 20 });
  return JSON.parse(stdout) as Record<string, string[]>;
}
