// The 版头 (GB/T 9704—2012 7.2) as the layout places it: a box of whole grid
// lines at the top of the first page, so the title and every line after it
// stay on the 22-line grid. In it: the red 发文机关标志 in 小标宋, its top
// edge 35 mm below the text block's, centred, as large as 42 pt allows within
// the text block; two lines below it the 发文字号 (centred, or for an upward
// document one character in from the left with the 签发人 one character in
// from the right); the red separator 4 mm below the 文号, as wide as the text
// block; then the two empty lines before the title (红色分隔线下空二行).
import type { RedHeader } from '../model';
import type { SetBlock } from './blocks';
import type { FixedBox } from './boxes';
import { measure, rangeWidth } from './measure';
import { LINE_PITCH, SIZE, TEXT_WIDTH } from './metrics';

/** Twips in a millimetre. */
export const TWIPS_PER_MM = 1440 / 25.4;
/** Grid lines from the text block's top through the red separator. */
export const RED_HEADER_RULE_LINES = 9;
/** Grid lines the 版头 takes, the two empty lines before the title included. */
export const RED_HEADER_LINES = RED_HEADER_RULE_LINES + 2;
/** The largest 发文机关标志, half-points (42 pt); a longer one is set smaller to stay within the text block. */
export const MARK_MAX_SIZE = 84;
/** The smallest: 3号, the body's size (a long joint name); narrower than that, it is condensed by up to 1 pt. */
export const MARK_MIN_SIZE = SIZE.body;
const MARK_MOST_CONDENSED = -20;
/** The 发文字号's grid line (0-based): two empty lines below the mark's five. */
export const NUMBER_LINE = 7;
/**
 * The mark's line is as high as the face's own line (ascent and descent, 1.44
 * em for the Song faces), so no word processor has extra height to share out;
 * a CJK glyph then tops out 0.32 em below the line's top. A 仿宋 glyph ends
 * 0.27 em above the bottom of its exact line. Measured in LibreOffice with the
 * faces the tests render with (Noto Serif CJK, AR PL UMing); other faces'
 * metrics move this by a fraction of a millimetre.
 */
const MARK_LINE = 1.44;
const MARK_GLYPH_TOP = 0.32;
const NUMBER_BOTTOM = 0.27;
/** Width of the red separator, eighths of a point (1 pt, 0.35 mm). */
export const RULE_WIDTH = 8;

export interface RedHeaderGeometry {
  /** Half-points. */
  markSize: number;
  /** Character spacing of the mark, twentieths of a point (negative where even 2号 would be too wide). */
  markSpacing: number;
  /** Space before the mark's line: its glyphs' top 35 mm below the text block's. */
  markBefore: number;
  /** Exact height of the mark's line. */
  markLine: number;
  /** Space before the 文号's line, so that it falls on grid line 7. */
  numberBefore: number;
  /** Space between the top of grid line 8 and the separator: 4 mm below the 文号's glyphs. */
  ruleBefore: number;
  /** Exact height of the separator's (empty) line: the rest of grid line 8. */
  ruleLine: number;
}

export interface RedHeaderContent {
  kind: 'red-header';
  mark: string;
  number: string;
  signer?: string;
  geometry: RedHeaderGeometry;
}

const width = (text: string, size: number, spacing = 0) => {
  const m = measure([{ text, size, spacing }]);
  return rangeWidth(m, 0, m.cps.length);
};

export function redHeaderGeometry(mark: string): RedHeaderGeometry {
  let markSize = MARK_MAX_SIZE;
  while (markSize > MARK_MIN_SIZE && width(mark, markSize) > TEXT_WIDTH) markSize -= 2;
  let markSpacing = 0;
  const count = [...mark].length;
  while (count > 0 && markSpacing > MARK_MOST_CONDENSED && width(mark, markSize, markSpacing) > TEXT_WIDTH) markSpacing--;
  const em = markSize * 10;
  const markBefore = Math.round(35 * TWIPS_PER_MM - em * MARK_GLYPH_TOP);
  const markLine = Math.round(em * MARK_LINE);
  const numberBottom = (NUMBER_LINE + 1) * LINE_PITCH - Math.round(SIZE.body * 10 * NUMBER_BOTTOM);
  const ruleBefore = numberBottom + Math.round(4 * TWIPS_PER_MM) - (NUMBER_LINE + 1) * LINE_PITCH;
  return {
    markSize,
    markSpacing,
    markBefore,
    markLine,
    numberBefore: NUMBER_LINE * LINE_PITCH - markBefore - markLine,
    ruleBefore,
    ruleLine: LINE_PITCH - ruleBefore - (RULE_WIDTH * 20) / 8,
  };
}

/** The 版头 as a block of the layout: one box of whole grid lines, kept with the title. */
export function redHeaderBlock(header: RedHeader): SetBlock {
  const content: RedHeaderContent = {
    kind: 'red-header',
    mark: header.mark.trim(),
    number: header.number.trim(),
    ...(header.signer?.trim() ? { signer: header.signer.trim() } : {}),
    geometry: redHeaderGeometry(header.mark.trim()),
  };
  const box: FixedBox = { kind: 'fixed', lines: RED_HEADER_LINES, content };
  return {
    block: -1,
    boxes: [box],
    source: { spans: [], align: 'center', firstLeft: 0, left: 0, right: 0, size: SIZE.body },
    kinds: null,
    keepWithNext: true,
    keepTogether: true,
    widowControl: false,
  };
}

export const isRedHeader = (content: unknown): content is RedHeaderContent =>
  typeof content === 'object' && content !== null && (content as { kind?: unknown }).kind === 'red-header';
