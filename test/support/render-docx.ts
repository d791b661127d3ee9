// Renders a .docx with LibreOffice (headless, throw-away profile) and reads
// every text line's position back from `pdftotext -bbox-layout`, in mm from
// the page's top left corner. Used by tests that measure the printed page.
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const MM_PER_PT = 25.4 / 72;
const FONTS_CONF = fileURLToPath(new URL('./fonts.conf', import.meta.url));

export interface PdfLine {
  /** The line's words joined by single spaces. */
  text: string;
  words: string[];
  /** Each word's left and right edge, in mm. */
  wordBoxes: { x0: number; x1: number }[];
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface Page {
  width: number;
  height: number;
  /** Top to bottom, then left to right. */
  lines: PdfLine[];
}

/** How long LibreOffice may take to answer at all: a cold start on a loaded machine is slow. */
export const SOFFICE_START_TIMEOUT = 180_000;

/** Why rendering tests cannot run (soffice or pdftotext missing or not answering), or null when they can. */
export async function whyCannotRender(): Promise<string | null> {
  for (const [command, args, timeout] of [
    ['soffice', ['--version'], SOFFICE_START_TIMEOUT],
    ['pdftotext', ['-v'], 30_000],
  ] as const) {
    try {
      await run(command, [...args], { timeout });
    } catch (error) {
      return `${command} ${args.join(' ')} failed: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
  return null;
}

/** True when soffice and pdftotext are installed, so rendering tests can run. */
export async function canRender(): Promise<boolean> {
  return (await whyCannotRender()) === null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e] ?? whole;
  });
}

function attrs(tag: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of tag.matchAll(/(\w+)="([^"]*)"/gu)) out[m[1]!] = Number(m[2]);
  return out;
}

/** Parses pdftotext's -bbox-layout XHTML into pages of lines. */
export function parseBboxLayout(xhtml: string): Page[] {
  const pages: Page[] = [];
  for (const pm of xhtml.matchAll(/<page\b([^>]*)>([\s\S]*?)<\/page>/gu)) {
    const size = attrs(pm[1]!);
    const lines: PdfLine[] = [];
    for (const lm of pm[2]!.matchAll(/<line\b([^>]*)>([\s\S]*?)<\/line>/gu)) {
      const box = attrs(lm[1]!);
      const matches = [...lm[2]!.matchAll(/<word\b([^>]*)>([\s\S]*?)<\/word>/gu)];
      const words = matches.map((w) => decode(w[2]!));
      const wordBoxes = matches.map((w) => {
        const b = attrs(w[1]!);
        return { x0: (b.xMin ?? 0) * MM_PER_PT, x1: (b.xMax ?? 0) * MM_PER_PT };
      });
      lines.push({
        text: words.join(' '),
        words,
        wordBoxes,
        x0: (box.xMin ?? 0) * MM_PER_PT,
        x1: (box.xMax ?? 0) * MM_PER_PT,
        y0: (box.yMin ?? 0) * MM_PER_PT,
        y1: (box.yMax ?? 0) * MM_PER_PT,
      });
    }
    lines.sort((a, b) => Math.round(a.y0 * 10) - Math.round(b.y0 * 10) || a.x0 - b.x0);
    pages.push({ width: (size.width ?? 0) * MM_PER_PT, height: (size.height ?? 0) * MM_PER_PT, lines });
  }
  return pages;
}

/** Converts the .docx files to PDF in one LibreOffice run; `use` gets the PDFs in the same order (removed afterwards). */
export async function withPdfs<T>(docxPaths: readonly string[], use: (pdfs: string[]) => Promise<T>): Promise<T> {
  const work = await mkdtemp(join(tmpdir(), 'render-docx-'));
  try {
    const sources = docxPaths.map((_, i) => join(work, `doc${i}.docx`));
    await Promise.all(docxPaths.map((p, i) => copyFile(p, sources[i]!)));
    const env = { ...process.env, HOME: work, FONTCONFIG_FILE: FONTS_CONF };
    await run(
      'soffice',
      [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, ...sources],
      { env, timeout: SOFFICE_START_TIMEOUT + 30_000 * docxPaths.length },
    );
    return await use(sources.map((s) => s.replace(/\.docx$/u, '.pdf')));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The pages of a PDF with every line's box in mm. */
export async function bboxPages(pdf: string): Promise<Page[]> {
  const html = `${pdf}.bbox.html`;
  await run('pdftotext', ['-bbox-layout', pdf, html], { timeout: 60_000 });
  return parseBboxLayout(await readFile(html, 'utf8'));
}

/** Renders the .docx and returns its pages with every line's box in mm. */
export async function renderDocxToPdfText(docxPath: string): Promise<{ pages: Page[] }> {
  return withPdfs([docxPath], async ([pdf]) => ({ pages: await bboxPages(pdf!) }));
}

/** Renders several .docx files in one LibreOffice run (it starts once); pages of each, in order. */
export async function renderDocxFiles(docxPaths: readonly string[]): Promise<Page[][]> {
  return withPdfs(docxPaths, async (pdfs) => {
    const out: Page[][] = [];
    for (const pdf of pdfs) out.push(await bboxPages(pdf));
    return out;
  });
}

/** Renders the .docx and returns its plain text, pages separated by form feeds. */
export async function pdfText(docxPath: string): Promise<string> {
  return withPdfs([docxPath], async ([pdf]) => (await run('pdftotext', ['-layout', pdf!, '-'], { timeout: 60_000, maxBuffer: 64 << 20 })).stdout);
}
