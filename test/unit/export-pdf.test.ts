// 导出 PDF: drawn from the layout, so pdftotext reads back the layout's lines
// page by page; the fonts of the profile (or their documented stand-ins) are
// embedded as subsets; the CLI writes a PDF when the output ends in .pdf.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { exportLayout, type ExportInput } from '../../electron/export/docx-document';
import { buildPdf } from '../../electron/export/pdf';
import { layoutJson } from '../../shared/layout';
import { fixturePath, loadFixtureReport } from '../fixtures/export/reports';
import { annexedReport } from '../support/annexed-report';
import { makeLongReport } from '../support/long-report';
import { shiftedShortLine } from '../support/shifted';

const run = promisify(execFile);
const hasPdftotext = await run('pdftotext', ['-v']).then(
  () => true,
  () => false,
);
const norm = (s: string) => s.replace(/\s/gu, '');

async function pdfPages(pdf: Buffer, dir: string): Promise<string[][]> {
  const file = join(dir, `p${Math.random().toString(36).slice(2)}.pdf`);
  await writeFile(file, pdf);
  const { stdout } = await run('pdftotext', ['-layout', file, '-'], { maxBuffer: 64 << 20 });
  return stdout
    .split('\f')
    .filter((p, i, all) => i < all.length - 1 || p.trim())
    .map((p) =>
      p
        .split('\n')
        .map(norm)
        .filter((l) => l && !/^—\d+—$/u.test(l)),
    );
}

const DOCUMENTS: [string, ExportInput][] = [
  ['county bureau fixture', loadFixtureReport('county-bureau-annual-2023')],
  ['township fixture, Windows profile', { ...loadFixtureReport('township-annual-2023'), metadata: { ...loadFixtureReport('township-annual-2023').metadata, format: { fontProfile: 'windows' } } }],
  ['long report with figures', makeLongReport(12_000, { mixed: true })],
  ['a condensed paragraph', shiftedShortLine()[3]!],
  ['two attachments', annexedReport()],
];

describe.skipIf(!hasPdftotext && !process.env.CI)('PDF export', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'export-pdf-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it.each(DOCUMENTS)('%s: its lines are the layout lines, page by page', async (_, input) => {
    const layout = layoutJson(exportLayout(input)).pages.map((p) => p.lines.map((l) => norm(l.text)));
    const printed = await pdfPages(await buildPdf(input), dir);
    expect(printed.length).toBe(layout.length);
    printed.forEach((page, p) => expect(page, `page ${p + 1}`).toEqual(layout[p]));
  });

  it('embeds every font as a subset, and names the unit, not the machine', async () => {
    const file = join(dir, 'fonts.pdf');
    await writeFile(file, await buildPdf(loadFixtureReport('county-bureau-annual-2023')));
    const { stdout } = await run('pdffonts', [file]);
    const rows = stdout.split('\n').slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const row of rows) expect(row, row).toMatch(/^[A-Z]{6}\+\S+\s.*\byes\s+yes\s+yes\b/u);
    const info = (await run('pdfinfo', [file])).stdout;
    expect(info).toMatch(/Author:\s+井研县自然资源局/u);
    expect(info).toMatch(/Producer:\s+公文报告编辑器/u);
    expect(info).toMatch(/Pages:\s+7/u);
  });

  it('CLI: export -o report.pdf writes a PDF; another extension is refused', async () => {
    const out: string[] = [];
    const io = { stdout: (t: string) => void out.push(t), stderr: (t: string) => void out.push(t), cwd: dir };
    expect(await runCli(['export', fixturePath('township-annual-2023'), '-o', 'report.pdf'], io)).toBe(0);
    expect((await readFile(join(dir, 'report.pdf'))).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await runCli(['export', fixturePath('township-annual-2023'), '-o', 'report.odt'], io)).toBe(2);
    expect(out.join('')).toContain('.docx（Word 文档）或 .pdf');
  });
});
