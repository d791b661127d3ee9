// Clipboard HTML (Word, WPS, web pages) → source paragraphs, with a tiny tag
// scanner: no DOM, so it runs and is tested anywhere. Only the text and the
// paragraph structure come through: fonts, colours and sizes are dropped.
import type { HeadingLevel } from '../model';
import { isWide } from './chars';
import { HtmlTokens } from './html-tokens';
import type { SourceParagraph } from './lines';

/** Elements whose content is never text of the report. */
const SKIPPED = new Set(['head', 'style', 'script', 'title', 'xml', 'template', 'noscript', 'object', 'svg', 'math', 'select', 'textarea']);
/** Elements that start and end a paragraph. */
const BLOCKS = new Set([
  'p', 'div', 'li', 'dd', 'dt', 'tr', 'td', 'th', 'table', 'tbody', 'thead', 'tfoot', 'caption', 'ul', 'ol', 'dl',
  'blockquote', 'section', 'article', 'header', 'footer', 'aside', 'nav', 'main', 'address', 'figure', 'figcaption',
  'center', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'body', 'html', 'form', 'fieldset', 'legend',
]);
/** Elements that are paragraphs: one closing empty is an empty line. */
const PARAGRAPHS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'pre', 'blockquote']);
const VOID = new Set(['br', 'img', 'meta', 'link', 'hr', 'input', 'col', 'area', 'base', 'wbr', 'embed', 'param', 'source', 'track']);

const ENTITIES: Record<string, string> = {
  nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', hellip: '…', mdash: '—', ndash: '–', middot: '·', bull: '•',
  times: '×', divide: '÷', deg: '°', plusmn: '±', permil: '‰', yen: '¥', copy: '©', reg: '®', sect: '§', shy: '\u00ad',
  zwsp: '\u200b', zwj: '\u200d', zwnj: '\u200c', laquo: '«', raquo: '»', hyphen: '-', minus: '−',
};

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?/gu, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[name] ?? ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const ATTRIBUTES = new Map<string, RegExp>();

function attribute(attrs: string, name: string): string | undefined {
  let re = ATTRIBUTES.get(name);
  if (!re) ATTRIBUTES.set(name, (re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'iu')));
  const m = re.exec(attrs);
  return m ? decodeEntities(m[1] ?? m[2] ?? m[3] ?? '') : undefined;
}

/** HTML white space as text: a line break in the source between Chinese text is no space at all. */
function collapseSpace(text: string): string {
  return text.replace(/[ \t\r\n\f]+/gu, (run, at: number, whole: string) =>
    /[\r\n]/u.test(run) && (isWide(whole[at - 1]) || isWide(whole[at + run.length])) ? '' : ' ',
  );
}

/** The text of a Word list number (mso-list:Ignore): kept when it is a number, dropped when a bullet. */
function listNumber(text: string): string {
  const t = text.replace(/[\s\u00a0]+/gu, '');
  return /^[（(]?[0-9０-９一二三四五六七八九十]{1,3}[）)]?[、.．]?$/u.test(t) && /[0-9０-９一二三四五六七八九十]/u.test(t) ? t : '';
}

interface Open {
  name: string;
  hidden: boolean;
  listIgnore: boolean;
}

/** The innermost open element of that name (the caller knows there is one: the search ends there). */
function lastIndexOf(stack: readonly Open[], name: string): number {
  let i = stack.length - 1;
  while (i >= 0 && stack[i]!.name !== name) i--;
  return i;
}

/** The part a clipboard copy marks as copied, or the body. */
function fragmentOf(html: string): string {
  const start = /<!--\s*StartFragment\s*-->/iu.exec(html);
  const end = /<!--\s*EndFragment\s*-->/iu.exec(html);
  if (start && end && end.index > start.index) return html.slice(start.index + start[0].length, end.index);
  return html;
}

export function htmlToParagraphs(html: string): SourceParagraph[] {
  const source = fragmentOf(html);
  const out: SourceParagraph[] = [];
  const stack: Open[] = [];
  let text = '';
  let list = '';
  let level: HeadingLevel | undefined;
  let title = false;
  let pre = 0;
  /** Ends the paragraph; an element that closes empty is an empty line (it separates, as in the source). */
  const flush = (closing: string | false = false) => {
    const p: SourceParagraph = { text };
    if (level) p.styleLevel = level;
    if (title) p.styleTitle = true;
    if (text.trim()) out.push(p);
    else if (closing && PARAGRAPHS.has(closing) && out.length && out[out.length - 1]!.text !== '') out.push({ text: '' });
    text = '';
    level = undefined;
    title = false;
  };
  // Counts kept as the stack changes, so no token looks through the stack (deep nesting stays linear).
  const counts = { hidden: 0, listIgnore: 0, named: new Map<string, number>() };
  const hidden = () => counts.hidden > 0;
  const inList = () => counts.listIgnore > 0;
  const tokens = new HtmlTokens(source);
  for (let m = tokens.next(); m; m = tokens.next()) {
    const { token, closing, rawName, attrs = '' } = m;
    if (rawName === undefined) {
      if (m.skipped) continue; // comment, conditional, doctype, processing instruction
      if (hidden()) continue;
      const t = decodeEntities(pre ? token : collapseSpace(token));
      if (inList()) list += t;
      else text += t;
      continue;
    }
    const name = rawName.toLowerCase();
    if (!closing && SKIPPED.has(name) && !/\/\s*$/u.test(attrs)) {
      const close = new RegExp(`</${name}\\s*>`, 'giu');
      close.lastIndex = tokens.pos;
      const found = close.exec(source);
      tokens.pos = found ? close.lastIndex : source.length;
      continue;
    }
    if (name === 'br') {
      if (!hidden()) text += '\n';
      continue;
    }
    if (BLOCKS.has(name)) flush(closing ? name : false);
    if (closing) {
      const at = counts.named.get(name) ? lastIndexOf(stack, name) : -1;
      if (at >= 0) {
        const closed = stack.splice(at);
        for (const o of closed) {
          counts.named.set(o.name, counts.named.get(o.name)! - 1);
          if (o.hidden) counts.hidden--;
          if (o.listIgnore) counts.listIgnore--;
        }
        for (const o of closed) {
          if (o.listIgnore && counts.listIgnore === 0) {
            text += listNumber(list);
            list = '';
          }
          if (o.name === 'pre') pre--;
        }
      }
      continue;
    }
    if (VOID.has(name) || /\/\s*$/u.test(attrs)) continue;
    const style = (attribute(attrs, 'style') ?? '').toLowerCase();
    const cls = attribute(attrs, 'class') ?? '';
    const opened: Open = {
      name,
      hidden: /display\s*:\s*none|mso-hide\s*:\s*all|visibility\s*:\s*hidden/u.test(style),
      listIgnore: /mso-list\s*:\s*ignore/u.test(style),
    };
    stack.push(opened);
    counts.named.set(name, (counts.named.get(name) ?? 0) + 1);
    if (opened.hidden) counts.hidden++;
    if (opened.listIgnore) counts.listIgnore++;
    if (name === 'pre') pre++;
    const h = /^h([1-4])$/u.exec(name);
    if (h) level = Number(h[1]) as HeadingLevel;
    if (/(?:^|\s)(?:MsoTitle|Title)(?:\s|$)/iu.test(cls)) title = true;
  }
  flush();
  while (out.length && out[out.length - 1]!.text === '') out.pop();
  return out;
}
