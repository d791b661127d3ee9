// The 版记 (GB/T 9704—2012 7.4) as the layout places it: 抄送 (4号仿宋, one
// character in on either side, continuation lines under the first name, a
// full stop after the last) and the 印发机关 (one character in from the left)
// with the 印发日期 (one character in from the right, 2026年3月1日印发), between
// separator lines: the first and last thick, the one between thin; the last
// lies on the bottom edge of the text block of the last page, which is an
// even page (封四). The box goes at the foot of the last page when that page is
// even and has room; on the next page when the last page is odd; otherwise a
// blank page comes first, and then neither page is numbered (7.5).
import { chineseDate } from '../dates';
import type { Colophon } from '../model';
import type { FixedBox, LineBox } from './boxes';
import type { Page } from './paginate';
import { paragraphLines } from './paragraph';
import { LINES_PER_PAGE, TEXT_WIDTH } from './metrics';

/** 4号 in half-points. */
export const COLOPHON_SIZE = 28;
/** One 4号 character: the 版记's indents. */
export const ONE_CHAR = COLOPHON_SIZE * 10;
export const CC_LABEL = '抄送：';

export interface ColophonContent {
  kind: 'colophon';
  /** The 抄送 line's text as printed (抄送：甲，乙。), absent when there is none, and its lines as broken. */
  cc?: { text: string; lines: string[] };
  printer: string;
  /** 2026年3月1日印发. */
  printed: string;
  lines: number;
}

export interface ColophonPlacement {
  /** Index of the page the 版记 is on (its last, even page). */
  page: number;
  /** Grid line (0-based) its first separator sits on top of. */
  line: number;
  /** Empty grid lines between the last line of the body and the 版记 on its page. */
  fill: number;
  /** The 版记 starts a new page. */
  newPage: boolean;
  /** A blank page stands before the 版记's page: neither is numbered. */
  blankPage: boolean;
  content: ColophonContent;
}

/** The 抄送 names as printed: separated by full-width commas, a full stop after the last. */
export function ccText(cc: string): string {
  const names = cc.split(/[，,、;；\s]+/u).map((n) => n.replace(/[。.]+$/u, '').trim()).filter(Boolean);
  return names.length ? `${CC_LABEL}${names.join('，')}。` : '';
}

/** 2026-03-01 → 2026年3月1日印发. */
export function printedText(iso: string): string {
  return `${chineseDate(iso)}印发`;
}

export function colophonContent(c: Colophon): ColophonContent {
  const cc = ccText(c.cc ?? '');
  const ccLines = cc
    ? paragraphLines([{ text: cc, role: 'body' }], {
        size: COLOPHON_SIZE,
        spacing: 0,
        align: 'left',
        firstLeft: ONE_CHAR,
        left: ONE_CHAR + 3 * ONE_CHAR,
        right: ONE_CHAR,
        lineWidth: TEXT_WIDTH - 1,
        kind: () => null,
      }).map((l: LineBox) => l.text)
    : [];
  return {
    kind: 'colophon',
    ...(cc ? { cc: { text: cc, lines: ccLines } } : {}),
    printer: c.printer.trim(),
    printed: printedText(c.printed),
    lines: ccLines.length + 1,
  };
}

const usedLines = (page: Page) => page.boxes.reduce((n, b) => Math.max(n, b.line + (b.box.kind === 'line' ? 1 : b.box.lines)), 0);

/** Puts the 版记 on the pages: its box at the foot of the last, even, page (pages added as needed). */
export function placeColophon(pages: Page[], colophon: Colophon): { pages: Page[]; placement: ColophonPlacement } {
  const content = colophonContent(colophon);
  const box: FixedBox = { kind: 'fixed', lines: content.lines, content };
  const line = LINES_PER_PAGE - content.lines;
  const out = [...pages];
  const last = out.length - 1;
  const used = last >= 0 ? usedLines(out[last]!) : 0;
  // Room on an even last page: the 版记 below the body, at least one empty line between.
  const fits = last >= 0 && last % 2 === 1 && used + 1 <= line;
  const blankPage = !fits && last % 2 === 1;
  if (blankPage) out.push({ number: out.length + 1, boxes: [] });
  if (!fits) out.push({ number: out.length + 1, boxes: [] });
  const page = out.length - 1;
  out[page] = { ...out[page]!, boxes: [...out[page]!.boxes, { box, block: -1, line }] };
  return { pages: out, placement: { page, line, fill: fits ? line - used : line, newPage: !fits, blankPage, content } };
}

export const isColophon = (content: unknown): content is ColophonContent =>
  typeof content === 'object' && content !== null && (content as { kind?: unknown }).kind === 'colophon';
