// Text files in the encodings clerks have: UTF-8 with and without BOM,
// UTF-16 LE/BE with and without BOM, GB18030/GBK.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../electron/import/import-file';
import { decodeText, detectEncoding } from '../../electron/import/text-encoding';
import { formatOutline, readerOutline } from '../../shared/recognize';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');
const text = readFileSync(path.join(FIXTURES, 'county-bureau-annual-2023.txt'), 'utf8');
const outline = readFileSync(path.join(FIXTURES, 'county-bureau-annual-2023.outline.json'), 'utf8').trim();

/** GB18030 bytes of a text, from a table built by decoding every two-byte GBK code. */
function gb18030(s: string): Uint8Array {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030');
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const out: number[] = [];
  for (const ch of s) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else if (table.has(ch)) out.push(...table.get(ch)!);
    else throw new Error(`no GBK code for ${ch}`);
  }
  return new Uint8Array(out);
}

function utf16(s: string, le: boolean, bom: boolean): Uint8Array {
  const body = Buffer.from(s, 'utf16le');
  if (!le) body.swap16();
  const mark = le ? [0xff, 0xfe] : [0xfe, 0xff];
  return new Uint8Array(bom ? Buffer.concat([Buffer.from(mark), body]) : body);
}

const crlf = text.replace(/\n/gu, '\r\n');
const cases: [string, Uint8Array, string][] = [
  ['UTF-8', new Uint8Array(Buffer.from(text, 'utf8')), 'utf-8'],
  ['UTF-8 with BOM, CRLF', new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf, 'utf8')])), 'utf-8'],
  ['UTF-16 LE with BOM', utf16(crlf, true, true), 'utf-16le'],
  ['UTF-16 BE with BOM', utf16(crlf, false, true), 'utf-16be'],
  ['UTF-16 LE without BOM', utf16(crlf, true, false), 'utf-16le'],
  ['UTF-16 BE without BOM', utf16(crlf, false, false), 'utf-16be'],
  ['GB18030', gb18030(crlf), 'gb18030'],
];

describe.each(cases)('a .txt in %s', (_name, bytes, encoding) => {
  it('is detected and decoded', () => {
    expect(detectEncoding(bytes).encoding).toBe(encoding);
    expect(decodeText(bytes).text).toBe(text);
  });

  it('imports with the outline of the report', () => {
    expect(formatOutline(readerOutline(importBytes('report.txt', bytes, new Date(2024, 2, 1)).content))).toBe(outline);
  });
});

describe('encoding detection without ASCII to lean on', () => {
  const chinese = '我局坚持以习近平法治思想为指导，深入推进法治政府建设。';
  it('tells UTF-16 without BOM from GB18030 in pure Chinese text', () => {
    expect(detectEncoding(utf16(chinese, true, false)).encoding).toBe('utf-16le');
    expect(detectEncoding(utf16(chinese, false, false)).encoding).toBe('utf-16be');
    expect(detectEncoding(gb18030(chinese)).encoding).toBe('gb18030');
  });

  it('does not take UTF-8 cut mid-character at the sample end for another encoding', () => {
    const long = Buffer.from('法'.repeat(30_000), 'utf8');
    expect(detectEncoding(new Uint8Array(long)).encoding).toBe('utf-8');
  });
});

describe('a web page (.html)', () => {
  it('imports a report saved as a web page, its headings recognised', () => {
    const html =
      '<html><head><meta charset="utf-8"><title>x</title></head><body><p align="center">某某乡人民政府关于2025年度法治政府建设情况的报告</p>' +
      '<p>一、主要举措和成效</p><p>（一）加强组织领导</p><p>我乡始终把法治建设摆在突出位置。</p></body></html>';
    const draft = importBytes('报告.html', new TextEncoder().encode(html), new Date(2026, 1, 1));
    expect(draft.content.map((b) => b.type)).toEqual(expect.arrayContaining(['title', 'heading', 'paragraph']));
    expect(draft.content.some((b) => b.type === 'heading' && b.children.map((c) => c.text).join('') === '加强组织领导')).toBe(true);
  });
});
