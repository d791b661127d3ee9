// Generated bad input for the fuzz-style tests (issue 11): files to import,
// library files, and IPC requests, from a seeded generator so a failure can be
// replayed. Each generator mixes random damage with the known attacks (zip
// bombs, XXE, traversal names, deep nesting, inherited names).
import crypto from 'node:crypto';
import Sqlite from 'better-sqlite3';
import { buildZip, docxWithBody, para } from '../fixtures/import/build-zip';
import { BAD_HTML_UNITS, repeatedTo } from './bad-html';

/** mulberry32: a small seeded generator; `int(n)` is in [0, n). */
export function seeded(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(items: readonly T[]): T => items[int(items.length)]! };
}
export type Rng = ReturnType<typeof seeded>;

export interface BadFile {
  label: string;
  name: string;
  bytes: Uint8Array;
}

function flipped(rng: Rng, bytes: Uint8Array, flips: number): Uint8Array {
  const out = Uint8Array.from(bytes);
  for (let i = 0; i < flips; i++) out[rng.int(out.length)] = rng.int(256);
  return out;
}

const deep = (open: string, close: string, n: number, inner: string) => open.repeat(n) + inner + close.repeat(n);

/** Files a clerk or an attacker could hand to 导入, `count` random ones after the known attacks. */
export function badImportFiles(rng: Rng, docx: Uint8Array, txt: Uint8Array, count: number): BadFile[] {
  const doc = (xml: string) => docxWithBody(xml);
  const files: BadFile[] = [
    { label: 'XXE (DOCTYPE with an external entity)', name: 'xxe.docx', bytes: buildZip([{ name: 'word/document.xml', data: Buffer.from('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>') }]) },
    { label: 'billion laughs', name: 'laughs.docx', bytes: buildZip([{ name: 'word/document.xml', data: Buffer.from(`<!DOCTYPE d [<!ENTITY a "${'x'.repeat(100)}"><!ENTITY b "${'&a;'.repeat(100)}">]><w:document>&b;</w:document>`) }]) },
    { label: 'traversal names', name: 'traversal.docx', bytes: buildZip([{ name: '../../../../tmp/evil.txt', data: Buffer.from('x') }, { name: '/etc/cron.d/x', data: Buffer.from('x') }, { name: 'C:\\Windows\\x.dll', data: Buffer.from('x') }]) },
    { label: 'zip bomb', name: 'bomb.docx', bytes: buildZip([{ name: 'word/document.xml', data: new Uint8Array(12 * 1024 * 1024) }]) },
    { label: 'lying sizes', name: 'lying.docx', bytes: buildZip([{ name: 'word/document.xml', data: new Uint8Array(4 * 1024 * 1024), declaredSize: 100 }]) },
    { label: 'many entries', name: 'many.docx', bytes: buildZip(Array.from({ length: 5001 }, (_, i) => ({ name: `p${i}`, data: new Uint8Array(1), stored: true }))) },
    { label: 'deep hyperlinks', name: 'deep.docx', bytes: doc(`<w:p>${deep('<w:hyperlink>', '</w:hyperlink>', 5000, '<w:r><w:t>x</w:t></w:r>')}</w:p>`) },
    { label: 'deep content controls', name: 'deep-sdt.docx', bytes: doc(deep('<w:sdt><w:sdtContent>', '</w:sdtContent></w:sdt>', 3000, para('x'))) },
    { label: 'unclosed XML', name: 'unclosed.docx', bytes: doc('<w:p><w:r><w:t>正文') },
    { label: 'encrypted flag', name: 'encrypted.docx', bytes: (() => { const z = Buffer.from(docx); z.writeUInt16LE(z.readUInt16LE(6) | 1, 6); return z; })() },
    { label: 'PDF named .docx', name: 'pdf.docx', bytes: Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj') },
    { label: 'OLE .doc', name: 'old.doc', bytes: Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]) },
    { label: 'empty', name: 'empty.txt', bytes: new Uint8Array(0) },
    { label: 'NUL bytes', name: 'nul.txt', bytes: new Uint8Array(70_000) },
    { label: 'odd UTF-16', name: 'utf16.txt', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('报告正文', 'utf16le'), Buffer.from([0x41])]) },
    { label: 'lone surrogates', name: 'surrogates.txt', bytes: Buffer.from([0xed, 0xa0, 0x80, 0xed, 0xbf, 0xbf, 0x41]) },
    { label: 'a million line breaks', name: 'breaks.txt', bytes: Buffer.from('\n'.repeat(1_000_000)) },
    { label: 'one line of a million characters', name: 'line.txt', bytes: Buffer.from('法'.repeat(1_000_000)) },
    ...Object.entries(BAD_HTML_UNITS).map(([label, unit]) => ({ label: `text of ${label}`, name: `${label}.txt`, bytes: Buffer.from(repeatedTo(unit, 64 * 1024)) })),
  ];
  for (let i = 0; i < count; i++) {
    const kind = rng.int(4);
    if (kind === 0) files.push({ label: `random bytes #${i}`, name: rng.pick(['r.docx', 'r.txt', 'r']), bytes: crypto.randomBytes(rng.int(8192)) });
    else if (kind === 1) files.push({ label: `flipped .docx #${i}`, name: 'f.docx', bytes: flipped(rng, docx, 1 + rng.int(64)) });
    else if (kind === 2) files.push({ label: `cut .docx #${i}`, name: 'c.docx', bytes: docx.subarray(0, rng.int(docx.length)) });
    else files.push({ label: `flipped .txt #${i}`, name: 'f.txt', bytes: flipped(rng, txt, 1 + rng.int(32)) });
  }
  return files;
}

/** A JSON text nested `n` levels. */
export const deepJson = (n: number) => `${'{"a":'.repeat(n)}0${'}'.repeat(n)}`;

/** A valid JSON file damaged: keys dropped, values swapped for wrong types, nesting and size beyond reason, text cut. */
export function mutatedJson(rng: Rng, text: string, count: number): string[] {
  const values = ['null', '0', '-1', '1e309', '"x"', '""', '[]', '{}', 'true', `"${'字'.repeat(100_000)}"`, deepJson(20_000), '{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"polluted":1}}}'];
  const out = [text.slice(0, text.length / 2), `\uFEFF${text}`, text.replace(/"version":\s*\d+/u, '"version":999'), text.replace(/"format":\s*"[^"]*"/u, '"format":"x"'), deepJson(100_000), '[]', 'null', ''];
  const keys = [...text.matchAll(/"([A-Za-z]+)":/gu)].map((m) => m.index!);
  for (let i = 0; i < count; i++) {
    const at = rng.pick(keys);
    const colon = text.indexOf(':', at);
    // Replace the value after a key up to the next comma or closing bracket (a rough cut: the result may not even be JSON).
    const end = text.slice(colon + 1).search(/[,}\]]/u);
    out.push(text.slice(0, colon + 1) + rng.pick(values) + text.slice(colon + 1 + (end < 0 ? 0 : end)));
  }
  return out;
}

/** Requests no channel accepts as they are, built around a valid one (or none). */
export function badRequests(valid: unknown): unknown[] {
  const base = valid && typeof valid === 'object' ? (valid as Record<string, unknown>) : null;
  const out: unknown[] = [undefined, 0, 'x', [], [1], { x: 1 }, JSON.parse('{"__proto__":{"polluted":1}}'), JSON.parse(deepJson(20_000)), '字'.repeat(1_000_000)];
  if (valid === null) out.push({}, { id: 'x' });
  if (base) {
    out.push({ ...base, extra: 1 }, { ...base, constructor: 'x' }, { ...base, toString: 'x' }, Object.assign(JSON.parse('{"__proto__":1}') as object, base));
    for (const key of Object.keys(base)) {
      for (const wrong of [null, 12345678901234567890, 'x'.repeat(200_000), {}, [], true, -1, JSON.parse(deepJson(5_000))]) {
        if (wrong === base[key]) continue;
        out.push({ ...base, [key]: wrong });
      }
      const without = { ...base };
      delete without[key];
      out.push(without);
    }
  }
  return out;
}

/**
 * A watch on a database from a second, read-only connection: PRAGMA
 * data_version changes whenever another connection commits a change, so an
 * equal version means nothing was written (in O(1), whatever the library's size).
 */
export function databaseWatch(file: string): { version: () => number; close: () => void } {
  const db = new Sqlite(file, { readonly: true, fileMustExist: true });
  const stmt = db.prepare('PRAGMA data_version').pluck();
  return { version: () => stmt.get() as number, close: () => db.close() };
}
