// The printed lines of a PDF, page by page, as pdftotext reads them: white
// space dropped, the page number lines (— N —) left out.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { LayoutJson } from '../../shared/layout';

const run = promisify(execFile);
export const norm = (s: string): string => s.replace(/[\s\uFEFF]/gu, '');

export async function pdfPages(pdf: string | Buffer): Promise<string[][]> {
  const args = ['-layout', typeof pdf === 'string' ? pdf : '-', '-'];
  const text = typeof pdf === 'string' ? (await run('pdftotext', args, { maxBuffer: 64 << 20 })).stdout : await pipe(args, pdf);
  const pages = text.split('\f');
  if (pages[pages.length - 1]!.trim() === '') pages.pop();
  return pages.map((p) => p.split('\n').map(norm).filter((l) => l !== '' && !/^—\d+—$/u.test(l)));
}

function pipe(args: string[], input: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile('pdftotext', args, { maxBuffer: 64 << 20 }, (error, stdout) => (error ? reject(error) : resolve(stdout)));
    child.stdin!.end(input);
  });
}

/** The layout's lines page by page, white space dropped. */
export const layoutPages = (json: LayoutJson): string[][] => json.pages.map((p) => p.lines.map((l) => norm(l.text)));
