// What the layout puts on the page: boxes, each a whole number of grid
// lines high. A line of text is a box one line high. A table or a picture (a
// later issue) is one more kind of box, of a height it knows in grid lines:
// add it to `Box`, give it its height, and the paginator places it with the
// same rules (it never splits a box; keep flags say what stays together).

/** What a printed line is, as `layout --json` reports it. */
/** `annex` is an attachment's 附件N line; its title's lines are `title`. */
export type LineKind = 'title' | 'addressee' | 'heading' | 'body' | 'attachment' | 'annex' | 'signature' | 'date';

/** Which face a stretch of a line is set in (the draft's font profile names the face). */
export type FaceRole = 'title' | 'body' | 'heading1' | 'heading2' | 'heading3' | 'heading4';

export interface LineRun {
  text: string;
  role: FaceRole;
  bold: boolean;
}

export interface LineBox {
  kind: 'line';
  /** Null for an empty line (the one after the title, before the signature, an empty paragraph). */
  lineKind: LineKind | null;
  /** The text as printed, computed numbers included. */
  text: string;
  /** The text in stretches of one face. */
  runs: LineRun[];
  /** Where the line's text starts, twips from the text block's left edge (right alignment: see `right`). */
  left: number;
  /** Width the line may fill, twips: from `left` to the right indent. */
  width: number;
  align: 'justify' | 'left' | 'center' | 'right';
  /** Justified lines are spread to `width`; the last line of a paragraph is not. */
  last: boolean;
  /** The last character is a punctuation mark set past the right edge. */
  hanging: boolean;
  /** Half-points. */
  size: number;
  /** Twentieths of a point between characters (negative condenses). */
  spacing: number;
  /** Where a tab carries the text on to (the 附件说明's name), twips from the text block's left edge. */
  tabAt?: number;
  /** On the line that holds the tab: the UTF-16 offset in `text` where the tab stands. */
  tabAfter?: number;
}

/**
 * A box of fixed height: a table row or a picture (issue 13). It is never
 * split; `lines` is its height in grid lines.
 */
export interface FixedBox {
  kind: 'fixed';
  lines: number;
  /** What the box shows, for whoever draws it. */
  content: unknown;
}

export type Box = LineBox | FixedBox;

/** Height of a box in grid lines. */
export const boxLines = (b: Box): number => (b.kind === 'line' ? 1 : b.lines);

/** One block of the draft as laid out: its boxes and how they may be split between pages. */
export interface BlockLayout {
  /** Index of the block in the draft's content; -1 for an empty line the layout adds. */
  block: number;
  boxes: Box[];
  /** No page break between this block's last box and the next block's first (a heading, the closing). */
  keepWithNext: boolean;
  /** The block starts a new page (an attachment's 附件N line). */
  pageBreakBefore?: boolean;
  /** No page break inside the block (a heading, a table row). */
  keepTogether: boolean;
  /** At least two lines of the block on either side of a page break (widow and orphan control). */
  widowControl: boolean;
  /**
   * The character spacing the block was set with when the layout condensed it
   * to pull a short last line back from the top of a page; absent otherwise.
   */
  condensed?: number;
}
