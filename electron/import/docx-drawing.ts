// Drawings and objects inside a paragraph's runs → what the import keeps of
// them: PNG and JPEG pictures as image blocks (w:drawing with a picture, or a
// VML image), text boxes as boxes for the walker to read, and charts,
// SmartArt, embedded objects and other pictures as omitted blocks. Shapes
// with neither text nor a picture (lines, rules) carry nothing to keep.
import type { ReportBlock } from '../../shared/model';
import type { Collected } from './collected';
import type { DocxParts } from './docx-package';
import { attr, elements, type XmlElement } from './xml';

/** Found inside a paragraph: a text box to read as paragraphs, or a block to place after the paragraph. */
export type Found = { kind: 'box'; el: XmlElement } | { kind: 'block'; block: ReportBlock };

const EMU_PER_MM = 36_000;

function descendants(el: XmlElement, localName: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of elements(el)) {
    if (c.localName === localName) out.push(c);
    else descendants(c, localName, out);
  }
  return out;
}

function first(el: XmlElement, localName: string): XmlElement | undefined {
  return descendants(el, localName)[0];
}

function altText(drawing: XmlElement): string {
  const docPr = first(drawing, 'docPr');
  return (attr(docPr, 'descr') || attr(docPr, 'title') || '').trim();
}

function picture(pic: XmlElement, widthMm: number | undefined, alt: string, parts: DocxParts, found: Collected): ReportBlock {
  const blip = first(pic, 'blip');
  const id = attr(blip, 'embed');
  return found.picture(id ? parts.media(id) : undefined, widthMm, alt);
}

/** A w:drawing (DrawingML, inline or anchored). */
export function readDrawing(drawing: XmlElement, parts: DocxParts, found: Collected): Found[] {
  const data = first(drawing, 'graphicData');
  const uri = attr(data, 'uri') ?? '';
  const cx = Number(attr(first(drawing, 'extent'), 'cx'));
  const widthMm = Number.isFinite(cx) && cx > 0 ? cx / EMU_PER_MM : undefined;
  const alt = altText(drawing);
  if (/\/picture$/u.test(uri)) return [{ kind: 'block', block: picture(data!, widthMm, alt, parts, found) }];
  if (/\/chart$/u.test(uri)) return [{ kind: 'block', block: found.omit('chart', alt) }];
  if (/\/diagram$/u.test(uri)) return [{ kind: 'block', block: found.omit('smartart', alt) }];
  if (/wordprocessing(?:Shape|Group|Canvas)$/u.test(uri) || !data) {
    // A shape, group or canvas: its text boxes and pictures, in order; nothing for a bare shape.
    const out: Found[] = [];
    collectShapes(data ?? drawing, parts, found, out);
    return out;
  }
  return [{ kind: 'block', block: found.omit('other', alt) }];
}

function collectShapes(el: XmlElement, parts: DocxParts, found: Collected, out: Found[]): void {
  for (const c of elements(el)) {
    if (c.localName === 'txbxContent') out.push({ kind: 'box', el: c });
    else if (c.localName === 'pic') out.push({ kind: 'block', block: picture(c, undefined, '', parts, found) });
    else if (c.localName === 'graphicFrame') out.push({ kind: 'block', block: found.omit('other') });
    else collectShapes(c, parts, found, out);
  }
}

/** A w:pict (VML, as older Word and WPS write): text boxes and images; a bare shape keeps nothing. */
export function readPict(pict: XmlElement, parts: DocxParts, found: Collected): Found[] {
  const out: Found[] = [];
  const walk = (el: XmlElement) => {
    for (const c of elements(el)) {
      if (c.localName === 'txbxContent') out.push({ kind: 'box', el: c });
      else if (c.localName === 'imagedata') {
        const id = attr(c, 'id') ?? attr(c, 'pict');
        out.push({ kind: 'block', block: found.picture(id ? parts.media(id) : undefined, undefined, attr(c, 'title') ?? '') });
      } else walk(c);
    }
  };
  walk(pict);
  return out;
}
