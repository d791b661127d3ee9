// The printed page, measured: exported reports rendered by LibreOffice, every
// line's position read back from the PDF (GB/T 9704-2012 5.2, 7.3, 7.5). One
// LibreOffice run renders every document of this file.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportInput } from '../../electron/export/docx-document';
import { exportDocx } from '../../electron/export/write-docx';
import { block, type DraftMetadata, type FontProfileId, type ReportContent } from '../../shared/model';
import { loadFixtureReport } from '../fixtures/export/reports';
import { makeLongReport } from '../support/long-report';
import { renderDocxFiles, SOFFICE_START_TIMEOUT, whyCannotRender, type Page, type PdfLine } from '../support/render-docx';

const TOP = 37;
const LEFT = 28;
const RIGHT = 28 + 156;
const BOTTOM = 37 + 225;
/** One 16 pt character condensed by 0.25 pt, in mm. */
const CHAR = (15.75 * 25.4) / 72;
const unavailable = await whyCannotRender();
const available = unavailable === null;
/** Under CI (CI=true) a LibreOffice that is missing or does not start fails the run; it is never skipped. */
const required = Boolean(process.env.CI);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const body = (p: Page) => p.lines.filter((l) => l.y1 <= BOTTOM + 3);
const footer = (p: Page) => p.lines.filter((l) => l.y0 > BOTTOM + 3);
const chars = (l: PdfLine) => [...l.text.replace(/\s/gu, '')].length;
/**
 * Character cells of the grid a line fills: a first line's two-character
 * indent counts, a comma or full stop hanging past the right edge does not.
 */
const gridChars = (l: PdfLine) => chars(l) + (l.x0 > LEFT + CHAR ? 2 : 0) - (l.x1 > RIGHT + 1 ? 1 : 0);

const metadata = (format: DraftMetadata['format'] = {}): DraftMetadata => ({
  unit: '某某县司法局',
  unitShort: '',
  year: 2025,
  addressee: '',
  signature: '',
  date: '2026-03-01',
  format,
});

const CONTROLS = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');
const EXT_B = ['\u{2A6A5}', '\u{20000}']; // 𪚥 𠀀
const EMOJI = '😀';
// The test machine has no face for CJK extension B nor a colour emoji face:
// LibreOffice draws placeholder boxes (which still carry the characters) and,
// with both kinds in one paragraph, lays the fallback emoji over its
// neighbour; each kind therefore gets a paragraph of its own.
const breaking: ExportInput = {
  title: '含控制字符的报告',
  metadata: metadata(),
  content: [
    block('title', `含控制字符${CONTROLS}的报告`, {}),
    block('paragraph', `甲${CONTROLS}乙`, {}),
    block('paragraph', `生僻字人名：王${EXT_B[0]}、张${EXT_B[1]}。`, {}),
    block('paragraph', `表情符号：${EMOJI}。`, {}),
  ],
};

const SIGNATURE = '某某自治州某某县人民政府办公室';
const DATE = '2026年3月1日';
const ATTACHMENTS = ['统计表', '某某县司法局关于2025年度行政执法案卷评查情况和2026年度行政执法工作安排的说明材料', '名单'];
const closing = (sealed: boolean): ExportInput => ({
  title: '附件说明与落款',
  metadata: metadata({ sealed }),
  content: [
    block('title', '附件说明与落款', {}),
    block('paragraph', '正文最后一段。', {}),
    ...ATTACHMENTS.map((n) => block('attachment', n, {})),
    block('signature', SIGNATURE, {}),
    block('date', DATE, {}),
  ] satisfies ReportContent,
});

const withProfile = (input: ExportInput, fontProfile: FontProfileId): ExportInput => ({
  ...input,
  metadata: { ...input.metadata, format: { ...input.metadata.format, fontProfile } },
});

const long = makeLongReport(7000);
const DOCUMENTS = {
  'long report': long,
  'township fixture': loadFixtureReport('township-annual-2023'),
  'county bureau fixture': loadFixtureReport('county-bureau-annual-2023'),
  'long report, Windows profile': withProfile(makeLongReport(3000), 'windows'),
  'long report, Linux profile': withProfile(makeLongReport(3000), 'linux'),
  'text that breaks files': breaking,
  'closing, unsealed': closing(false),
  'closing, sealed': closing(true),
} satisfies Record<string, ExportInput>;
type Name = keyof typeof DOCUMENTS;
const REPORTS: Name[] = ['long report', 'township fixture', 'county bureau fixture', 'long report, Windows profile', 'long report, Linux profile'];

describe.skipIf(!available)('rendered page (LibreOffice)', () => {
  let dir: string;
  const rendered = new Map<Name, Page[]>();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'export-render-'));
    const names = Object.keys(DOCUMENTS) as Name[];
    const files = names.map((_, i) => join(dir, `doc${i}.docx`));
    for (const [i, name] of names.entries()) await exportDocx(files[i]!, DOCUMENTS[name]);
    const pages = await renderDocxFiles(files);
    names.forEach((name, i) => rendered.set(name, pages[i]!));
    // LibreOffice's cold start, then every document (render-docx.ts allows 30 s each): far above the default hook timeout.
  }, SOFFICE_START_TIMEOUT + 60_000 + 30_000 * Object.keys(DOCUMENTS).length);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  describe.each(REPORTS)('%s', (name) => {
    const pages = () => rendered.get(name)!;

    it('is A4, every page', () => {
      expect(pages().length).toBeGreaterThanOrEqual(3);
      for (const p of pages()) {
        expect(p.width).toBeCloseTo(210, 0);
        expect(p.height).toBeCloseTo(297, 0);
      }
    });

    it('carries 22 lines on every full page, 225 mm / 22 apart', () => {
      const full = pages().slice(1, -1);
      expect(full.map((p) => body(p).length)).toEqual(full.map(() => 22));
      const pitches = full.flatMap((p) => body(p).slice(1).map((l, k) => l.y0 - body(p)[k]!.y0));
      expect(Math.abs(median(pitches) - 225 / 22)).toBeLessThan(0.25);
    });

    it('sets 28 characters on a full line of Chinese, from 28 mm to 184 mm (a hanging mark past it)', () => {
      const full = pages()
        .flatMap(body)
        .filter((l) => !/[0-9A-Za-z]/u.test(l.text) && l.x1 - l.x0 > 156 * 0.93);
      expect(full.length).toBeGreaterThan(10);
      const counts = full.map(gridChars);
      expect(counts.filter((n) => n === 28).length / counts.length).toBeGreaterThan(0.9);
      expect(Math.abs(median(full.map((l) => l.x0)) - LEFT)).toBeLessThanOrEqual(1);
      expect(Math.abs(median(full.map((l) => l.x1)) - RIGHT)).toBeLessThanOrEqual(1);
      // A hanging mark takes at most one character past the edge.
      for (const l of full) expect(l.x1 - RIGHT).toBeLessThan(CHAR + 0.5);
    });

    it('starts the text block 37 mm from the top', () => {
      // The first line's glyphs sit inside its 10.2 mm line box, which starts at 37 mm.
      const tops = pages()
        .slice(1)
        .map((p) => body(p)[0]!.y0);
      expect(median(tops)).toBeGreaterThanOrEqual(TOP - 0.5);
      expect(median(tops)).toBeLessThanOrEqual(TOP + 3);
    });

    it('numbers every page — N —, odd pages right and even pages left one character in, 7 mm below the text block', () => {
      pages().forEach((p, i) => {
        const lines = footer(p);
        expect(lines.map((l) => l.text).join(' ')).toBe(`— ${i + 1} —`);
        const x0 = Math.min(...lines.map((l) => l.x0));
        const x1 = Math.max(...lines.map((l) => l.x1));
        if ((i + 1) % 2) {
          expect(RIGHT - x1).toBeGreaterThan(3);
          expect(RIGHT - x1).toBeLessThan(8);
        } else {
          expect(x0 - LEFT).toBeGreaterThan(3);
          expect(x0 - LEFT).toBeLessThan(8);
        }
        expect(Math.abs((lines[0]!.y0 + lines[0]!.y1) / 2 - (BOTTOM + 7))).toBeLessThanOrEqual(2);
      });
    });
  });

  it('the long report runs to ten pages or more', () => {
    expect(rendered.get('long report')!.length).toBeGreaterThanOrEqual(10);
  });

  it('sets the title centred, in lines of its own, with one empty line before the body', () => {
    const page = rendered.get('township fixture')![0]!;
    const [first, second, third] = page.lines;
    expect([first!.text, second!.text]).toEqual(['2023 年度乌苏市吉尔格勒特乡', '法治政府建设工作总结']);
    for (const l of [first!, second!]) expect(Math.abs((l.x0 + l.x1) / 2 - (LEFT + RIGHT) / 2)).toBeLessThan(1);
    // Title line, title line, empty line, body: each one grid line, the body three below the title.
    // (Glyph tops of 22 pt and 16 pt text sit differently in their line boxes: a millimetre of play.)
    expect(Math.abs(second!.y0 - first!.y0 - 225 / 22)).toBeLessThan(0.3);
    expect(Math.abs(third!.y0 - first!.y0 - (3 * 225) / 22)).toBeLessThan(1.5);
  });

  it('keeps every visible character of a text with control characters, extension B and emoji', () => {
    const text = rendered
      .get('text that breaks files')!
      .flatMap((p) => p.lines.map((l) => l.text))
      .join('\n');
    // In the title, the line feed, vertical tab and carriage return are line breaks.
    for (const visible of ['含控制字符', '的报告', '甲', '乙', `生僻字人名：王${EXT_B[0]}、张${EXT_B[1]}。`, '表情符号：', EMOJI]) expect(text).toContain(visible);
    expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/u);
  });

  const closingLines = (name: Name) => body(rendered.get(name)![0]!);
  const line = (lines: PdfLine[], start: string) => {
    const l = lines.find((x) => x.text.replace(/\s/gu, '').startsWith(start));
    if (!l) throw new Error(`no line starting ${start}`);
    return l;
  };

  it('附件说明: two characters in, continuation lines under the name, later numbers under 1.', () => {
    const lines = closingLines('closing, unsealed');
    const first = line(lines, '附件：1.统计表');
    expect(first.x0 - LEFT).toBeCloseTo(2 * CHAR, 0);
    const second = line(lines, '2.某某县司法局');
    const wrapped = lines[lines.indexOf(second) + 1]!;
    expect(wrapped.text.replace(/\s/gu, '').startsWith('况和')).toBe(true);
    // The names start at one point (统计表, 某某县司法局……), and the wrapped line under them.
    expect(first.words.slice(0, 2)).toEqual(['附件：1.', '统计表']);
    expect(second.words[0]).toBe('2.');
    const nameStart = first.wordBoxes[1]!.x0;
    expect(Math.abs(second.wordBoxes[1]!.x0 - nameStart)).toBeLessThan(0.3);
    expect(Math.abs(wrapped.x0 - nameStart)).toBeLessThan(0.3);
    // 1. and 2. end at one point too.
    expect(Math.abs(second.wordBoxes[0]!.x1 - first.wordBoxes[0]!.x1)).toBeLessThan(0.3);
    // 2. starts after 附件：, three characters right of 附件.
    expect(second.x0 - first.x0).toBeCloseTo(3 * CHAR, 0);
    const third = line(lines, '3.名单');
    expect(third.x0).toBeCloseTo(second.x0, 1);
  });

  it('unsealed: signature two characters from the right, date starting two characters right of it', () => {
    const lines = closingLines('closing, unsealed');
    const sig = line(lines, SIGNATURE);
    const date = line(lines, '2026年3月1日');
    expect(RIGHT - sig.x1).toBeCloseTo(2 * CHAR, 0);
    expect(date.x0 - sig.x0).toBeCloseTo(2 * CHAR, 0);
    expect(date.y0 - sig.y0).toBeCloseTo(225 / 22, 0);
  });

  it('sealed: date four characters from the right, signature centred over it', () => {
    const lines = closingLines('closing, sealed');
    const sig = line(lines, SIGNATURE);
    const date = line(lines, '2026年3月1日');
    expect(RIGHT - date.x1).toBeCloseTo(4 * CHAR, 0);
    expect(Math.abs((sig.x0 + sig.x1) / 2 - (date.x0 + date.x1) / 2)).toBeLessThan(1);
  });
});

describe.runIf(!available)('rendered page', () => {
  const needs = 'needs LibreOffice (soffice) and poppler-utils (pdftotext) installed';
  if (required) {
    it(`${needs} (required under CI)`, () => {
      throw new Error(`LibreOffice rendering is unavailable: ${unavailable}`);
    });
  } else {
    it.skip(needs, () => undefined);
  }
});
