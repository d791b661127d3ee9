// The 版头 and 版记 as printed (LibreOffice, measured from the PDF's text and
// pixels): the red mark 35 mm below the text block's top, centred and within
// it; the 文号 with the 签发人 one character in from either side (or centred);
// the red separator 4 mm below the 文号, as wide as the text block; the title
// two lines below it, on the grid; the 版记's three rules as wide as the text
// block, the last on its bottom edge, on the last page, which is even, with a
// blank page and no page numbers when needed.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocx, exportLayout, type ExportInput } from '../../electron/export/docx-document';
import type { DraftLayout } from '../../shared/layout';
import { loadFixtureReport } from '../fixtures/export/reports';
import { formal, formalShifted, RED_HEADER } from '../support/formal';
import { DARK, inkBox, pagePixels, RED, rules, type Rule } from '../support/page-pixels';
import { bboxPages, SOFFICE_START_TIMEOUT, whyCannotRender, withPdfs, type Page, type PdfLine } from '../support/render-docx';

const unavailable = await whyCannotRender();
const required = Boolean(process.env.CI);
const TOP = 37;
const LEFT = 28;
const RIGHT = 184;
const BOTTOM = 262;
const PITCH = 225 / 22;
const CHAR3 = (16 * 25.4) / 72;
const CHAR4 = (14 * 25.4) / 72;

interface Printed {
  input: ExportInput;
  layout: DraftLayout;
  pages: Page[];
  redRules: Rule[];
  mark: Rule | null;
  numberInk: Rule | null;
  colophonRules: Rule[];
}

// One draft for each place the 版记 can go, and one without a 签发人.
const shifted = formalShifted();
const pick = (test: (l: DraftLayout) => boolean) => shifted.find((d) => test(exportLayout(d)))!;
const DOCS = {
  fits: pick((l) => !l.colophon!.newPage),
  next: pick((l) => l.colophon!.newPage && !l.colophon!.blankPage),
  blank: pick((l) => l.colophon!.blankPage),
  centred: formal(loadFixtureReport('township-annual-2023'), { redHeader: { mark: '某某镇人民政府文件', number: '某府发〔2026〕12号' } }),
  plain: loadFixtureReport('county-bureau-annual-2023'),
};
const printed = {} as Record<keyof typeof DOCS, Printed>;
let dir: string;

const line = (p: Page, text: string): PdfLine => {
  const l = p.lines.find((x) => x.text.replace(/\s/gu, '').includes(text));
  if (!l) throw new Error(`no line with ${text}`);
  return l;
};
const footerText = (p: Page) => p.lines.filter((l) => l.y0 > BOTTOM + 3).map((l) => l.text.replace(/\s/gu, '')).join('');

describe.runIf(unavailable === null)('版头 and 版记 as printed (LibreOffice)', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'formal-render-'));
    const names = Object.keys(DOCS) as (keyof typeof DOCS)[];
    const paths = names.map((n) => join(dir, `${n}.docx`));
    await Promise.all(names.map(async (n, i) => writeFile(paths[i]!, await buildDocx(DOCS[n]))));
    await withPdfs(paths, async (pdfs) => {
      for (const [i, n] of names.entries()) {
        const pages = await bboxPages(pdfs[i]!);
        const first = await pagePixels(pdfs[i]!, 1);
        const last = await pagePixels(pdfs[i]!, pages.length);
        printed[n] = {
          input: DOCS[n],
          layout: exportLayout(DOCS[n]),
          pages,
          redRules: rules(first, RED),
          mark: inkBox(first, RED, TOP, TOP + 60),
          numberInk: inkBox(first, DARK, TOP + 7 * PITCH, TOP + 8 * PITCH),
          colophonRules: rules(last, DARK),
        };
      }
    });
  }, SOFFICE_START_TIMEOUT + 180_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('as many pages as the layout, an even number with a 版记', () => {
    for (const [name, p] of Object.entries(printed)) {
      expect(p.pages.length, name).toBe(p.layout.pages.length);
      if (p.input.metadata.colophon) expect(p.pages.length % 2, name).toBe(0);
    }
  });

  it('the red mark: its top 35 mm below the text block’s, centred, within the text block', () => {
    for (const name of ['fits', 'centred'] as const) {
      const mark = printed[name].mark!;
      expect(mark.y0 - TOP, name).toBeCloseTo(35, 0);
      expect((mark.x0 + mark.x1) / 2, name).toBeCloseTo((LEFT + RIGHT) / 2, 0);
      expect(mark.x0).toBeGreaterThan(LEFT);
      expect(mark.x1).toBeLessThan(RIGHT);
    }
  });

  it('the 文号 one character in from the left, 签发人： and the name one character in from the right, on one line; centred without a 签发人', () => {
    const page = printed.fits.pages[0]!;
    const number = line(page, RED_HEADER.number);
    const signer = line(page, `签发人：${RED_HEADER.signer!}`);
    const numberWord = number.wordBoxes[number.words.findIndex((w) => w.includes('〔'))] ?? number;
    expect(numberWord.x0 - LEFT).toBeCloseTo(CHAR3, 0);
    expect(RIGHT - signer.x1).toBeCloseTo(CHAR3, 0);
    expect(signer.y0).toBeCloseTo(number.y0, 1);
    const centred = line(printed.centred.pages[0]!, '某府发〔2026〕12号');
    expect((centred.x0 + centred.x1) / 2).toBeCloseTo((LEFT + RIGHT) / 2, 0);
  });

  it('the red separator: one, as wide as the text block, 4 mm below the 文号', () => {
    for (const name of ['fits', 'centred'] as const) {
      const { redRules, numberInk } = printed[name];
      expect(redRules, name).toHaveLength(1);
      const [r] = redRules;
      expect(r!.x0).toBeCloseTo(LEFT, 0);
      expect(r!.x1).toBeCloseTo(RIGHT, 0);
      expect(r!.y0 - numberInk!.y1, name).toBeGreaterThan(3.3);
      expect(r!.y0 - numberInk!.y1, name).toBeLessThan(4.7);
    }
  });

  it('the title two lines below the separator, every line after it on the grid: 11 grid lines lower than without a 版头', () => {
    const title = (p: Printed) => line(p.pages[0]!, '关于2023年度法治政府建设');
    expect(title(printed.fits).y0 - title(printed.plain).y0).toBeCloseTo(11 * PITCH, 0);
    expect(title(printed.fits).y0 - printed.fits.redRules[0]!.y1).toBeGreaterThan(2 * PITCH);
    const addressee = (p: Printed) => line(p.pages[0]!, '井研县法治政府建设工作领导小组办公室');
    // Within 0.3 mm: LibreOffice draws the separator a shade thinner than the height it is given.
    expect(Math.abs(addressee(printed.fits).y0 - addressee(printed.plain).y0 - 11 * PITCH)).toBeLessThan(0.3);
  });

  it('the 版记: three rules as wide as the text block, thick, thin, thick, the last on the bottom edge; 抄送 and 印发 between them', () => {
    for (const name of ['fits', 'next', 'blank'] as const) {
      const p = printed[name];
      const rs = p.colophonRules;
      expect(rs, name).toHaveLength(3);
      for (const r of rs) {
        expect(r.x0).toBeCloseTo(LEFT, 0);
        expect(r.x1).toBeCloseTo(RIGHT, 0);
      }
      expect(rs[2]!.y1, name).toBeGreaterThan(BOTTOM - 0.6);
      expect(rs[2]!.y1, name).toBeLessThanOrEqual(BOTTOM + 0.2);
      expect(rs[1]!.y1 - rs[1]!.y0).toBeLessThan(rs[0]!.y1 - rs[0]!.y0);
      const last = p.pages[p.pages.length - 1]!;
      const cc = line(last, '抄送：某某市司法局，某某县人民政府办公室。');
      expect(cc.y0).toBeGreaterThan(rs[0]!.y1);
      expect(cc.y1).toBeLessThan(rs[1]!.y0);
      expect(cc.x0 - LEFT).toBeCloseTo(CHAR4, 0);
      const printer = line(last, '某某县司法局办公室');
      const date = line(last, '2026年3月1日印发');
      for (const l of [printer, date]) {
        expect(l.y0).toBeGreaterThan(rs[1]!.y1);
        expect(l.y1).toBeLessThan(rs[2]!.y0 + 0.3);
      }
      expect(printer.x0 - LEFT).toBeCloseTo(CHAR4, 0);
      expect(RIGHT - date.x1).toBeCloseTo(CHAR4, 0);
    }
  });

  it('page numbers on every page, but neither on a blank page nor on the 版记’s page after it', () => {
    for (const name of ['fits', 'next'] as const) {
      printed[name].pages.forEach((page, i) => expect(footerText(page), `${name} page ${i + 1}`).toBe(`—${i + 1}—`));
    }
    const { pages } = printed.blank;
    pages.slice(0, -2).forEach((page, i) => expect(footerText(page), `blank page ${i + 1}`).toBe(`—${i + 1}—`));
    for (const page of pages.slice(-2)) expect(footerText(page)).toBe('');
    expect(pages[pages.length - 2]!.lines).toEqual([]);
  });

  it('the rest of the page as without them: 28 characters on a full line from 28 to 184 mm, pages from 37 mm, lines 225 mm / 22 apart', () => {
    const { pages } = printed.fits;
    const body = pages.flatMap((p) => p.lines.filter((l) => l.y0 > TOP - 1 && l.y1 <= BOTTOM + 3));
    const full = body.filter((l) => !/[0-9A-Za-z]/u.test(l.text) && l.x1 - l.x0 > 156 * 0.97);
    expect(full.length).toBeGreaterThan(40);
    // A line before a figure that did not fit may hold 27; nearly all hold 28.
    const counts = full.map((l) => [...l.text.replace(/\s/gu, '')].length - (l.x1 > RIGHT + 1 ? 1 : 0));
    expect(counts.filter((n) => n === 28).length / counts.length).toBeGreaterThan(0.9);
    for (const l of full) expect(l.x0).toBeCloseTo(LEFT, 0);
    for (const p of pages.slice(1, -1)) {
      expect(p.lines[0]!.y0 - TOP).toBeGreaterThan(1);
      expect(p.lines[0]!.y0 - TOP).toBeLessThan(3);
      const ys = p.lines.filter((l) => l.y1 <= BOTTOM + 3).map((l) => l.y0);
      for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeCloseTo(PITCH, 0);
    }
  });

  it('every page between the first and the last of the body carries the lines the layout puts on it; the report’s own, 22', () => {
    for (const name of ['fits', 'next', 'blank'] as const) {
      const { pages, layout } = printed[name];
      const c = layout.colophon!;
      const lastBody = c.newPage ? c.page - (c.blankPage ? 2 : 1) : c.page;
      for (let i = 1; i < lastBody; i++) {
        const want = layout.pages[i]!.boxes.filter((b) => b.box.kind === 'line' && b.box.lineKind !== null && b.box.text.trim() !== '').length;
        expect(pages[i]!.lines.filter((l) => l.y1 <= BOTTOM + 3).length, `${name} page ${i + 1}`).toBe(want);
        if (name === 'fits') expect(want).toBe(22);
      }
    }
  });
});

describe.runIf(unavailable !== null)('版头 and 版记 as printed', () => {
  const needs = 'needs LibreOffice (soffice) and poppler-utils (pdftotext, pdftoppm) installed';
  if (required) {
    it(`${needs} (required under CI)`, () => {
      throw new Error(`LibreOffice rendering is unavailable: ${unavailable}`);
    });
  } else it.skip(needs, () => undefined);
});
