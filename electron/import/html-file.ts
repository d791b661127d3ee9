// A report saved as a web page (.html/.htm, from a government website or
// Word's 另存为网页): read through the same recognizer as a paste, its
// tables kept cell for cell, and its pictures read from data: URLs or from
// the files beside the page (报告.files/image001.png), kept once per content.
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReportContent } from '../../shared/model';
import { htmlObjects, recognize, withPictures } from '../../shared/recognize';
import { Collected, type ImportedPicture } from './collected';
import { decodeText } from './text-encoding';
import type { ImportNotes } from '../../shared/recognize/summary';

const MM_PER_PX = 25.4 / 96;

/** The bytes an <img src> names, or undefined when they cannot be read. */
function pictureBytes(src: string, folder: string): Uint8Array | undefined {
  try {
    const data = /^data:image\/[\w+.-]+;base64,(.*)$/isu.exec(src.trim());
    if (data) return Buffer.from(data[1]!.replace(/\s+/gu, ''), 'base64');
    if (/^https?:/iu.test(src)) return undefined;
    const path = /^file:/iu.test(src) ? fileURLToPath(src) : decodeURIComponent(src.split(/[?#]/u)[0]!);
    return readFileSync(isAbsolute(path) ? path : join(folder, path));
  } catch {
    return undefined;
  }
}

/** An .html file's report: its blocks, the pictures they show, and what could not be brought over. */
export function readHtml(bytes: Uint8Array, folder: string): { content: ReportContent; pictures: Map<string, ImportedPicture>; notes: ImportNotes } {
  let html = decodeText(bytes).text;
  const charset = /<meta[^>]+charset\s*=\s*["']?\s*(gb2312|gbk|gb18030)/iu.exec(html.slice(0, 4096));
  if (charset) html = new TextDecoder('gb18030').decode(bytes);
  const source = htmlObjects(html);
  const found = new Collected();
  const made = source.images.map((img) => found.picture(pictureBytes(img.src, folder), img.width ? img.width * MM_PER_PX : undefined, img.alt));
  return { content: recognize(withPictures(source, made)), pictures: found.pictures, notes: found.notes() };
}
