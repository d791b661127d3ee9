// 导出 PDF with a 版头 and 版记: the mark, 文号 and 签发人 above the layout's
// lines, the red separator as wide as the text block; the 版记's lines and
// three rules on the last page; no page numbers on a blank page and the
// 版记's page after it.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportLayout } from '../../electron/export/docx-document';
import { buildPdf } from '../../electron/export/pdf';
import { layoutJson } from '../../shared/layout';
import { formalShifted } from '../support/formal';
import { DARK, pagePixels, RED, rules } from '../support/page-pixels';

const run = promisify(execFile);
const has = await run('pdftoppm', ['-v']).then(
  () => true,
  () => false,
);
const norm = (s: string) => s.replace(/\s/gu, '');
const input = formalShifted().find((d) => exportLayout(d).colophon!.blankPage)!;

describe.skipIf(!has && !process.env.CI)('PDF export of a 版头 and 版记', () => {
  let dir: string;
  let pdf: string;
  let pages: string[][];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pdf-formal-'));
    pdf = join(dir, 'formal.pdf');
    await writeFile(pdf, await buildPdf(input));
    const { stdout } = await run('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 64 << 20 });
    pages = stdout.split('\f').slice(0, -1).map((p) => p.split('\n').map(norm).filter(Boolean));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('the layout’s pages and lines, the 版头 above them and the 版记 on the last page; no number on the last two', () => {
    const layout = exportLayout(input);
    expect(pages).toHaveLength(layout.pages.length);
    expect(pages[0]!.slice(0, 2)).toEqual(['某某县司法局文件', '某司报〔2026〕3号签发人：王某某']);
    expect(pages[0]!.slice(2, -1)).toEqual(layoutJson(layout).pages[0]!.lines.map((l) => norm(l.text)));
    expect(pages[0]!.at(-1)).toBe('—1—');
    expect(pages.at(-2)).toEqual([]);
    expect(pages.at(-1)).toEqual(['抄送：某某市司法局，某某县人民政府办公室。', '某某县司法局办公室2026年3月1日印发']);
  });

  it('the red separator and the 版记’s three rules as wide as the text block, the last on its bottom edge', async () => {
    const [red] = rules(await pagePixels(pdf, 1), RED);
    expect(red!.x0).toBeCloseTo(28, 0);
    expect(red!.x1).toBeCloseTo(184, 0);
    const dark = rules(await pagePixels(pdf, pages.length), DARK);
    expect(dark).toHaveLength(3);
    expect(dark[2]!.y1).toBeCloseTo(262, 0);
    for (const r of dark) expect([r.x0, r.x1].map(Math.round)).toEqual([28, 184]);
  });
});
