// A UTF-8 report with a few bad bytes (a NUL, a stray Latin-1 byte, a CESU-8
// surrogate) stays UTF-8: the bad bytes are replaced or dropped and counted
// for the import report, instead of the whole file turning into mojibake.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { importBytes, type ImportReport } from '../../electron/import/import-file';
import { decodeText, detectEncoding, utf8Scan } from '../../electron/import/text-encoding';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');

async function report(): Promise<Buffer> {
  return readFile(path.join(FIXTURES, 'county-bureau-annual-2023.txt'));
}

/** The bytes with `insert` put after the first line end past `at` of the file. */
function spliced(bytes: Buffer, at: number, insert: number[]): Buffer {
  const cut = bytes.indexOf(0x0a, Math.floor(bytes.length * at)) + 1;
  return Buffer.concat([bytes.subarray(0, cut), Buffer.from(insert), bytes.subarray(cut)]);
}

const faults: [string, number[], number, string][] = [
  ['a NUL byte', [0x00], 1, ''],
  ['a Latin-1 byte (0xE9)', [0xe9], 1, '\ufffd'],
  ['a CESU-8 surrogate pair', [0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80], 6, '\ufffd'],
  ['a character cut short', [0xe6, 0xb3], 2, '\ufffd'],
];

describe.each(faults)('a UTF-8 report with %s', (_name, insert, count, mark) => {
  it('stays UTF-8, keeps every other character and counts the bad bytes', async () => {
    const good = await report();
    for (const at of [0.01, 0.5, 0.99]) {
      const bad = spliced(good, at, insert);
      expect(detectEncoding(bad).encoding).toBe('utf-8');
      const decoded = decodeText(bad);
      expect(decoded.encoding).toBe('utf-8');
      expect(decoded.unreadableBytes).toBe(count);
      expect(decoded.text.replaceAll('\ufffd', '')).toBe(good.toString('utf8'));
      if (mark) expect(decoded.text).toContain(mark);
    }
  });

  it('imports the same outline and reports the unreadable bytes', async () => {
    const good = await report();
    const today = new Date(2024, 2, 1);
    const r: ImportReport = { unreadableBytes: 0 };
    const imported = importBytes('report.txt', spliced(good, 0.5, insert), today, r);
    expect(r.unreadableBytes).toBe(count);
    const clean = importBytes('report.txt', good, today);
    expect(imported.title).toBe(clean.title);
    expect(imported.content.length).toBe(clean.content.length);
  });
});

describe('bad bytes that are not a few', () => {
  it('an ASCII text with one stray byte is UTF-8', () => {
    expect(detectEncoding(Buffer.from([...Buffer.from('Report 2024 '), 0xe9, ...Buffer.from(' done.\n')])).encoding).toBe('utf-8');
  });

  it('counts the bytes of well-formed and malformed UTF-8', () => {
    expect(utf8Scan(Buffer.from('法治a', 'utf8'))).toEqual({ multibyte: 2, bad: 0 });
    expect(utf8Scan(Buffer.from([0xc0, 0xaf, 0xe0, 0x80, 0xaf, 0xf5, 0x80]))).toEqual({ multibyte: 0, bad: 7 });
    expect(utf8Scan(Buffer.from([0xf0, 0x9f, 0x98, 0x80]))).toEqual({ multibyte: 1, bad: 0 });
  });
});

describe('the CLI import report', () => {
  it('says how many bytes could not be read', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'bad-bytes-'));
    try {
      await writeFile(path.join(dir, 'r.txt'), spliced(await report(), 0.5, [0xe9, 0x00]));
      let out = '';
      const code = await runCli(['import', 'r.txt', '-o', 'd.json'], { cwd: dir, stdout: (s) => (out += s), stderr: (s) => (out += s), today: new Date(2024, 2, 1) });
      expect(code).toBe(0);
      expect(out).toContain('有 2 个字节无法识别为文字');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
