// A .docx (Word or WPS) → source paragraphs: the body's paragraphs in order,
// tables cell by cell, text boxes after the paragraph holding them, tracked
// deletions, field codes and hidden text left out, automatic numbers rendered.
import type { SourceParagraph } from '../../shared/recognize';
import { readStyles, type Styles } from './docx-styles';
import { Numbering } from './docx-numbering';
import { attr, child, elements, isOn, parseXml, textOf, val, type XmlElement } from './xml';
import type { ZipReader } from './zip';

const OFFICE_DOCUMENT = /\/officeDocument$/u;

function utf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i + 1);
}

function resolvePath(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = (base + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

function relationships(zip: ZipReader, relsPath: string): { type: string; target: string }[] {
  const bytes = zip.read(relsPath);
  if (!bytes) return [];
  return elements(parseXml(utf8(bytes), relsPath))
    .filter((r) => r.localName === 'Relationship' && attr(r, 'TargetMode') !== 'External')
    .map((r) => ({ type: attr(r, 'Type') ?? '', target: attr(r, 'Target') ?? '' }));
}

export interface DocxParts {
  body: XmlElement;
  styles: Styles;
  numbering: Numbering;
}

/** Finds the main part through the package relationships (WPS and Word may name it differently). */
export function readDocxParts(zip: ZipReader): DocxParts | null {
  const main = relationships(zip, '_rels/.rels').find((r) => OFFICE_DOCUMENT.test(r.type));
  const mainPath = main ? resolvePath('', main.target) : 'word/document.xml';
  const mainBytes = zip.read(mainPath) ?? zip.read('word/document.xml');
  if (!mainBytes) return null;
  const dir = dirOf(mainPath);
  const rels = relationships(zip, `${dir}_rels/${mainPath.slice(dir.length)}.rels`);
  const part = (kind: string, fallback: string) => {
    const rel = rels.find((r) => r.type.endsWith(`/${kind}`));
    const bytes = zip.read(rel ? resolvePath(dir, rel.target) : fallback);
    return bytes ? parseXml(utf8(bytes), kind) : undefined;
  };
  const root = parseXml(utf8(mainBytes), mainPath);
  const body = child(root, 'body');
  if (!body) return null;
  return { body, styles: readStyles(part('styles', `${dir}styles.xml`)), numbering: new Numbering(part('numbering', `${dir}numbering.xml`)) };
}

/** Runs that hold the report's text; deleted and moved-away text is skipped. */
const SKIP = new Set(['pPr', 'rPr', 'del', 'moveFrom', 'instrText', 'delText', 'delInstrText', 'footnoteReference', 'endnoteReference', 'commentReference', 'fldData', 'sectPr', 'bookmarkStart', 'bookmarkEnd', 'proofErr', 'permStart', 'permEnd', 'lastRenderedPageBreak']);

class Walker {
  readonly out: SourceParagraph[] = [];

  constructor(private readonly parts: DocxParts) {}

  blockLevel(parent: XmlElement): void {
    for (const el of elements(parent)) {
      switch (el.localName) {
        case 'p':
          this.paragraph(el);
          break;
        case 'tbl':
          for (const tr of elements(el)) if (tr.localName === 'tr') for (const tc of elements(tr)) if (tc.localName === 'tc') this.blockLevel(tc);
          break;
        case 'sdt':
          this.blockLevel(child(el, 'sdtContent') ?? el);
          break;
        case 'customXml':
        case 'ins':
        case 'moveTo':
        case 'txbxContent':
          this.blockLevel(el);
          break;
        case 'AlternateContent':
          this.blockLevel(chosen(el));
          break;
      }
    }
  }

  private paragraph(p: XmlElement): void {
    const pPr = child(p, 'pPr');
    const style = this.parts.styles.resolve(val(pPr, 'pStyle'));
    const numPr = child(pPr, 'numPr');
    const numId = val(numPr, 'numId') ?? style.numId;
    const ilvl = Number(val(numPr, 'ilvl') ?? style.ilvl ?? 0);
    const number = numId !== undefined ? this.parts.numbering.next(numId, ilvl) : '';
    const boxes: XmlElement[] = [];
    const text = number + inlineText(p, boxes);
    const outline = val(pPr, 'outlineLvl');
    const level = outline !== undefined ? (Number(outline) <= 3 ? Number(outline) + 1 : undefined) : style.headingLevel;
    const source: SourceParagraph = { text };
    if (level) source.styleLevel = level as 1 | 2 | 3 | 4;
    if (style.title) source.styleTitle = true;
    this.out.push(source);
    for (const box of boxes) this.blockLevel(box);
  }
}

/** The branch of mc:AlternateContent to read: the first Choice, else the Fallback. */
function chosen(alt: XmlElement): XmlElement {
  return elements(alt).find((e) => e.localName === 'Choice') ?? elements(alt).find((e) => e.localName === 'Fallback') ?? alt;
}

/** The text of a paragraph's runs; text boxes met on the way are collected in `boxes`. */
function inlineText(parent: XmlElement, boxes: XmlElement[]): string {
  let text = '';
  for (const el of elements(parent)) {
    const name = el.localName ?? '';
    if (SKIP.has(name)) continue;
    switch (name) {
      case 'r':
        if (isOn(child(el, 'rPr'), 'vanish')) continue;
        text += inlineText(el, boxes);
        break;
      case 't':
        text += textOf(el);
        break;
      case 'tab':
      case 'ptab':
        text += '\t';
        break;
      case 'br':
        if (!/^(?:page|column)$/u.test(attr(el, 'type') ?? '')) text += '\n';
        break;
      case 'cr':
        text += '\n';
        break;
      case 'noBreakHyphen':
        text += '-';
        break;
      case 'sym':
      case 'softHyphen':
        break;
      case 'txbxContent':
        boxes.push(el);
        break;
      case 'AlternateContent':
        text += inlineText(chosen(el), boxes);
        break;
      default:
        // hyperlink, smartTag, ins, moveTo, fldSimple, sdt/sdtContent, drawing, pict, customXml …
        text += inlineText(el, boxes);
    }
  }
  return text;
}

export function docxParagraphs(parts: DocxParts): SourceParagraph[] {
  const walker = new Walker(parts);
  walker.blockLevel(parts.body);
  return walker.out;
}
