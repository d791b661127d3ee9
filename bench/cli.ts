// The built command line as IT runs it, whole processes: `node dist/cli.js
// --help` (start-up), and `node dist/cli.js export` of a 50,000-character
// report against pandoc's whole process turning the same text (bench/export.ts's
// Markdown, our export as its reference .docx) into a .docx. The two exports
// run in pairs, alternating which goes first, so both see the same machine
// load; the figures are the medians of the pairs of one run. Without pandoc it
// says so and measures our side alone. `npm run bench -- cli` runs this alone.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { buildDocx } from '../electron/export/docx-document';
import { serializeDraftFile } from '../shared/draft-file';
import { makeLongReport } from '../test/support/long-report';
import { reportMarkdown } from './export';
import { measure, type Figure } from './measure';

const run = promisify(execFile);
const CLI = resolve(import.meta.dirname, '../dist/cli.js');
const PANDOC = '/usr/bin/pandoc';
const CHARS = 50_000;
const PAIRS = 15;

function pandocVersion(): string | null {
  try {
    return execFileSync(PANDOC, ['--version'], { encoding: 'utf8' }).split('\n')[0]!.trim();
  } catch {
    return null;
  }
}

async function timed(file: string, args: string[]): Promise<number> {
  const t0 = performance.now();
  await run(file, args);
  return performance.now() - t0;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil(0.95 * xs.length) - 1)]!;

export async function benchCli(): Promise<Figure[]> {
  if (!existsSync(CLI)) throw new Error('dist/cli.js missing: npm run bench builds it first');
  const dir = mkdtempSync(join(tmpdir(), 'bench-cli-'));
  try {
    // The floor: Node starting and exiting with nothing to do, on this machine now.
    const floor = await measure('node -e 0 (an empty Node process, for reference)', () => run(process.execPath, ['-e', '0']), { runs: 20, warmup: 2 });
    const help = await measure('node dist/cli.js --help, whole process', () => run(process.execPath, [CLI, '--help']), { runs: 20, warmup: 2 });
    const report = makeLongReport(CHARS);
    const draft = join(dir, 'report.json');
    writeFileSync(draft, serializeDraftFile({ title: report.title, metadata: report.metadata, content: report.content, template: 'rule-of-law-annual' }));
    const ownArgs = [CLI, 'export', draft, '-o', join(dir, 'own.docx')];
    const name = `node dist/cli.js export, ${CHARS.toLocaleString('en-US')} characters, whole process`;
    const pandoc = pandocVersion();
    if (!pandoc) {
      console.log(`pandoc not installed (${PANDOC}): measuring node dist/cli.js export alone`);
      return [floor, help, await measure(name, () => run(process.execPath, ownArgs), { runs: PAIRS, warmup: 2 })];
    }
    const reference = join(dir, 'reference.docx');
    writeFileSync(reference, await buildDocx(makeLongReport(2_000)));
    const markdown = join(dir, 'report.md');
    writeFileSync(markdown, reportMarkdown(report));
    const peerArgs = ['-f', 'markdown', '-t', 'docx', '--reference-doc', reference, '-o', join(dir, 'pandoc.docx'), markdown];
    for (let i = 0; i < 2; i++) {
      await timed(process.execPath, ownArgs);
      await timed(PANDOC, peerArgs);
    }
    const own: number[] = [];
    const peer: number[] = [];
    for (let i = 0; i < PAIRS; i++) {
      if (i % 2 === 0) {
        own.push(await timed(process.execPath, ownArgs));
        peer.push(await timed(PANDOC, peerArgs));
      } else {
        peer.push(await timed(PANDOC, peerArgs));
        own.push(await timed(process.execPath, ownArgs));
      }
    }
    const exported: Figure = { name, unit: 'ms', median: median(own), p95: p95(own), runs: PAIRS, peer: { name: `${pandoc}, whole process`, median: median(peer), p95: p95(peer) } };
    return [floor, help, exported];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
