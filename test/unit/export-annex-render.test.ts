// Attachments as printed (LibreOffice, measured from the PDF): each starts a
// new page with 附件N at the top left of the text block, on its first line, in
// the 黑体 face (its stand-in, Noto Sans CJK), the title centred on the third
// line in the title's face, its content after; the page count is the layout's;
// the 版记 after the attachments, on the last, even page.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocx, exportLayout, type ExportInput } from '../../electron/export/docx-document';
import { annexedReport } from '../support/annexed-report';
import { bboxPages, SOFFICE_START_TIMEOUT, whyCannotRender, withPdfs, type Page } from '../support/render-docx';

const run = promisify(execFile);
const unavailable = await whyCannotRender();
const TOP = 37;
const LEFT = 28;
const CENTRE = 28 + 156 / 2;
const PITCH = 225 / 22;

/** The font family of each text piece pdftohtml reads, by its text. */
async function fontsOf(pdf: string): Promise<{ page: number; text: string; family: string }[]> {
  const { stdout } = await run('pdftohtml', ['-xml', '-i', '-stdout', pdf], { maxBuffer: 64 << 20 });
  const families = new Map([...stdout.matchAll(/<fontspec id="(\d+)"[^>]*family="([^"]+)"/gu)].map((m) => [m[1]!, m[2]!]));
  const out: { page: number; text: string; family: string }[] = [];
  for (const pm of stdout.matchAll(/<page number="(\d+)"[\s\S]*?<\/page>/gu)) {
    for (const t of pm[0].matchAll(/<text [^>]*font="(\d+)"[^>]*>([\s\S]*?)<\/text>/gu)) out.push({ page: Number(pm[1]), text: t[2]!.replace(/<[^>]+>/gu, ''), family: families.get(t[1]!) ?? '' });
  }
  return out;
}

const colophon = { cc: '某某市司法局', printer: '某某县司法局办公室', printed: '2026-03-01' };

describe.skipIf(unavailable !== null)('attachments as LibreOffice prints them', () => {
  let dir: string;
  const inputs: ExportInput[] = [annexedReport(), { ...annexedReport(), metadata: { ...annexedReport().metadata, colophon } }];
  const printed: { pages: Page[]; fonts: Awaited<ReturnType<typeof fontsOf>> }[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'annex-render-'));
    const files = inputs.map((_, i) => join(dir, `annex${i}.docx`));
    for (const [i, input] of inputs.entries()) await writeFile(files[i]!, await buildDocx(input));
    await withPdfs(files, async (pdfs) => {
      for (const pdf of pdfs) printed.push({ pages: await bboxPages(pdf), fonts: await fontsOf(pdf) });
    });
  }, SOFFICE_START_TIMEOUT + 90_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('starts each attachment on a new page: 附件N top left in 黑体, the title centred on the third line', () => {
    const { pages, fonts } = printed[0]!;
    const layout = exportLayout(inputs[0]!);
    expect(pages.length).toBe(layout.pages.length);
    const starts = pages.flatMap((p, i) => (p.lines[0] && /^附件\s*\d$/u.test(p.lines[0].text) ? [i] : []));
    expect(starts.map((i) => pages[i]!.lines[0]!.text.replace(/\s/gu, ''))).toEqual(['附件1', '附件2']);
    // The pages the layout starts them on.
    expect(starts.map((i) => i + 1)).toEqual(layout.pages.filter((p) => p.boxes[0]?.box.kind === 'line' && p.boxes[0].box.lineKind === 'annex').map((p) => p.number));
    const titles = ['2023年度重点工作任务完成情况统计表', '2023年度法治宣传教育活动开展情况'];
    for (const [k, i] of starts.entries()) {
      const [label, title] = pages[i]!.lines;
      expect(label!.x0).toBeCloseTo(LEFT, 0);
      expect(label!.y0).toBeGreaterThan(TOP);
      expect(label!.y1).toBeLessThan(TOP + PITCH + 1);
      expect(title!.text.replace(/\s/gu, '')).toBe(titles[k]);
      expect(Math.abs((title!.x0 + title!.x1) / 2 - CENTRE)).toBeLessThan(1.5);
      expect(title!.y0).toBeGreaterThan(TOP + 2 * PITCH - 1);
      expect(title!.y1).toBeLessThan(TOP + 3 * PITCH + 1);
      const labelFont = fonts.find((f) => f.page === i + 1 && f.text === '附件')!.family;
      // The title's Chinese text (its digits are Times New Roman, as everywhere).
      const titleFont = fonts.find((f) => f.page === i + 1 && f.text.includes(titles[k]!.slice(4, 8)))?.family;
      expect(labelFont).toMatch(/NotoSansCJK/u);
      expect(titleFont).toMatch(/NotoSerifCJK/u);
    }
    // The 附件说明 on the main text's last page names them in order.
    const mainLast = pages[starts[0]! - 1]!.lines.map((l) => l.text.replace(/\s/gu, ''));
    expect(mainLast.some((t) => t.startsWith('附件：1.2023年度重点工作任务'))).toBe(true);
    expect(mainLast.some((t) => t.startsWith('2.2023年度法治宣传教育活动'))).toBe(true);
  });

  it('puts the 版记 after the attachments, on the last page, which is even', () => {
    const { pages } = printed[1]!;
    const layout = exportLayout(inputs[1]!);
    expect(pages.length).toBe(layout.pages.length);
    expect(pages.length % 2).toBe(0);
    const last = pages[pages.length - 1]!.lines.map((l) => l.text.replace(/\s/gu, ''));
    expect(last.some((t) => t.startsWith('抄送：某某市司法局'))).toBe(true);
    const lastAnnex = Math.max(...pages.flatMap((p, i) => (p.lines.some((l) => /^附件\s*2$/u.test(l.text)) ? [i] : [])));
    expect(pages.length - 1).toBeGreaterThanOrEqual(lastAnnex);
  });
});

describe.runIf(unavailable !== null && Boolean(process.env.CI))('attachments as LibreOffice prints them', () => {
  it('needs LibreOffice and pdftotext (required under CI)', () => {
    throw new Error(`LibreOffice rendering is unavailable: ${unavailable}`);
  });
});
