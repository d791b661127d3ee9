// Page-true layout (issue 12): a full layout of a 50,000-character report;
// the relayout after one keystroke in its middle (the engine keeps every
// unchanged paragraph's lines); and 导出 PDF of the same report beside the
// .docx export.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDocx } from '../electron/export/docx-document';
import { buildPdf } from '../electron/export/pdf';
import { LayoutEngine, layoutDraft } from '../shared/layout';
import type { ReportContent, TextBlock } from '../shared/model';
import { makeLongReport } from '../test/support/long-report';
import { measure, type Figure } from './measure';

const SIZE = 50_000;

/** The content with one character typed into the paragraph at `at`, as the editor produces it (that block replaced). */
function typed(content: ReportContent, at: number, k: number): ReportContent {
  const next = [...content];
  const b = next[at] as TextBlock;
  const text = b.children.map((c) => c.text).join('');
  const cut = Math.floor(text.length / 2);
  next[at] = { ...b, children: [{ text: text.slice(0, cut) + '法'.repeat(k % 7) + text.slice(cut) }] };
  return next;
}

export async function benchLayout(): Promise<Figure[]> {
  const report = makeLongReport(SIZE, { mixed: true });
  const figures: Figure[] = [];
  figures.push(await measure(`layout, ${SIZE.toLocaleString('en-US')} characters (full)`, () => layoutDraft(report), { runs: 10, warmup: 2 }));

  const engine = new LayoutEngine();
  engine.layout(report);
  const middle = report.content.findIndex((b, i) => i > report.content.length / 2 && b.type === 'paragraph');
  let k = 0;
  const keystroke = await measure(
    `relayout per keystroke, ${SIZE.toLocaleString('en-US')} characters`,
    () => engine.layout({ ...report, content: typed(report.content, middle, ++k) }),
    { runs: 200, warmup: 10 },
  );
  figures.push(keystroke);

  const dir = mkdtempSync(join(tmpdir(), 'bench-pdf-'));
  try {
    const docx = await measure('export .docx', () => buildDocx(report), { runs: 5, warmup: 1 });
    const pdf = await measure(`export PDF, ${SIZE.toLocaleString('en-US')} characters`, () => buildPdf(report), { runs: 5, warmup: 1 });
    figures.push({ ...pdf, peer: { name: `.docx export of the same report`, median: docx.median, p95: docx.p95 } });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}
