// The draft's blocks set as GB/T 9704 prints them: the title at 2号 centred
// in balanced lines with an empty line after it, the addressee flush left,
// headings with their computed numbers, body paragraphs indented two
// characters, the 附件说明 with its hanging alignment, the signature and date
// placed for a seal or without one, with the empty lines the standard asks
// for. Each block carries what the export needs to write the same paragraph.
import { blockText, type HeadingBlock, type ReportBlock, type ReportContent, type ReportText } from '../model';
import { annexLabels } from '../annexes';
import { headingNumbers } from '../numbering';
import { splitRunIn } from '../run-in';
import { annexLabelBox, titleBoxes } from './annex';
import { attachmentLines } from './attachments';
import type { BlockLayout, FaceRole, FixedBox, LineBox } from './boxes';
import { imageSource, tableBoxes, tableSource, type ObjectSource } from './objects';
import { closingIndents } from './closing';
import { BODY_SPACING, SIZE, TEXT_WIDTH, TWO_CHARS } from './metrics';
import { paragraphLines, type StyledSpan } from './paragraph';
import type { LineCache } from './line-cache';
import { titleLines } from './title';

/** The line width the word processors give text: the text block less a twip of rounding. */
export const LINE_WIDTH = TEXT_WIDTH - 1;
/**
 * The left edge of justified lines that would start at the margin (body and
 * headings after their first line), twips: one twip in. LibreOffice 7.4
 * leaves a hanging full stop or comma unpainted on a justified line that
 * starts at the very margin; a twip (0.02 mm) of left indent keeps it painted.
 */
export const LEFT_EDGE = 1;

export interface LayoutOptions {
  sealed: boolean;
  boldLeads: boolean;
  /** The unit's name: the title breaks after it. */
  unit: string;
}

/** What kind each line of a paragraph is: one kind, or a run-in heading's lead up to a UTF-16 offset. */
type Kinds = LineBox['lineKind'] | { leadEnd: number };

/** How the export writes a block's paragraph: its spans, alignment and indents, as the layout set them. */
export interface ParagraphSource {
  spans: StyledSpan[];
  align: LineBox['align'];
  /** Left edge of the first line and of the others, twips. */
  firstLeft: number;
  left: number;
  right: number;
  size: number;
  /** Where a tab carries on to (the 附件说明's name). */
  tabAt?: number;
  /** Title lines, each printed on a line of its own. */
  lines?: string[];
}

export interface SetBlock extends BlockLayout {
  source: ParagraphSource;
  kinds: Kinds;
  /** A table or a picture: what the export writes instead of a paragraph (a picture's `source` is its caption). */
  object?: ObjectSource;
}

/** Blocks that reach the page: empty guidance-only paragraphs, and empty headings, addressees, signatures, dates, titles, 附件说明 items, are left out (an attachment always reaches it). */
export function exportedBlocks(content: ReportContent): ReportBlock[] {
  // Tables and pictures always reach the page; what an import could not bring over never does (the checks say so).
  return content.filter((b) => b.type === 'table' || b.type === 'image' || b.type === 'annex' || (b.type !== 'omitted' && (blockText(b).trim() !== '' || (b.type === 'paragraph' && !b.hint))));
}

const HEADING_ROLE: Record<HeadingBlock['level'], FaceRole> = { 1: 'heading1', 2: 'heading2', 3: 'heading3', 4: 'heading4' };

/** Spans of a block's leaves, leading white space dropped (the first-line indent does that work). */
function leafSpans(children: readonly ReportText[], role: FaceRole, boldLeads: boolean): StyledSpan[] {
  const out: StyledSpan[] = [];
  let started = false;
  for (const c of children) {
    const text = started ? c.text : c.text.trimStart();
    if (!text) continue;
    started = true;
    out.push({ text, role, ...(c.lead && boldLeads ? { bold: true } : {}) });
  }
  return out;
}

/** Spans given another face from UTF-16 offset `at` on. */
function refaceFrom(spans: readonly StyledSpan[], at: number, role: FaceRole): StyledSpan[] {
  const out: StyledSpan[] = [];
  let pos = 0;
  for (const s of spans) {
    const end = pos + s.text.length;
    if (end <= at) out.push(s);
    else if (pos >= at) out.push({ ...s, role });
    else out.push({ ...s, text: s.text.slice(0, at - pos) }, { ...s, text: s.text.slice(at - pos), role });
    pos = end;
  }
  return out;
}

const flags = { keepWithNext: false, keepTogether: false, widowControl: false };

let cache: LineCache | null = null;

/** The draft block being set, and what else its lines depend on: lets the cache skip building the key. */
let origin: { block: object; context: string } | undefined;

/** A paragraph of body-size text set from a source. */
function set(block: number, source: ParagraphSource, kinds: Kinds, spacing = BODY_SPACING): SetBlock {
  const make = () => {
    const kind = kinds !== null && typeof kinds === 'object' ? (l: { start: number }) => (l.start < kinds.leadEnd ? 'heading' : 'body') : () => kinds;
    const lines = paragraphLines(source.spans, { size: source.size, spacing, align: source.align, firstLeft: source.firstLeft, left: source.left, right: source.right, lineWidth: LINE_WIDTH, kind });
    if (source.tabAt !== undefined) for (const b of lines) b.tabAt = source.tabAt;
    return lines;
  };
  const where = origin && { block: origin.block, context: `${origin.context}|${spacing}|${block}` };
  const boxes = cache ? cache.get(() => JSON.stringify([source, kinds, spacing]), make, where) : make();
  return { block, boxes, source, kinds, ...flags };
}

function emptyLine(): SetBlock {
  const source: ParagraphSource = { spans: [], align: 'left', firstLeft: 0, left: 0, right: 0, size: SIZE.body };
  return set(-1, source, null);
}

/** Lays one text block out again with another character spacing (a condensed paragraph). */
export function reset(b: SetBlock, spacing: number): SetBlock {
  const again = b.source.lines ? b : set(b.block, b.source, b.kinds, spacing);
  return { ...b, boxes: again.boxes, condensed: spacing };
}

export function layoutBlocks(content: ReportContent, options: LayoutOptions, lineCache: LineCache | null = null): SetBlock[] {
  cache = lineCache;
  try {
    return setBlocks(content, options);
  } finally {
    cache = null;
  }
}

function setBlocks(content: ReportContent, options: LayoutOptions): SetBlock[] {
  const indexOf = new Map(content.map((b, i) => [b, i]));
  const blocks = exportedBlocks(content);
  const numbers = headingNumbers(blocks);
  const labels = annexLabels(blocks);
  const mainEnd = labels.findIndex((l) => l !== null);
  const signature = blocks.find((b) => b.type === 'signature');
  const date = blocks.find((b) => b.type === 'date');
  const indents = closingIndents(signature ? blockText(signature).trim() : '', date ? blockText(date).trim() : '', options.sealed);
  const attachments = attachmentLines(blocks.filter((b, i) => b.type === 'attachment' && (mainEnd < 0 || i < mainEnd)).map(blockText));
  let attachment = 0;
  const out: SetBlock[] = [];
  let lastEmpty = true;
  const push = (b: SetBlock, empty = false) => {
    out.push(b);
    lastEmpty = empty;
  };
  const blank = () => {
    if (!lastEmpty) push(emptyLine(), true);
  };
  const body = (spans: StyledSpan[]): ParagraphSource => ({ spans, align: 'justify', firstLeft: TWO_CHARS, left: LEFT_EDGE, right: 0, size: SIZE.body });

  const context = JSON.stringify(options);
  blocks.forEach((b, i) => {
    const at = indexOf.get(b) ?? -1;
    // Paragraphs and headings depend on their block, their number and the options only.
    origin = b.type === 'paragraph' || b.type === 'heading' ? { block: b, context: `${context}|${numbers[i] ?? ''}` } : undefined;
    switch (b.type) {
      case 'title': {
        // Consecutive title blocks (a title imported over several lines) are one title.
        if (blocks[i - 1]?.type === 'title') return;
        let j = i;
        const parts: string[] = [];
        while (blocks[j]?.type === 'title') parts.push(blockText(blocks[j++]!));
        const lines = cache ? cache.title(parts.join('\n'), options.unit) : titleLines(parts.join('\n'), { unit: options.unit });
        const source: ParagraphSource = { spans: [{ text: lines.join(''), role: 'title' }], align: 'center', firstLeft: 0, left: 0, right: 0, size: SIZE.title, lines };
        const boxes = titleBoxes(lines);
        push({ block: at, boxes, source, kinds: 'title', keepWithNext: true, keepTogether: true, widowControl: false });
        blank();
        return;
      }
      case 'addressee': {
        const text = blockText(b).trim().replace(/[：:]?$/u, '：');
        push({ ...set(at, { ...body([{ text, role: 'body' }]), align: 'left', firstLeft: 0, left: 0 }, 'addressee'), keepWithNext: true });
        return;
      }
      case 'paragraph': {
        const spans = leafSpans(b.children, 'body', options.boldLeads);
        push(set(at, body(spans), 'body'), spans.length === 0);
        return;
      }
      case 'heading': {
        const role = HEADING_ROLE[b.level];
        let spans: StyledSpan[] = [{ text: numbers[i] ?? '', role }, ...leafSpans(b.children, role, options.boldLeads)];
        if (b.runIn) {
          const leadEnd = (numbers[i] ?? '').length + splitRunIn(spans.slice(1).map((s) => s.text).join('')).lead.length;
          spans = refaceFrom(spans, leadEnd, 'body');
          push(set(at, body(spans), { leadEnd }));
        } else push({ ...set(at, body(spans), 'heading'), keepWithNext: true, keepTogether: true });
        return;
      }
      case 'attachment': {
        if (blocks[i - 1]?.type !== 'attachment') blank();
        const line = attachments[attachment++]!;
        const source: ParagraphSource = {
          spans: [{ text: line.prefix + (line.tab ? '\t' : '') + line.name, role: 'body' }],
          align: 'justify',
          firstLeft: line.left - line.hanging,
          left: line.left,
          right: 0,
          size: SIZE.body,
          ...(line.tab ? { tabAt: line.left } : {}),
        };
        push(setAttachment(at, source, line.prefix, line.tab));
        return;
      }
      case 'table': {
        const object = tableSource(b);
        push({ block: at, boxes: tableBoxes(object), source: { ...body([]), firstLeft: 0, left: 0 }, kinds: 'body', object, ...flags });
        return;
      }
      case 'image': {
        const object = imageSource(b);
        const caption: ParagraphSource = { spans: [{ text: blockText(b).trim(), role: 'body' }], align: 'center', firstLeft: 0, left: 0, right: 0, size: SIZE.body };
        const captionLines = caption.spans[0]!.text ? set(at, caption, 'body').boxes : [];
        const picture: FixedBox = { kind: 'fixed', lines: object.lines, content: { kind: 'image' } };
        push({ block: at, boxes: [picture, ...captionLines], source: caption, kinds: 'body', object, ...flags, keepTogether: true });
        return;
      }
      case 'annex': {
        // A new page: 附件N, an empty line, the title (off the grid, as the main title), an empty line.
        const label = annexLabelBox(labels[i]!);
        const labelSource: ParagraphSource = { spans: [{ text: label.text, role: 'heading1' }], align: 'left', firstLeft: 0, left: 0, right: 0, size: SIZE.body };
        push({ block: -1, boxes: [label], source: labelSource, kinds: 'annex', ...flags, keepWithNext: true, keepTogether: true, pageBreakBefore: true });
        push(emptyLine(), true);
        const lines = blockText(b).trim() ? (cache ? cache.title(blockText(b), options.unit) : titleLines(blockText(b), { unit: options.unit })) : [];
        if (lines.length) {
          const source: ParagraphSource = { spans: [{ text: lines.join(''), role: 'title' }], align: 'center', firstLeft: 0, left: 0, right: 0, size: SIZE.title, lines };
          push({ block: at, boxes: titleBoxes(lines), source, kinds: 'title', keepWithNext: true, keepTogether: true, widowControl: false });
          blank();
        }
        return;
      }
      case 'omitted':
        return;
      case 'signature':
      case 'date': {
        const prev = blocks[i - 1];
        if (prev?.type !== 'signature' && prev?.type !== 'date') blank();
        const right = b.type === 'signature' ? indents.signatureRight : indents.dateRight;
        push(set(at, { spans: [{ text: blockText(b).trim(), role: 'body' }], align: 'right', firstLeft: 0, left: 0, right, size: SIZE.body }, b.type));
        return;
      }
    }
  });
  origin = undefined;
  // The main text's closing keeps together; the attachments after it start pages of their own.
  const annexAt = out.findIndex((b) => b.pageBreakBefore);
  keepClosingTogether(annexAt < 0 ? out : out.slice(0, annexAt));
  return out;
}

/** An item of the 附件说明: after a tab, the name is broken on the width from the tab on. */
function setAttachment(block: number, source: ParagraphSource, prefix: string, tab: boolean): SetBlock {
  if (!tab) return set(block, source, 'attachment');
  const name = source.spans[0]!.text.slice(prefix.length + 1);
  const named = set(block, { ...source, spans: [{ text: name, role: 'body' }], firstLeft: source.left }, 'attachment');
  const [first, ...rest] = named.boxes;
  if (first?.kind !== 'line') return { ...named, source };
  const opening: LineBox = {
    ...first,
    text: prefix + first.text,
    runs: [{ text: prefix, role: 'body', bold: false }, ...first.runs],
    left: source.firstLeft,
    width: LINE_WIDTH - source.firstLeft,
    tabAfter: prefix.length,
  };
  return { ...named, boxes: [opening, ...rest], source };
}

/**
 * The signature and date never stand alone on a page (GB/T 9704 7.3.5): the
 * closing (附件说明, signature, date and the empty lines between) keeps with
 * the body's last paragraph, which goes over whole when it must.
 */
function keepClosingTogether(out: SetBlock[]): void {
  const closing = (b: SetBlock) => {
    const k = b.boxes.find((x) => x.kind === 'line')?.lineKind;
    return k === 'attachment' || k === 'signature' || k === 'date' || (b.block === -1 && k === null);
  };
  let end = out.length;
  while (end > 0 && closing(out[end - 1]!)) end--;
  if (end === out.length || !out.slice(end).some((b) => b.block !== -1)) return;
  for (let k = end; k < out.length - 1; k++) out[k]!.keepWithNext = true;
  const last = out[end - 1];
  if (last && last.boxes.some((x) => x.kind === 'line' && x.lineKind !== 'title')) last.keepWithNext = true;
}
