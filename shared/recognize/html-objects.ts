// Tables and pictures in HTML (a report saved from a website or from Word,
// or the clipboard of Word and WPS): <table> becomes a table block, cell for
// cell with colspan and rowspan; each <img> a place for a picture, which the
// host fills (it can read data: and file: URLs, and hash the bytes). The
// text between goes through the same recognizer as before (html.ts). Tags
// are found in one pass; a table inside a cell is read as that cell's text.
import type { ParagraphBlock, ReportBlock, TableBlock, TableCell, TableRow } from '../model';
import { cleanLine } from './cleanup';
import { decodeEntities, htmlToParagraphs } from './html';
import type { SourceParagraph } from './lines';

/** A picture the HTML shows, for the host to fetch: it puts the block it makes at `paragraphs[index].block`. */
export interface HtmlImage {
  index: number;
  src: string;
  alt: string;
  /** The width the HTML shows it at, CSS pixels. */
  width?: number;
}

export interface HtmlSource {
  paragraphs: SourceParagraph[];
  images: HtmlImage[];
}

const TAG = /<!--[\s\S]*?(?:-->|$)|<(\/?)(table|tr|td|th|thead|img|caption)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/giy;
const FIND = new RegExp(TAG.source, 'gi');

function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'iu').exec(attrs);
  return m ? decodeEntities(m[1] ?? m[2] ?? m[3] ?? '') : undefined;
}

function fragmentOf(html: string): string {
  const start = /<!--\s*StartFragment\s*-->/iu.exec(html);
  const end = /<!--\s*EndFragment\s*-->/iu.exec(html);
  return start && end && end.index > start.index ? html.slice(start.index + start[0].length, end.index) : html;
}

function span(attrs: string, name: string): number | undefined {
  const n = Number(attribute(attrs, name));
  return Number.isInteger(n) && n > 1 ? Math.min(n, 1000) : undefined;
}

function cellParagraphs(inner: string): ParagraphBlock[] {
  const texts = htmlToParagraphs(inner).map((p) => cleanLine(p.text)).filter(Boolean);
  return (texts.length ? texts : ['']).map((text) => ({ type: 'paragraph', children: [{ text }] }));
}

interface TableState {
  rows: TableRow[];
  row: TableCell[] | null;
  rowHeader: boolean;
  inHead: boolean;
  cell: { attrs: string; from: number; th: boolean } | null;
}

/** The HTML's paragraphs, its tables as table blocks and its pictures as places to fill, in order. */
export function htmlObjects(html: string): HtmlSource {
  const source = fragmentOf(html);
  const paragraphs: SourceParagraph[] = [];
  const images: HtmlImage[] = [];
  let textFrom = 0;
  let table: TableState | null = null;
  let depth = 0;
  const text = (to: number) => {
    if (to > textFrom) paragraphs.push(...htmlToParagraphs(source.slice(textFrom, to)));
  };
  const endRow = (t: TableState) => {
    if (t.row && t.row.length) t.rows.push({ type: 'table-row', children: t.row, ...(t.rowHeader ? { header: true } : {}) });
    t.row = null;
  };
  const endCell = (t: TableState, at: number) => {
    if (!t.cell) return;
    const { attrs, from, th } = t.cell;
    const colSpan = span(attrs, 'colspan');
    const rowSpan = span(attrs, 'rowspan');
    const inner = source.slice(from, at);
    // The cell's own alignment, else its first paragraph's (Word writes it there).
    const firstP = /^\s*<p\b((?:[^>"']|"[^"]*"|'[^']*')*)>/iu.exec(inner)?.[1] ?? '';
    const alignOf = (a: string) => attribute(a, 'align') ?? /text-align\s*:\s*(\w+)/iu.exec(attribute(a, 'style') ?? '')?.[1];
    const align = (alignOf(attrs) ?? alignOf(firstP) ?? '').toLowerCase();
    (t.row ??= []).push({
      type: 'table-cell',
      children: cellParagraphs(inner),
      ...(colSpan ? { colSpan } : {}),
      ...(rowSpan ? { rowSpan } : {}),
      ...(align === 'center' || align === 'right' || align === 'left' ? { align } : {}),
    });
    t.rowHeader &&= th || t.inHead;
    t.cell = null;
  };
  FIND.lastIndex = 0;
  for (let m = FIND.exec(source); m; m = FIND.exec(source)) {
    const [token, closing, rawName, attrs = ''] = m;
    if (rawName === undefined) continue; // a comment (Word's VML twins of its pictures live in these)
    const name = rawName.toLowerCase();
    const at = m.index;
    if (name === 'table') {
      if (closing) {
        if (depth === 0) continue;
        depth--;
        if (depth > 0 || !table) continue;
        endCell(table, at);
        endRow(table);
        if (table.rows.length) paragraphs.push({ text: '', block: { type: 'table', children: table.rows } satisfies TableBlock });
        table = null;
        textFrom = at + token.length;
      } else if (depth++ === 0) {
        text(at);
        table = { rows: [], row: null, rowHeader: true, inHead: false, cell: null };
      }
      continue;
    }
    if (table && depth === 1) {
      if (name === 'thead') table.inHead = !closing;
      else if (name === 'tr') {
        endCell(table, at);
        endRow(table);
        if (!closing) {
          table.row = [];
          table.rowHeader = table.rows.every((r) => r.header === true);
        }
      } else if (name === 'td' || name === 'th') {
        endCell(table, at);
        if (!closing) table.cell = { attrs, from: at + token.length, th: name === 'th' };
      }
      continue;
    }
    if (name === 'img' && !table) {
      text(at);
      const width = Number(attribute(attrs, 'width') ?? /(?:^|;)\s*width\s*:\s*([\d.]+)px/iu.exec(attribute(attrs, 'style') ?? '')?.[1]);
      const alt = cleanLine(attribute(attrs, 'alt') ?? '');
      paragraphs.push({ text: '', block: { type: 'omitted', kind: 'picture', children: [{ text: alt }] } });
      images.push({ index: paragraphs.length - 1, src: attribute(attrs, 'src') ?? '', alt, ...(width > 0 ? { width } : {}) });
      textFrom = at + token.length;
    }
  }
  if (table) {
    // A table the HTML never closes ends with it.
    endCell(table, source.length);
    endRow(table);
    if (table.rows.length) paragraphs.push({ text: '', block: { type: 'table', children: table.rows } });
  } else text(source.length);
  return { paragraphs, images };
}

/** Blocks of the HTML with each picture as the host made it (`made[i]` for `images[i]`; null leaves it marked as not imported). */
export function withPictures(src: HtmlSource, made: readonly (ReportBlock | null)[]): SourceParagraph[] {
  const out = [...src.paragraphs];
  src.images.forEach((img, i) => {
    const b = made[i];
    if (b) out[img.index] = { text: '', block: b };
  });
  return out;
}
