// What the editor draws of the layout on its one long sheet: where each page
// starts (a block and a UTF-16 offset into that block's text) and the right
// indent of the signature and date. The editor shows these on the text the clerk types; it never sets
// lines of its own.
import { blockText, type ReportContent } from '../model';
import type { DraftLayout } from './engine';

export interface BlockMarks {
  /** Pages (2 on) whose first line starts in this block: the offset in the block's text. */
  pageStarts?: { offset: number; page: number }[];
  /** A signature or date: its right indent as printed, twips. */
  right?: number;
}

export interface PageMarks {
  pages: number;
  /** By the block's index in the content. */
  blocks: Map<number, BlockMarks>;
}

const space = (ch: string | undefined) => ch !== undefined && /\s/u.test(ch);

/**
 * Offsets in `text` where each printed line starts. Lines hold the text as
 * printed: a computed heading number (`skip` UTF-16 units of the first line)
 * and marks the layout adds are no part of the typed text and are passed
 * over, as is white space the layout drops.
 */
export function lineOffsets(text: string, lines: readonly string[], skip = 0): number[] {
  const out: number[] = [];
  let p = 0;
  lines.forEach((line, k) => {
    while (space(text[p])) p++;
    out.push(p);
    for (const ch of k === 0 ? line.slice(skip) : line) {
      if (space(ch)) continue;
      let q = p;
      while (space(text[q])) q++;
      if (text.startsWith(ch, q)) p = q + ch.length;
    }
  });
  return out;
}

/** The blocks a title is set from: consecutive title blocks with text, from `first`. */
function titleParts(content: ReportContent, first: number): number[] {
  const parts: number[] = [];
  for (let i = first; i < content.length && content[i]!.type === 'title'; i++) if (blockText(content[i]!).trim() !== '') parts.push(i);
  return parts;
}

export function pageMarks(content: ReportContent, layout: DraftLayout): PageMarks {
  const blocks = new Map<number, BlockMarks>();
  const marks = (i: number): BlockMarks => {
    let m = blocks.get(i);
    if (!m) blocks.set(i, (m = {}));
    return m;
  };
  const lines = new Map<number, string[]>();
  const starts: { block: number; line: number; page: number }[] = [];
  for (const page of layout.pages) {
    let first = page.number > 1;
    for (const { box, block } of page.boxes) {
      if (block < 0) continue;
      let texts = lines.get(block);
      if (!texts) lines.set(block, (texts = []));
      if (first) starts.push({ block, line: texts.length, page: page.number });
      first = false;
      texts.push(box.kind === 'line' ? box.text : '');
    }
  }
  const skips = new Map<number, number>();
  for (const set of layout.blocks) {
    if (set.block < 0) continue;
    const b = content[set.block];
    if (b?.type === 'heading') skips.set(set.block, set.source.spans[0]?.text.length ?? 0);
    if (b?.type === 'signature' || b?.type === 'date') marks(set.block).right = set.source.right;
  }
  // Offsets of the printed lines in the typed text; a title's lines run over all its blocks, joined by line ends.
  const located = new Map<number, { block: number; offset: number }[]>();
  const locate = (block: number): { block: number; offset: number }[] => {
    let at = located.get(block);
    if (at) return at;
    const parts = content[block]?.type === 'title' ? titleParts(content, block) : [block];
    const texts = parts.map((i) => blockText(content[i]!));
    const offsets = lineOffsets(texts.join('\n'), lines.get(block) ?? [], skips.get(block) ?? 0);
    at = offsets.map((offset) => {
      let k = 0;
      while (k < parts.length - 1 && offset > texts[k]!.length) offset -= texts[k++]!.length + 1;
      return { block: parts[k]!, offset };
    });
    located.set(block, at);
    return at;
  };
  for (const s of starts) {
    const at = locate(s.block)[s.line];
    if (at) (marks(at.block).pageStarts ??= []).push({ offset: at.offset, page: s.page });
  }
  return { pages: layout.pages.length, blocks };
}
