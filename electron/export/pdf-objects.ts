// Tables and pictures in the PDF, where the layout placed their fixed boxes:
// a table row's cells with their 0.5 pt borders and their text lines (a cell
// merged down drawn over the rows it spans, from the row it starts in), the
// header rows again at the top of each page a table runs onto; a picture
// centred at its size, its caption lines drawn as any line.
import type { DraftLayout, LineBox, SetBlock } from '../../shared/layout';
import { LINE_PITCH, PAGE } from '../../shared/layout/metrics';
import { CELL_MARGIN, cellParagraphLines, type TableSource } from '../../shared/layout/objects';
import { blockText } from '../../shared/model';
import type { PictureBytes } from './objects';

const PT = 1 / 20;

/** Draws a line box with its left edge at `x` twips from the page's left, on the grid line starting at `top` twips. */
export type DrawLine = (box: LineBox, x: number, top: number) => void;

function drawRow(doc: PDFKit.PDFDocument, source: TableSource, row: number, top: number, drawLine: DrawLine): void {
  const edges = [0];
  for (const w of source.widths) edges.push(edges[edges.length - 1]! + w);
  for (const c of source.cells) {
    if (c.placed.row !== row) continue;
    const height = source.rows.slice(row, row + c.placed.rowSpan).reduce((a, b) => a + b, 0) * LINE_PITCH;
    const x = PAGE.left + edges[c.placed.col]!;
    doc.lineWidth(0.5).strokeColor('#000000').rect(x * PT, top * PT, c.width * PT, height * PT).stroke();
    const lines = c.placed.cell.children.flatMap((p) => cellParagraphLines(blockText(p).trim(), c.width, source.size, c.align));
    // Centred down the cell, on whole grid lines as the word processors set them.
    const first = top + Math.floor((height / LINE_PITCH - lines.length) / 2) * LINE_PITCH;
    lines.forEach((l, k) => drawLine(l, x + CELL_MARGIN, first + k * LINE_PITCH));
  }
}

/** Draws the fixed boxes of one page. */
export function drawObjects(doc: PDFKit.PDFDocument, layout: DraftLayout, page: DraftLayout['pages'][number], pictures: PictureBytes, drawLine: DrawLine): void {
  const sets = new Map<number, SetBlock>();
  for (const b of layout.blocks) if (b.object) sets.set(b.block, b);
  const first = page.boxes[0];
  const firstSet = first && sets.get(first.block);
  if (first && firstSet?.object?.kind === 'table' && first.line > 0) {
    // Header rows repeated at the top of a page the table runs onto.
    let top = PAGE.top;
    for (let r = 0; r < firstSet.object.headerRows; r++) {
      drawRow(doc, firstSet.object, r, top, drawLine);
      top += firstSet.object.rows[r]! * LINE_PITCH;
    }
  }
  for (const { box, block, line } of page.boxes) {
    if (box.kind !== 'fixed') continue;
    const set = sets.get(block);
    const top = PAGE.top + line * LINE_PITCH;
    const content = box.content as { kind?: string; row?: number };
    if (set?.object?.kind === 'table' && content.kind === 'table-row') drawRow(doc, set.object, content.row!, top, drawLine);
    if (set?.object?.kind === 'image') {
      const { image, width, height, lines } = set.object;
      const bytes = pictures(image.picture.hash);
      const x = PAGE.left + (PAGE.width - PAGE.left - PAGE.right - width) / 2;
      const y = top + lines * LINE_PITCH - height - 60;
      if (bytes) doc.image(Buffer.from(bytes), x * PT, y * PT, { width: width * PT, height: height * PT });
      else doc.lineWidth(0.5).rect(x * PT, y * PT, width * PT, height * PT).stroke();
    }
  }
}
