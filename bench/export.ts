// Export speed: reports of 10,000, 50,000 and 200,000 characters, draft to
// .docx file, against Debian's pandoc turning the same content (as Markdown,
// with our own export as its reference .docx) into a .docx file. Both write a
// file; pandoc's time includes starting its process, as a clerk's would.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildDocx, exportedBlocks, type ExportInput } from '../electron/export/docx-document';
import { exportDocx } from '../electron/export/write-docx';
import { blockText } from '../shared/model';
import { headingNumbers } from '../shared/numbering';
import { makeLongReport } from '../test/support/long-report';
import { measure, type Figure } from './measure';

const run = promisify(execFile);
const PANDOC = '/usr/bin/pandoc';
const SIZES = [10_000, 50_000, 200_000];

/** Markdown special characters, escaped so the text stays text. */
const escapeMarkdown = (text: string) => text.replace(/[\\`*_{}[\]()#+\-.!<>|~^$]/gu, (c) => `\\${c}`);

/** The report as pandoc's Markdown: the same blocks, headings with their numbers as text. */
export function reportMarkdown(input: ExportInput): string {
  const blocks = exportedBlocks(input.content);
  const numbers = headingNumbers(blocks);
  return blocks
    .map((b, i) => {
      const text = escapeMarkdown(blockText(b).replace(/\s+/gu, ' ').trim());
      switch (b.type) {
        case 'title':
          return `# ${text}`;
        case 'heading':
          return `${'#'.repeat(b.level + 1)} ${escapeMarkdown(numbers[i] ?? '')}${text}`;
        case 'attachment':
          return `附件：${text}`;
        default:
          return text;
      }
    })
    .join('\n\n')
    .concat('\n');
}

function pandocVersion(): string | null {
  try {
    return execFileSync(PANDOC, ['--version'], { encoding: 'utf8' }).split('\n')[0]!.trim();
  } catch {
    return null;
  }
}

const thousands = (n: number) => n.toLocaleString('en-US');

export async function benchExport(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-export-'));
  const pandoc = pandocVersion();
  try {
    const reference = join(dir, 'reference.docx');
    writeFileSync(reference, await buildDocx(makeLongReport(2_000)));
    const figures: Figure[] = [];
    for (const size of SIZES) {
      const report = makeLongReport(size);
      const runs = size > 100_000 ? 5 : 10;
      const name = `export .docx, ${thousands(size)} characters`;
      const own = await measure(name, () => exportDocx(join(dir, `own-${size}.docx`), report), { runs, warmup: 2 });
      if (!pandoc) {
        figures.push({ ...own, name: `${name} (${PANDOC} not found: no comparison)` });
        continue;
      }
      const markdown = join(dir, `report-${size}.md`);
      writeFileSync(markdown, reportMarkdown(report));
      const out = join(dir, `pandoc-${size}.docx`);
      const peer = await measure(
        `${pandoc}, ${thousands(size)} characters`,
        () => run(PANDOC, ['-f', 'markdown', '-t', 'docx', '--reference-doc', reference, '-o', out, markdown]),
        { runs: size > 100_000 ? 3 : 5, warmup: 1 },
      );
      figures.push({ ...own, peer: { name: pandoc, median: peer.median, p95: peer.p95 } });
    }
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
