// The XML parts of a .docx, read with a small, fast scanner into a light tree.
// OOXML is matched by local names (w:p, p, or a strict-namespace prefix all
// read as "p"), which is what both Word's and WPS's files need. A general DOM
// parser (@xmldom/xmldom) took 150-500 ms for a 270 KB document.xml; this
// takes a few. Malformed XML, any DOCTYPE (entity expansion), and nesting far
// beyond any real document (which would overflow recursive readers) is refused.

export class XmlError extends Error {
  constructor(
    message: string,
    /** The part nests elements deeper than MAX_XML_DEPTH. */
    readonly tooDeep = false,
  ) {
    super(message);
  }
}

/** Word's own documents nest a few dozen levels (tables in tables, content controls); a thousand is an attack. */
export const MAX_XML_DEPTH = 1000;

export interface XmlElement {
  readonly name: string;
  readonly localName: string;
  readonly children: (XmlElement | string)[];
  /** The raw attribute text, parsed on first use. */
  readonly rawAttributes: string;
  attributes?: Map<string, string>;
}

const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?[\s\S]*?\?>|<!([A-Za-z]+)[^>]*>|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/gy;

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot|apos);/gu, (_, e: string) => {
    if (e[0] !== '#') return NAMED[e]!;
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
  });
}

function localOf(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/** Parses one XML part; throws XmlError naming the part when it is not well-formed. */
export function parseXml(text: string, part: string): XmlElement {
  const source = text.replace(/^\uFEFF/u, '');
  const root: XmlElement = { name: '#root', localName: '#root', children: [], rawAttributes: '' };
  const stack: XmlElement[] = [root];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(source);
    if (!m) throw new XmlError(`${part}: malformed XML at ${at}`);
    const [, cdata, declaration, closing, name, attrs, selfClosing, chars] = m;
    const top = stack[stack.length - 1]!;
    if (chars !== undefined) {
      if (stack.length > 1) top.children.push(decodeXmlText(chars));
    } else if (cdata !== undefined) {
      top.children.push(cdata);
    } else if (declaration !== undefined) {
      throw new XmlError(`${part}: <!${declaration}> is not allowed`);
    } else if (name !== undefined) {
      if (closing) {
        if (top.name !== name || stack.length === 1) throw new XmlError(`${part}: </${name}> does not close <${top.name}>`);
        stack.pop();
      } else {
        const el: XmlElement = { name, localName: localOf(name), children: [], rawAttributes: attrs ?? '' };
        top.children.push(el);
        if (!selfClosing) stack.push(el);
        if (stack.length > MAX_XML_DEPTH) throw new XmlError(`${part}: elements nested deeper than ${MAX_XML_DEPTH}`, true);
      }
    }
  }
  if (stack.length !== 1) throw new XmlError(`${part}: <${stack[stack.length - 1]!.name}> is not closed`);
  const first = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!first) throw new XmlError(`${part}: no root element`);
  return first;
}

export function elements(parent: XmlElement): XmlElement[] {
  return parent.children.filter((c): c is XmlElement => typeof c !== 'string');
}

export function child(parent: XmlElement | undefined, localName: string): XmlElement | undefined {
  if (!parent) return undefined;
  for (const c of parent.children) if (typeof c !== 'string' && c.localName === localName) return c;
  return undefined;
}

/** All text inside an element, in document order (iterative: any depth). */
export function textOf(el: XmlElement): string {
  let out = '';
  const stack: (XmlElement | string)[] = [el];
  while (stack.length) {
    const top = stack.pop()!;
    if (typeof top === 'string') out += top;
    else for (let i = top.children.length - 1; i >= 0; i--) stack.push(top.children[i]!);
  }
  return out;
}

/** An attribute by local name (w:val, val, or a strict-namespace prefix). */
export function attr(el: XmlElement | undefined, localName: string): string | undefined {
  if (!el) return undefined;
  if (!el.attributes) {
    const map = new Map<string, string>();
    for (const m of el.rawAttributes.matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu)) {
      map.set(localOf(m[1]!), decodeXmlText(m[2] ?? m[3] ?? ''));
    }
    el.attributes = map;
  }
  return el.attributes.get(localName);
}

/** w:val of a child element, e.g. val(pPr, 'pStyle'). */
export function val(parent: XmlElement | undefined, localName: string): string | undefined {
  return attr(child(parent, localName), 'val');
}

/** An on/off property such as <w:vanish/> or <w:b w:val="0"/>. */
export function isOn(parent: XmlElement | undefined, localName: string): boolean {
  const el = child(parent, localName);
  if (!el) return false;
  const v = attr(el, 'val');
  return v === undefined || !/^(?:0|false|off)$/iu.test(v);
}
