// 导出 PDF: the report drawn from the page-true layout, page by page and line
// by line, so its lines are the layout's (and the .docx's) lines. Fonts of the
// draft's profile are embedded as subsets (pdf-fonts.ts says which files stand
// in where a face is missing). Page numbers as in the .docx: — N —, 4号宋体,
// odd pages right and even pages left, one character in, 7 mm below the text.
import PDFDocument from 'pdfkit';
import { LATIN_FACE } from '../../shared/font-profiles';
import { isColophon, isRedHeader, type DraftLayout, type LineBox } from '../../shared/layout';
import { LINE_PITCH, PAGE, SIZE } from '../../shared/layout/metrics';
import { placeLine } from '../../shared/layout/place';
import { writeFileAtomic } from '../fs/write-atomic';
import { exportLayout, exportProfile, type ExportInput } from './docx-document';
import { PAGE_NUMBER_INDENT } from './page';
import { drawColophon, drawRedHeader } from './pdf-formal';
import { drawObjects } from './pdf-objects';
import { resolveFont } from './pdf-fonts';

const PT = 1 / 20;
const MM = 72 / 25.4;

/** Where a face's glyphs come from: registered once per document under its face name. */
function fontNamer(doc: PDFKit.PDFDocument) {
  const registered = new Set<string>();
  return (face: string): string => {
    if (!registered.has(face)) {
      const font = resolveFont(face);
      doc.registerFont(face, font.data, font.face ?? '');
      registered.add(face);
    }
    return face;
  };
}

/** Draws the layout into a PDF; the fonts of the profile, or their stand-ins, embedded. */
export async function buildPdf(input: ExportInput, layout: DraftLayout = exportLayout(input)): Promise<Buffer> {
  const profile = exportProfile(input);
  const modified = input.modified ?? new Date();
  const doc = new PDFDocument({
    size: [PAGE.width * PT, PAGE.height * PT],
    margin: 0,
    autoFirstPage: false,
    info: {
      Title: input.title,
      Author: input.metadata.unit,
      Creator: '公文报告编辑器',
      Producer: '公文报告编辑器',
      CreationDate: input.created ?? modified,
      ModDate: modified,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const font = fontNamer(doc);
  // After a blank page, neither it nor the 版记's page is numbered (GB/T 9704 7.5).
  const numbered = layout.colophon?.blankPage ? layout.colophon.page - 1 : layout.pages.length;
  for (const [p, page] of layout.pages.entries()) {
    doc.addPage({ size: [PAGE.width * PT, PAGE.height * PT], margin: 0 });
    const drawLine = (box: LineBox, left: number, top: number) => {
      const size = box.size / 2;
      const baseline = (top + (LINE_PITCH - box.size * 10) / 2) * PT + size * 0.88;
      for (const p of placeLine(box)) {
        // An attachment's 附件N is 黑体 throughout, its number too (GB/T 9704 8).
        doc.font(font(p.latin && box.lineKind !== 'annex' ? LATIN_FACE : profile.faces[p.role])).fontSize(size);
        // Bold (a bold lead, 宋体 standing in for 小标宋) as the word processors fake it: the outline stroked too.
        const bold = p.bold || (box.lineKind === 'title' && profile.titleBold);
        if (bold) doc.lineWidth(size / 30);
        doc.text(p.text, (left + box.left + p.x) * PT, baseline, {
          lineBreak: false,
          baseline: 'alphabetic',
          characterSpacing: p.spacing * PT,
          ...(bold ? { stroke: true, fill: true } : {}),
        });
      }
    };
    for (const { box, line } of page.boxes) {
      if (box.kind !== 'line' || !box.text) continue;
      drawLine(box, PAGE.left, PAGE.top + line * LINE_PITCH);
    }
    drawObjects(doc, layout, page, input.pictures ?? (() => undefined), drawLine);
    for (const { box, line } of page.boxes) {
      if (box.kind === 'fixed' && isRedHeader(box.content)) drawRedHeader(doc, font, box.content, profile);
      if (box.kind === 'fixed' && isColophon(box.content)) drawColophon(doc, font, box.content, line, profile);
    }
    if (p < numbered) pageNumber(doc, font(profile.faces.pageNumber), page.number);
  }
  doc.end();
  return done;
}

/** — N — in 4号 on the footer line: odd pages right, even pages left, one character in. */
function pageNumber(doc: PDFKit.PDFDocument, face: string, n: number): void {
  const size = SIZE.pageNumber / 2;
  const text = `— ${n} —`;
  doc.font(face).fontSize(size);
  const width = doc.widthOfString(text);
  const blockBottom = (PAGE.top + 22 * LINE_PITCH) * PT;
  const baseline = blockBottom + 7 * MM + size * 0.35;
  const x = n % 2 ? (PAGE.width - PAGE.right - PAGE_NUMBER_INDENT) * PT - width : (PAGE.left + PAGE_NUMBER_INDENT) * PT;
  doc.text(text, x, baseline, { lineBreak: false, baseline: 'alphabetic' });
}

/** 导出 PDF: build it and write it atomically. */
export async function exportPdf(target: string, input: ExportInput): Promise<void> {
  await writeFileAtomic(target, await buildPdf(input));
}
