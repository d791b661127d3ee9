// 查找: where a query occurs in the draft. Every element whose children are
// text (the title, headings with their leads, paragraphs, table cells) is
// searched as one string, so a match may span a lead and the text after it.
// Heading numbers and template hints are drawn by CSS, not text: never found.
import { Element, Node, Path, Text, type BaseRange, type Descendant } from 'slate';

export interface FindMatch {
  /** The path of the element holding the match. */
  path: Path;
  /** Offsets in the element's text (its text children joined). */
  start: number;
  end: number;
}

/** ASCII letters match either case (as Word's default); Chinese text is compared as it is. */
const fold = (s: string): string => s.replace(/[A-Z]/gu, (c) => c.toLowerCase());

/** Start and end offsets of `query` in `text`, left to right, not overlapping. */
export function occurrences(text: string, query: string): [number, number][] {
  if (!query) return [];
  const hay = fold(text);
  const needle = fold(query);
  const out: [number, number][] = [];
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) out.push([at, at + needle.length]);
  return out;
}

/** Whether an element holds text directly (its children are text leaves). */
export const holdsText = (node: Node): node is Element => Element.isElement(node) && node.children.every((c) => Text.isText(c));

const elementText = (element: Element): string => element.children.map((c) => (c as Text).text).join('');

/** Every match in the document, in reading order. */
export function findMatches(children: readonly Descendant[], query: string): FindMatch[] {
  if (!query) return [];
  const out: FindMatch[] = [];
  const root = { children } as unknown as Node;
  for (const [node, path] of Node.elements(root as never)) {
    if (!holdsText(node)) continue;
    for (const [start, end] of occurrences(elementText(node), query)) out.push({ path, start, end });
  }
  return out;
}

/** The editor point of an offset in an element's joined text; at a leaf edge, the end of the earlier leaf. */
function pointAt(element: Element, path: Path, offset: number, preferNext: boolean) {
  let left = offset;
  const last = element.children.length - 1;
  for (let i = 0; i <= last; i++) {
    const len = (element.children[i] as Text).text.length;
    if (left < len || (left === len && (!preferNext || i === last))) return { path: [...path, i], offset: left };
    left -= len;
  }
  return { path: [...path, last], offset: (element.children[last] as Text).text.length };
}

/** The match as an editor range (from the element as it is now). */
export function matchRange(element: Element, match: FindMatch): BaseRange {
  return { anchor: pointAt(element, match.path, match.start, true), focus: pointAt(element, match.path, match.end, false) };
}

/** The parts of each match inside each leaf of `element`: display ranges for highlighting. */
export function leafRanges(element: Element, path: Path, spans: readonly [number, number][]): { range: BaseRange; index: number }[] {
  const out: { range: BaseRange; index: number }[] = [];
  let offset = 0;
  element.children.forEach((child, i) => {
    const len = (child as Text).text.length;
    spans.forEach(([start, end], index) => {
      const from = Math.max(start, offset);
      const to = Math.min(end, offset + len);
      if (from < to) out.push({ range: { anchor: { path: [...path, i], offset: from - offset }, focus: { path: [...path, i], offset: to - offset } }, index });
    });
    offset += len;
  });
  return out;
}

export const sameMatch = (a: FindMatch | null | undefined, b: FindMatch | null | undefined): boolean =>
  !!a && !!b && Path.equals(a.path, b.path) && a.start === b.start && a.end === b.end;
