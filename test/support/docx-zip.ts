// Reads the parts of a .docx (a zip file) with node:zlib alone: the central
// directory gives each entry's name, method and offset.
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

/** Every part of the package, by name, as text. */
export function readDocxParts(docx: Buffer | string): Map<string, string> {
  const buf = typeof docx === 'string' ? readFileSync(docx) : docx;
  // End of central directory: signature 0x06054b50, within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const parts = new Map<string, string>();
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central directory');
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(dataStart, dataStart + size);
    parts.set(name, (method === 8 ? inflateRawSync(raw) : raw).toString('utf8'));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return parts;
}

/** A paragraph of document.xml: its inner XML and its text (w:t joined). */
export interface XmlParagraph {
  xml: string;
  text: string;
}

/** The paragraphs of a WordprocessingML part, in order. */
export function xmlParagraphs(xml: string): XmlParagraph[] {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*?>([\s\S]*?)<\/w:p>/gu)].map((m) => {
    const inner = m[1] ?? m[2] ?? '';
    const text = [...inner.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((t) => t[1]).join('');
    return { xml: inner, text };
  });
}

/** The runs of a paragraph: their properties and text. */
export function xmlRuns(paragraphXml: string): { rPr: string; text: string }[] {
  return [...paragraphXml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/gu)].map((m) => ({
    rPr: /<w:rPr>([\s\S]*?)<\/w:rPr>/u.exec(m[1]!)?.[1] ?? '',
    text: [...m[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((t) => t[1]).join(''),
  }));
}

/** The value of attribute w:`name` on the first element w:`element` in `xml`. */
export const xmlAttr = (xml: string, element: string, name: string): string | undefined =>
  new RegExp(`<w:${element}\\b[^>]*\\bw:${name}="([^"]*)"`, 'u').exec(xml)?.[1];

/** The document body's paragraphs (before the section properties). */
export function bodyXmlParagraphs(parts: Map<string, string>): XmlParagraph[] {
  const doc = parts.get('word/document.xml') ?? '';
  return xmlParagraphs(doc.slice(0, doc.indexOf('<w:sectPr')));
}

/** The footer part referenced as `type` (default: odd pages; even) by the section. */
export function footerXml(parts: Map<string, string>, type: 'default' | 'even'): string {
  const doc = parts.get('word/document.xml') ?? '';
  const id = new RegExp(`<w:footerReference w:type="${type}" r:id="([^"]+)"`, 'u').exec(doc)?.[1];
  const rels = parts.get('word/_rels/document.xml.rels') ?? '';
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`, 'u').exec(rels);
  const xml = parts.get(`word/${target?.[1] ?? target?.[2]}`);
  if (!xml) throw new Error(`no ${type} footer`);
  return xml;
}
