// A paragraph the supervisor adds to the exported .docx, with no formatting of
// its own (what typing a new paragraph, or 清除格式, leaves): rendered by
// LibreOffice it prints as 正文, 28 characters to a full line on the 22-line
// grid, two characters in on its first line, from 28 mm to 184 mm.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '../../electron/export/docx-document';
import { block } from '../../shared/model';
import { METADATA } from '../support/library-fixtures';
import { renderDocxToPdfText, SOFFICE_START_TIMEOUT, whyCannotRender, type PdfLine } from '../support/render-docx';

const unavailable = await whyCannotRender();
const required = Boolean(process.env.CI);
const LEFT = 28;
const RIGHT = 28 + 156;
const CHAR = (15.75 * 25.4) / 72;
/** Characters that occur nowhere else in the document. */
const ADDED = '甲乙丙丁戊己庚辛壬癸'.repeat(12);
const chars = (l: PdfLine) => [...l.text.replace(/\s/gu, '')].length;

let dir: string;
let added: PdfLine[];
let pitch: number[];

describe.runIf(unavailable === null)('a paragraph added with no formatting (LibreOffice)', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'added-paragraph-'));
    const docx = await buildDocx({
      title: '报告',
      metadata: METADATA,
      content: [block('title', '某某县司法局2025年度工作总结', {}), block('heading', '主要工作', { level: 1 }), block('paragraph', '今年以来，我局认真贯彻落实各项部署。', {})],
    });
    const parts = unzipSync(new Uint8Array(docx));
    const xml = strFromU8(parts['word/document.xml']!);
    // Bare: no w:pPr, no w:rPr; the document's default paragraph style applies.
    parts['word/document.xml'] = strToU8(xml.replace('<w:sectPr', `<w:p><w:r><w:t>${ADDED}</w:t></w:r></w:p><w:sectPr`));
    const path = join(dir, 'added.docx');
    await writeFile(path, zipSync(parts));
    const { pages } = await renderDocxToPdfText(path);
    const lines = pages[0]!.lines;
    added = lines.filter((l) => /^[甲乙丙丁戊己庚辛壬癸]+$/u.test(l.text.replace(/\s/gu, '')));
    pitch = lines.slice(1).map((l, i) => l.y0 - lines[i]!.y0);
  }, SOFFICE_START_TIMEOUT + 60_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('prints 28 characters to a full line, the first line two characters in, from 28 mm to 184 mm', () => {
    expect(added.map(chars)).toEqual([26, 28, 28, 28, 10]);
    expect(added[0]!.x0 - LEFT).toBeCloseTo(2 * CHAR, 0);
    for (const l of added.slice(1, -1)) {
      expect(l.x0).toBeCloseTo(LEFT, 0);
      expect(l.x1).toBeCloseTo(RIGHT, 0);
    }
  });

  it('on the grid: lines 225 mm / 22 apart, like the report’s own', () => {
    const ys = added.map((l) => l.y0);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeCloseTo(225 / 22, 1);
    expect(pitch.filter((d) => Math.abs(d - 225 / 22) < 0.2).length).toBeGreaterThan(3);
  });
});

describe.runIf(unavailable !== null)('a paragraph added with no formatting', () => {
  const needs = 'needs LibreOffice (soffice) and poppler-utils (pdftotext) installed';
  if (required) {
    it(`${needs} (required under CI)`, () => {
      throw new Error(`LibreOffice rendering is unavailable: ${unavailable}`);
    });
  } else it.skip(needs, () => undefined);
});
