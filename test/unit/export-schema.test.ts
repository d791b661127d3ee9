// Every exported .docx is valid against the ECMA-376 transitional schemas,
// part by part (Word refuses a file with an element out of order or an
// unknown attribute, which LibreOffice would open): the fixture reports in
// each font profile, sealed and not, a report with the 版头 and 版记, and one
// with attachments.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocx, type ExportInput } from '../../electron/export/docx-document';
import { FONT_PROFILE_IDS } from '../../shared/model';
import { exportLayout } from '../../electron/export/docx-document';
import { FIXTURE_REPORTS, loadFixtureReport } from '../fixtures/export/reports';
import { annexedReport } from '../support/annexed-report';
import { formal, formalShifted } from '../support/formal';
import { findPython, validateDocx } from '../support/ooxml-validate';

const python = await findPython();
/** Under CI (CI=true) a missing python3-lxml fails the run; it is never skipped. */
const required = Boolean(process.env.CI);

const shifted = formalShifted();
const withColophon = (kind: 'fits' | 'next' | 'blank') =>
  shifted.find((d) => {
    const c = exportLayout(d).colophon!;
    return kind === 'fits' ? !c.newPage : kind === 'next' ? c.newPage && !c.blankPage : c.blankPage;
  })!;

const inputs: [string, ExportInput][] = [
  ...FIXTURE_REPORTS.flatMap((name) =>
    FONT_PROFILE_IDS.map((fontProfile, i): [string, ExportInput] => {
      const input = loadFixtureReport(name);
      return [`${name}, ${fontProfile}`, { ...input, metadata: { ...input.metadata, format: { ...input.metadata.format, fontProfile, sealed: i % 2 === 1 } } }];
    }),
  ),
  ['版头 with 签发人, 版记 on the last page', withColophon('fits')],
  ['版记 on a new even page', withColophon('next')],
  ['版记 after a blank page, in a section of its own', withColophon('blank')],
  ['版头, two attachments, 版记 after them', formal(annexedReport())],
  ['版头 without 签发人, no 抄送', formal(loadFixtureReport('township-annual-2023'), { redHeader: { mark: '某某镇人民政府文件', number: '某府发〔2026〕12号' }, colophon: { printer: '某某镇党政办公室', printed: '2026-03-02' } })],
];

let dir: string;
let results: Record<string, string[]>;
const file = (name: string) => join(dir, `${name.replace(/[^\w]+/gu, '-')}.docx`);

describe.runIf(python !== null)('schema (ECMA-376 transitional)', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'export-schema-'));
    const docs = await Promise.all(inputs.map(async ([name, input]) => [name, await buildDocx(input)] as const));
    await Promise.all(docs.map(([name, bytes]) => writeFile(file(name), bytes)));
    // A control the validator must refuse: w:jc moved before w:spacing in the first paragraph's properties.
    const parts = unzipSync(new Uint8Array(docs[0]![1]));
    const xml = strFromU8(parts['word/document.xml']!);
    parts['word/document.xml'] = strToU8(xml.replace('<w:pPr><w:pStyle w:val="Title"/>', '<w:pPr><w:pStyle w:val="Title"/><w:jc w:val="left"/><w:spacing w:line="579"/>'));
    await writeFile(file('broken'), zipSync(parts));
    results = await validateDocx(python!, [...inputs.map(([name]) => file(name)), file('broken')]);
  }, 240_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it.each(inputs.map(([name]) => name))('%s: every part valid', (name) => {
    expect(results[file(name)]).toEqual([]);
  });

  it('the validator reports a part whose elements are out of schema order', () => {
    expect(results[file('broken')]!.join('\n')).toMatch(/word\/document\.xml line \d+: .*spacing.*not expected/u);
  });
});

describe.runIf(python === null)('schema (ECMA-376 transitional)', () => {
  const needs = 'needs python3 with lxml (Debian python3-lxml)';
  if (required) {
    it(`${needs} (required under CI)`, () => {
      throw new Error('no python3 with lxml found');
    });
  } else it.skip(needs, () => undefined);
});
