// The .docx package zipped natively (electron/export/zip-write.ts) holds
// exactly the files docx itself would zip, byte for byte, and reads back with
// the importer's zip reader and the test's own (CRC-32 and sizes checked).
import { crc32, inflateRawSync } from 'node:zlib';
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildDocx, buildDocument } from '../../electron/export/docx-document';
import { zipFiles } from '../../electron/export/zip-write';
import { ZipReader } from '../../electron/import/zip';
import { loadFixtureReport } from '../fixtures/export/reports';
import { readDocxParts } from '../support/docx-zip';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('native zip of the .docx package', () => {
  it('has the files docx zips itself, with the same contents', async () => {
    const input = { ...loadFixtureReport('county-bureau-annual-2023'), created: new Date(2024, 0, 1), modified: new Date(2024, 0, 2) };
    const ours = new ZipReader(await buildDocx(input));
    const theirs = new ZipReader(await Packer.toBuffer(buildDocument(input)));
    const names = (z: ZipReader) => [...z.entries.keys()].sort();
    // docx's own has none of our styles, font table, core or app properties (buildDocx overrides them); the rest are the same.
    expect(names(ours)).toEqual(names(theirs));
    for (const name of names(theirs)) {
      if (['word/fontTable.xml', 'word/styles.xml', 'docProps/core.xml', 'docProps/app.xml'].includes(name)) continue;
      expect(decode(ours.read(name)!), name).toBe(decode(theirs.read(name)!));
    }
    expect(decode(ours.read('word/document.xml')!)).toContain('关于2023年度法治政府建设情况的报告');
  });

  it('writes sizes, CRC-32 and UTF-8 names that readers check', () => {
    const files: [string, string | Uint8Array][] = [
      ['word/document.xml', '<w:document>正文</w:document>'],
      ['word/media/图.bin', new Uint8Array([0, 1, 2, 255])],
      ['empty.txt', ''],
    ];
    const zip = zipFiles(files);
    const parts = readDocxParts(zip);
    expect(parts.get('word/document.xml')).toBe('<w:document>正文</w:document>');
    expect(parts.get('empty.txt')).toBe('');
    const reader = new ZipReader(zip);
    expect([...reader.read('word/media/图.bin')!]).toEqual([0, 1, 2, 255]);
    // The local header's CRC and the data agree.
    const nameLength = zip.readUInt16LE(26);
    const packed = zip.subarray(30 + nameLength, 30 + nameLength + zip.readUInt32LE(18));
    expect(zip.readUInt32LE(14)).toBe(crc32(inflateRawSync(packed)));
    expect(zipFiles(files).equals(zip)).toBe(true);
  });
});
