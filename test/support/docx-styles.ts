// What a paragraph or run of a .docx looks like once its style chain is
// applied (direct formatting, then its style and the styles it is based on,
// then the document defaults), read from word/styles.xml the way Word and
// LibreOffice resolve it: attribute by attribute for w:ind, w:spacing and
// w:rFonts, element by element for on/off properties.

interface StyleEntry {
  type: string;
  basedOn?: string;
  pPr: string;
  rPr: string;
}

const inner = (xml: string, tag: string) => new RegExp(`<w:${tag}>([\\s\\S]*?)</w:${tag}>`, 'u').exec(xml)?.[1] ?? '';
/** A pPr without the paragraph mark's rPr inside it. */
const pPrOf = (xml: string) => inner(xml, 'pPr').replace(/<w:rPr>[\s\S]*?<\/w:rPr>/u, '');

function attrIn(xml: string, element: string, name: string): string | undefined {
  const tag = new RegExp(`<w:${element}(?=[\\s/>])([^>]*)/?>`, 'u').exec(xml)?.[1];
  if (tag === undefined) return undefined;
  return new RegExp(`\\bw:${name}="([^"]*)"`, 'u').exec(tag)?.[1];
}

function flagIn(xml: string, element: string): boolean | undefined {
  const tag = new RegExp(`<w:${element}(?=[\\s/>])([^>]*)/?>`, 'u').exec(xml)?.[1];
  if (tag === undefined) return undefined;
  const val = /\bw:val="([^"]*)"/u.exec(tag)?.[1];
  return val === undefined || val === 'true' || val === '1' || val === 'on';
}

export interface ResolvedRun {
  eastAsia?: string;
  ascii?: string;
  hAnsi?: string;
  hint?: string;
  /** Half-points, as text (w:sz). */
  size?: string;
  /** Twentieths of a point between characters (w:spacing w:val), as text; '0' when none. */
  spacing: string;
  bold: boolean;
  color?: string;
}

export interface ResolvedParagraph {
  style: string;
  jc?: string;
  ind: { left: number; right: number; firstLine: number; hanging: number };
  spacing: { line?: string; lineRule?: string; before?: string; after?: string };
  keepNext: boolean;
  keepLines: boolean;
  widowControl: boolean;
  snapToGrid: boolean;
  outlineLevel?: number;
}

export class StyleSheet {
  readonly styles = new Map<string, StyleEntry>();
  readonly defaultParagraphStyle: string;
  private readonly defaultsP: string;
  private readonly defaultsR: string;

  constructor(readonly xml: string) {
    this.defaultsP = pPrOf(inner(xml, 'pPrDefault'));
    this.defaultsR = inner(inner(xml, 'rPrDefault'), 'rPr');
    let normal = '';
    for (const m of xml.matchAll(/<w:style ([^>]*)>([\s\S]*?)<\/w:style>/gu)) {
      const id = /w:styleId="([^"]*)"/u.exec(m[1]!)?.[1] ?? '';
      const type = /w:type="([^"]*)"/u.exec(m[1]!)?.[1] ?? '';
      if (type === 'paragraph' && /w:default="(1|true)"/u.test(m[1]!)) normal = id;
      const body = m[2]!;
      this.styles.set(id, { type, basedOn: attrIn(body, 'basedOn', 'val'), pPr: pPrOf(body), rPr: inner(body, 'rPr') });
    }
    this.defaultParagraphStyle = normal;
  }

  /** The style a paragraph names, else the default paragraph style. */
  styleOf(paragraphXml: string): string {
    return attrIn(pPrOf(paragraphXml), 'pStyle', 'val') ?? this.defaultParagraphStyle;
  }

  private chain(id: string | undefined, part: 'pPr' | 'rPr'): string[] {
    const out: string[] = [];
    const seen = new Set<string>();
    while (id && !seen.has(id) && this.styles.has(id)) {
      seen.add(id);
      const s = this.styles.get(id)!;
      out.push(s[part]);
      id = s.basedOn;
    }
    return out;
  }

  private paragraphChain(paragraphXml: string): string[] {
    return [pPrOf(paragraphXml), ...this.chain(this.styleOf(paragraphXml), 'pPr'), this.defaultsP];
  }

  private runChain(paragraphXml: string, runRPr: string): string[] {
    const rStyle = attrIn(runRPr, 'rStyle', 'val');
    return [runRPr, ...this.chain(rStyle, 'rPr'), ...this.chain(this.styleOf(paragraphXml), 'rPr'), this.defaultsR];
  }

  paragraph(paragraphXml: string): ResolvedParagraph {
    const chain = this.paragraphChain(paragraphXml);
    const attr = (el: string, name: string) => chain.map((x) => attrIn(x, el, name)).find((v) => v !== undefined);
    const flag = (el: string, dflt = false) => chain.map((x) => flagIn(x, el)).find((v) => v !== undefined) ?? dflt;
    const num = (el: string, name: string) => Number(attr(el, name) ?? 0);
    const outline = attr('outlineLvl', 'val');
    return {
      style: this.styleOf(paragraphXml),
      jc: attr('jc', 'val'),
      ind: { left: num('ind', 'left'), right: num('ind', 'right'), firstLine: num('ind', 'firstLine'), hanging: num('ind', 'hanging') },
      spacing: { line: attr('spacing', 'line'), lineRule: attr('spacing', 'lineRule'), before: attr('spacing', 'before'), after: attr('spacing', 'after') },
      keepNext: flag('keepNext'),
      keepLines: flag('keepLines'),
      widowControl: flag('widowControl'),
      snapToGrid: flag('snapToGrid', true),
      ...(outline !== undefined ? { outlineLevel: Number(outline) } : {}),
    };
  }

  /** A run of a paragraph, given the run's rPr (empty for none). */
  run(paragraphXml: string, runRPr = ''): ResolvedRun {
    const chain = this.runChain(paragraphXml, runRPr);
    const attr = (el: string, name: string) => chain.map((x) => attrIn(x, el, name)).find((v) => v !== undefined);
    const flag = (el: string) => chain.map((x) => flagIn(x, el)).find((v) => v !== undefined) ?? false;
    const color = attr('color', 'val');
    return {
      eastAsia: attr('rFonts', 'eastAsia'),
      ascii: attr('rFonts', 'ascii'),
      hAnsi: attr('rFonts', 'hAnsi'),
      hint: attr('rFonts', 'hint'),
      size: attr('sz', 'val'),
      spacing: attr('spacing', 'val') ?? '0',
      bold: flag('b'),
      ...(color ? { color } : {}),
    };
  }

  /** The runs of a paragraph with text, resolved. */
  runs(paragraphXml: string): (ResolvedRun & { text: string })[] {
    return [...paragraphXml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/gu)]
      .map((m) => ({ body: m[1]!, text: [...m[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((t) => t[1]).join('') }))
      .filter((r) => r.text !== '')
      .map((r) => ({ ...this.run(paragraphXml, inner(r.body, 'rPr')), text: r.text }));
  }

  /** The first run with text, resolved (the paragraph's mark when it has none). */
  firstRun(paragraphXml: string): ResolvedRun {
    return this.runs(paragraphXml)[0] ?? this.run(paragraphXml);
  }
}

export function styleSheet(parts: Map<string, string>): StyleSheet {
  return new StyleSheet(parts.get('word/styles.xml') ?? '');
}
