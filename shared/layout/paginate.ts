// Boxes onto pages of 22 grid lines, with the rules a supervisor checks:
// a heading keeps with what follows it and is never split; the signature and
// date keep with the last lines of the body; and no page opens with the last
// one to three characters of a paragraph: that paragraph is condensed (GB/T
// 9704 lets the typesetter adjust character spacing) until its short line
// comes back, and only where that cannot work does a line go over with it.
import { boxLines, type Box, type LineBox } from './boxes';
import { reset, type SetBlock } from './blocks';
import { BODY_SPACING, LINES_PER_PAGE } from './metrics';

export interface PlacedBox {
  box: Box;
  /** Index of the block in the draft's content; -1 for an empty line the layout adds. */
  block: number;
  /** Grid line (0–21) the box starts on. */
  line: number;
}

export interface Page {
  number: number;
  boxes: PlacedBox[];
}

/** A line this short (visible characters) never opens a page when it ends a paragraph. */
export const SHORTEST_PAGE_OPENING = 3;
/** How far a paragraph may be condensed, twentieths of a point per character (1 pt). */
const MOST_CONDENSED = -20;

interface Item {
  set: number;
  index: number;
  lines: number;
  /** A page may break before this item. */
  breakBefore: boolean;
  /** Grid lines a page opening with this item starts with: a table's header rows, repeated. */
  carry: number;
  /** A page must break before this item (an attachment starts a new page). */
  newPage: boolean;
}

function items(sets: readonly SetBlock[]): Item[] {
  const out: Item[] = [];
  sets.forEach((s, k) => {
    const n = s.boxes.length;
    const table = s.object?.kind === 'table' ? s.object : null;
    const header = table ? table.rows.slice(0, table.headerRows).reduce((a, b) => a + b, 0) : 0;
    s.boxes.forEach((box, j) => {
      let breakBefore: boolean;
      if (j === 0) breakBefore = k === 0 || !sets[k - 1]!.keepWithNext;
      // A table breaks between rows, its header rows kept with the first row below them.
      else if (table) breakBefore = j > table.headerRows;
      // LibreOffice never splits a paragraph kept with the next one (the export says keep lines too, so Word agrees).
      else breakBefore = !s.keepTogether && !s.keepWithNext && !(s.widowControl && (j < 2 || n - j < 2));
      const newPage = j === 0 && k > 0 && s.pageBreakBefore === true;
      out.push({ set: k, index: j, lines: boxLines(box), breakBefore: breakBefore || newPage, carry: table && j > table.headerRows ? header : 0, newPage });
    });
  });
  return out;
}

/** Indices of the items that open each page. */
function pageStarts(list: readonly Item[]): number[] {
  const starts = [0];
  let used = 0;
  for (let i = 0; i < list.length; i++) {
    const it = list[i]!;
    if (it.newPage && i !== starts[starts.length - 1]) {
      starts.push(i);
      used = it.lines;
      continue;
    }
    if (used + it.lines <= LINES_PER_PAGE || i === starts[starts.length - 1]) {
      used += it.lines;
      continue;
    }
    // The last place a page may break, after the page's first item; else where the page is full.
    const start = starts[starts.length - 1]!;
    let at = i;
    while (at > start + 1 && !list[at]!.breakBefore) at--;
    if (!list[at]!.breakBefore) at = i;
    starts.push(at);
    used = list[at]!.carry;
    i = at - 1;
  }
  return starts;
}

const visible = (b: LineBox) => [...b.text.replace(/\s/gu, '')].length;

/** The paragraph whose short last line opens a page, if any. */
function shortOpening(sets: readonly SetBlock[], list: readonly Item[], starts: readonly number[]): number | null {
  for (const s of starts.slice(1)) {
    const it = list[s]!;
    const set = sets[it.set]!;
    const box = set.boxes[it.index]!;
    if (it.index > 0 && it.index === set.boxes.length - 1 && box.kind === 'line' && box.lineKind !== null && visible(box) <= SHORTEST_PAGE_OPENING) return it.set;
  }
  return null;
}

/** The paragraph condensed until it loses its last line, or null when even the most condensed spacing keeps it. */
function condense(set: SetBlock): SetBlock | null {
  const base = set.boxes[0]?.kind === 'line' ? set.boxes[0].spacing : BODY_SPACING;
  for (let spacing = base - 1; spacing >= MOST_CONDENSED; spacing--) {
    const tighter = reset(set, spacing);
    if (tighter.boxes.length < set.boxes.length) return tighter;
  }
  return null;
}

/** Places the blocks on pages; blocks may be condensed or kept whole on the way (the returned sets say which). */
export function paginate(input: readonly SetBlock[]): { pages: Page[]; sets: SetBlock[] } {
  const sets = [...input];
  let list = items(sets);
  let starts = pageStarts(list);
  // Each round fixes one page opening; a paragraph is condensed at most once and kept whole at most once.
  for (let round = 0; round < sets.length * 2; round++) {
    const k = shortOpening(sets, list, starts);
    if (k === null) break;
    const set = sets[k]!;
    sets[k] = (set.condensed === undefined ? condense(set) : null) ?? { ...set, widowControl: true };
    if (set.widowControl && sets[k]!.widowControl && sets[k]!.condensed === set.condensed) break;
    list = items(sets);
    starts = pageStarts(list);
  }
  const pages: Page[] = starts.map((start, p) => {
    const end = starts[p + 1] ?? list.length;
    let line = p > 0 ? list[start]!.carry : 0;
    const boxes: PlacedBox[] = [];
    for (const it of list.slice(start, end)) {
      const set = sets[it.set]!;
      boxes.push({ box: set.boxes[it.index]!, block: set.block, line });
      line += it.lines;
    }
    return { number: p + 1, boxes };
  });
  return { pages, sets };
}
