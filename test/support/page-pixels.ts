// A rendered PDF page as pixels (pdftoppm, poppler-utils): where the ink of a
// colour lies, in mm from the page's top left corner. Rules (the 版头's red
// separator, the 版记's lines) and the top edge of a red mark are drawings or
// glyph outlines pdftotext does not report; their pixels are measured here.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
/** Pixels a millimetre (pdftoppm at 254 dpi: 10 a millimetre). */
export const PX_PER_MM = 10;

export interface PagePixels {
  width: number;
  height: number;
  /** r, g, b of pixel (x, y). */
  at(x: number, y: number): [number, number, number];
}

export type Ink = (rgb: [number, number, number]) => boolean;
export const RED: Ink = ([r, g, b]) => r > 180 && g < 90 && b < 90;
export const DARK: Ink = ([r, g, b]) => r < 110 && g < 110 && b < 110;

/** Page `page` (1-based) of a PDF, rasterised. */
export async function pagePixels(pdf: string, page: number): Promise<PagePixels> {
  const dir = await mkdtemp(join(tmpdir(), 'page-pixels-'));
  try {
    await run('pdftoppm', ['-r', String(PX_PER_MM * 25.4), '-f', String(page), '-l', String(page), '-singlefile', pdf, join(dir, 'p')], { timeout: 60_000 });
    const buf = await readFile(join(dir, 'p.ppm'));
    // P6 header: magic, width, height, maxval, each followed by white space.
    const fields: string[] = [];
    let at = 0;
    while (fields.length < 4) {
      while (/\s/u.test(String.fromCharCode(buf[at]!))) at++;
      let f = '';
      while (!/\s/u.test(String.fromCharCode(buf[at]!))) f += String.fromCharCode(buf[at++]!);
      fields.push(f);
    }
    at++;
    const width = Number(fields[1]);
    const height = Number(fields[2]);
    const data = buf.subarray(at);
    return { width, height, at: (x, y) => [data[(y * width + x) * 3]!, data[(y * width + x) * 3 + 1]!, data[(y * width + x) * 3 + 2]!] };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export interface Rule {
  /** Top and bottom edge, mm. */
  y0: number;
  y1: number;
  /** Left and right end, mm. */
  x0: number;
  x1: number;
}

/** Horizontal rules of an ink: runs of rows each inked unbroken over at least `minLength` mm. */
export function rules(p: PagePixels, ink: Ink, minLength = 100): Rule[] {
  const out: Rule[] = [];
  let current = null as Rule | null;
  for (let y = 0; y < p.height; y++) {
    let best: [number, number] | null = null;
    let start = -1;
    for (let x = 0; x <= p.width; x++) {
      const on = x < p.width && ink(p.at(x, y));
      if (on && start < 0) start = x;
      if (!on && start >= 0) {
        if (!best || x - start > best[1] - best[0]) best = [start, x];
        start = -1;
      }
    }
    const long = best && (best[1] - best[0]) / PX_PER_MM >= minLength;
    if (long) {
      const [x0, x1] = best!;
      const now = current;
      if (now && now.y1 === y / PX_PER_MM) current = { y0: now.y0, y1: (y + 1) / PX_PER_MM, x0: Math.min(now.x0, x0 / PX_PER_MM), x1: Math.max(now.x1, x1 / PX_PER_MM) };
      else {
        if (now) out.push(now);
        current = { y0: y / PX_PER_MM, y1: (y + 1) / PX_PER_MM, x0: x0 / PX_PER_MM, x1: x1 / PX_PER_MM };
      }
    } else if (current) {
      out.push(current);
      current = null;
    }
  }
  if (current) out.push(current);
  return out;
}

/** The box of every pixel of an ink within a band of rows (mm), or null when there is none. */
export function inkBox(p: PagePixels, ink: Ink, fromMm: number, toMm: number): Rule | null {
  let box: Rule | null = null;
  for (let y = Math.max(0, Math.round(fromMm * PX_PER_MM)); y < Math.min(p.height, Math.round(toMm * PX_PER_MM)); y++) {
    for (let x = 0; x < p.width; x++) {
      if (!ink(p.at(x, y))) continue;
      const [mx, my] = [x / PX_PER_MM, y / PX_PER_MM];
      box = box ? { y0: Math.min(box.y0, my), y1: Math.max(box.y1, my + 1 / PX_PER_MM), x0: Math.min(box.x0, mx), x1: Math.max(box.x1, mx + 1 / PX_PER_MM) } : { y0: my, y1: my + 1 / PX_PER_MM, x0: mx, x1: mx + 1 / PX_PER_MM };
    }
  }
  return box;
}
