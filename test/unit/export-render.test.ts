// The printed page, measured: a long report rendered by LibreOffice, every
// line's position read back from the PDF (GB/T 9704-2012 5.2, 7.5).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../electron/export/write-docx';
import { makeLongReport } from '../support/long-report';
import { canRender, renderDocxToPdfText, type Page, type PdfLine } from '../support/render-docx';

const TOP = 37;
const LEFT = 28;
const RIGHT = 28 + 156;
const BOTTOM = 37 + 225;
const available = await canRender();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const body = (p: Page) => p.lines.filter((l) => l.y1 <= BOTTOM + 3);
const footer = (p: Page) => p.lines.filter((l) => l.y0 > BOTTOM + 3);
const chars = (l: PdfLine) => [...l.text.replace(/\s/gu, '')].length;

describe.skipIf(!available)('rendered page (LibreOffice)', () => {
  let dir: string;
  let pages: Page[];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'export-render-'));
    const docx = join(dir, 'report.docx');
    await exportDocx(docx, makeLongReport(3000));
    ({ pages } = await renderDocxToPdfText(docx));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('is A4 and runs to four pages or more', () => {
    expect(pages.length).toBeGreaterThanOrEqual(4);
    for (const p of pages) {
      expect(p.width).toBeCloseTo(210, 0);
      expect(p.height).toBeCloseTo(297, 0);
    }
  });

  it('carries 22 lines on every full page', () => {
    expect(pages.slice(1, -1).map((p) => body(p).length)).toEqual(pages.slice(1, -1).map(() => 22));
  });

  it('sets 28 characters on a full line of Chinese, from 28 mm to 184 mm', () => {
    const full = pages.flatMap(body).filter((l) => !/[0-9A-Za-z]/u.test(l.text) && l.x1 - l.x0 > 156 * 0.93);
    expect(full.length).toBeGreaterThan(20);
    const counts = full.map(chars);
    expect(counts.filter((n) => n === 28).length / counts.length).toBeGreaterThan(0.9);
    expect(Math.abs(median(full.map((l) => l.x0)) - LEFT)).toBeLessThanOrEqual(1);
    expect(Math.abs(median(full.map((l) => l.x1)) - RIGHT)).toBeLessThanOrEqual(1);
  });

  it('starts the text block 37 mm from the top', () => {
    // The first line's glyphs sit inside its 10.2 mm line box, which starts at 37 mm.
    const tops = pages.slice(1).map((p) => body(p)[0]!.y0);
    expect(median(tops)).toBeGreaterThanOrEqual(TOP - 0.5);
    expect(median(tops)).toBeLessThanOrEqual(TOP + 3);
  });

  it('numbers every page — N —, odd pages right and even pages left, one character in', () => {
    pages.forEach((p, i) => {
      const lines = footer(p);
      expect(lines.map((l) => l.text).join(' ')).toBe(`— ${i + 1} —`);
      const x0 = Math.min(...lines.map((l) => l.x0));
      const x1 = Math.max(...lines.map((l) => l.x1));
      if ((i + 1) % 2) expect(RIGHT - x1).toBeGreaterThan(3), expect(RIGHT - x1).toBeLessThan(8);
      else expect(x0 - LEFT).toBeGreaterThan(3), expect(x0 - LEFT).toBeLessThan(8);
      // 7 mm below the text block.
      expect(Math.abs((lines[0]!.y0 + lines[0]!.y1) / 2 - (BOTTOM + 7))).toBeLessThanOrEqual(2);
    });
  });
});

describe.runIf(!available)('rendered page', () => {
  it.skip('needs LibreOffice (soffice) and poppler-utils (pdftotext) installed', () => undefined);
});
