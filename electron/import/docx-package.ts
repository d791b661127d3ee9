// The parts of a .docx package the import reads: the main part found through
// the package relationships (WPS and Word may name it differently), its
// styles and numbering, the notes and comments, and the media its
// relationships point at (pictures, by relationship id).
import { readStyles, type Styles } from './docx-styles';
import { Numbering } from './docx-numbering';
import { attr, child, elements, parseXml, textOf, type XmlElement } from './xml';
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

interface Relationship {
  id: string;
  type: string;
  target: string;
}

function relationships(zip: ZipReader, relsPath: string): Relationship[] {
  const bytes = zip.read(relsPath);
  if (!bytes) return [];
  return elements(parseXml(utf8(bytes), relsPath))
    .filter((r) => r.localName === 'Relationship' && attr(r, 'TargetMode') !== 'External')
    .map((r) => ({ id: attr(r, 'Id') ?? '', type: attr(r, 'Type') ?? '', target: attr(r, 'Target') ?? '' }));
}

/** Footnotes, endnotes and comments by id: their text, paragraphs apart by a line end. */
export interface Notes {
  footnote: Map<string, string>;
  endnote: Map<string, string>;
  comment: Map<string, string>;
}

export interface DocxParts {
  body: XmlElement;
  styles: Styles;
  numbering: Numbering;
  notes: Notes;
  /** The bytes of a part the main part's relationship `id` points at (a picture), if the package has it. */
  media(id: string): Uint8Array | undefined;
}

function noteTexts(root: XmlElement | undefined, localName: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const note of root ? elements(root) : []) {
    if (note.localName !== localName) continue;
    const type = attr(note, 'type');
    if (type === 'separator' || type === 'continuationSeparator' || type === 'continuationNotice') continue;
    const text = elements(note)
      .filter((p) => p.localName === 'p')
      .map((p) => paragraphText(p).trim())
      .filter(Boolean)
      .join('\n');
    out.set(attr(note, 'id') ?? '', text);
  }
  return out;
}

/** A note's paragraph text: its runs' w:t, deleted text left out. */
function paragraphText(p: XmlElement): string {
  let out = '';
  for (const el of elements(p)) {
    if (el.localName === 't') out += textOf(el);
    else if (el.localName !== 'del' && el.localName !== 'instrText' && el.localName !== 'rPr' && el.localName !== 'pPr') out += paragraphText(el);
  }
  return out;
}

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
  return {
    body,
    styles: readStyles(part('styles', `${dir}styles.xml`)),
    numbering: new Numbering(part('numbering', `${dir}numbering.xml`)),
    notes: {
      footnote: noteTexts(part('footnotes', `${dir}footnotes.xml`), 'footnote'),
      endnote: noteTexts(part('endnotes', `${dir}endnotes.xml`), 'endnote'),
      comment: noteTexts(part('comments', `${dir}comments.xml`), 'comment'),
    },
    media: (id) => {
      const rel = rels.find((r) => r.id === id);
      return rel ? (zip.read(resolvePath(dir, rel.target)) ?? undefined) : undefined;
    },
  };
}
