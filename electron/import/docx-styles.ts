// Paragraph styles of a .docx: which are headings (and at what level), which is
// the title, and what list numbering a style carries (Word's Heading styles
// often do), following basedOn chains.
import type { HeadingLevel } from '../../shared/model';
import { attr, child, elements, val, type XmlElement } from './xml';

export interface StyleInfo {
  headingLevel?: HeadingLevel;
  title?: boolean;
  numId?: string;
  ilvl?: number;
}

interface RawStyle {
  name: string;
  basedOn?: string;
  outlineLevel?: number;
  numId?: string;
  ilvl?: number;
}

export interface Styles {
  defaultId?: string;
  resolve(styleId: string | undefined): StyleInfo;
}

function levelFromName(name: string, id: string): HeadingLevel | undefined {
  const m = /^(?:heading|标题)\s*([1-9])$/iu.exec(name) ?? /^heading([1-9])$/iu.exec(id);
  const n = m ? Number(m[1]) : 0;
  return n >= 1 && n <= 4 ? (n as HeadingLevel) : undefined;
}

export function readStyles(root: XmlElement | undefined): Styles {
  const raw = new Map<string, RawStyle>();
  let defaultId: string | undefined;
  for (const s of root ? elements(root) : []) {
    if (s.localName !== 'style' || attr(s, 'type') !== 'paragraph') continue;
    const id = attr(s, 'styleId') ?? '';
    const pPr = child(s, 'pPr');
    const numPr = child(pPr, 'numPr');
    const outline = val(pPr, 'outlineLvl');
    const ilvl = val(numPr, 'ilvl');
    raw.set(id, {
      name: val(s, 'name') ?? id,
      ...(val(s, 'basedOn') ? { basedOn: val(s, 'basedOn')! } : {}),
      ...(outline !== undefined ? { outlineLevel: Number(outline) } : {}),
      ...(val(numPr, 'numId') !== undefined ? { numId: val(numPr, 'numId')! } : {}),
      ...(ilvl !== undefined ? { ilvl: Number(ilvl) } : {}),
    });
    if (/^(?:1|true|on)$/iu.test(attr(s, 'default') ?? '')) defaultId = id;
  }
  const cache = new Map<string, StyleInfo>();
  const resolve = (id: string | undefined, depth = 0): StyleInfo => {
    if (id === undefined || depth > 20) return {};
    const cached = cache.get(id);
    if (cached) return cached;
    const s = raw.get(id);
    if (!s) return {};
    const base = resolve(s.basedOn, depth + 1);
    const byName = levelFromName(s.name, id);
    const byOutline = s.outlineLevel !== undefined && s.outlineLevel <= 3 ? ((s.outlineLevel + 1) as HeadingLevel) : undefined;
    const info: StyleInfo = { ...base };
    const level = byName ?? byOutline ?? (s.outlineLevel !== undefined ? undefined : base.headingLevel);
    if (level) info.headingLevel = level;
    else delete info.headingLevel;
    if (/^(?:title|标题)$/iu.test(s.name)) info.title = true;
    if (s.numId !== undefined) info.numId = s.numId;
    if (s.ilvl !== undefined) info.ilvl = s.ilvl;
    cache.set(id, info);
    return info;
  };
  return { ...(defaultId !== undefined ? { defaultId } : {}), resolve: (id) => resolve(id ?? defaultId) };
}
