// Text lines → the blocks of a report: title, addressee, headings at their
// levels (run-in or on their own line), paragraphs with their 一是 leads,
// attachments, signature and date. Recognition reads what the text says;
// source styles only help where the text has no number.
import { ANNEX_LABEL } from '../annexes';
import { block, blockText, type HeadingLevel, type ReportBlock, type ReportContent, type ReportText } from '../model';
import { headingNumbers } from '../numbering';
import { splitRunIn } from '../run-in';
import { displayWidth } from './chars';
import { findHead, findTail } from './head-tail';
import { leadLeaves } from './leads';
import { assignLevels, type LevelInput } from './levels';
import { toLines, type Line, type SourceParagraph } from './lines';
import { parseTypedNumber } from './numbers';

export interface RecognizeOptions {
  /**
   * 'document' (default): a whole report, with its title, addressee, signature
   * and date. 'fragment': a part of a report, e.g. pasted into a draft: only
   * headings, paragraphs and attachments.
   */
  mode?: 'document' | 'fragment';
  /** The paragraphs are the lines of a text file, which may be hard-wrapped. */
  wrapped?: boolean;
}

export function recognize(paragraphs: readonly SourceParagraph[], options: RecognizeOptions = {}): ReportContent {
  const lines = toLines(paragraphs, { wrapped: options.wrapped ?? false });
  if (options.mode === 'fragment') return withTypedNumbers(bodyBlocks(lines));
  const head = findHead(lines);
  const blocks: Built[] = [
    ...lines.slice(0, head.start).map((l) => ({ block: l.block ?? block('paragraph', l.text, {}) })),
  ];
  // A title set over several lines is one title: the layout breaks it anew, keeping these line ends where they fall at joints.
  const titleLines = lines.slice(head.start, head.start + head.titleLines).map((l) => l.text.trim());
  if (titleLines.length) blocks.push({ block: block('title', titleLines.join('\n'), {}) });
  let from = head.start + head.titleLines;
  if (head.addressee) blocks.push({ block: block('addressee', lines[from++]!.text, {}) });
  const tail = findTail(lines, from);
  append(blocks, bodyBlocks(lines.slice(from, tail ? tail.start : lines.length)));
  if (tail) {
    const signatureEnd = tail.start + tail.signatureLines;
    for (const l of lines.slice(tail.start, signatureEnd)) blocks.push({ block: block('signature', l.text, {}) });
    if (tail.date >= 0) {
      blocks.push({ block: block('date', lines[tail.date]!.text, {}) });
      append(blocks, trailingBlocks(lines.slice(tail.date + 1)));
    }
  }
  return withTypedNumbers(blocks);
}

/** Plain text (a .txt file, text/plain from the clipboard), one paragraph per line. */
export function recognizeText(text: string, options: Omit<RecognizeOptions, 'wrapped'> = {}): ReportContent {
  return recognize(
    text.split(/\r\n|[\r\n]/u).map((line) => ({ text: line })),
    { ...options, wrapped: true },
  );
}

/** push(...more) without the argument limit: a report may have hundreds of thousands of lines. */
function append<T>(to: T[], more: readonly T[]): void {
  for (const item of more) to.push(item);
}

/** A block as built, with the number its text was typed with (if any). */
interface Built {
  block: ReportBlock;
  typed?: string;
}

const ATTACHMENT = /^附\s*件\s*[0-9０-９]{0,2}\s*[：:]\s*(.*)$/u;
const LIST_ITEM = /^[0-9０-９]{1,2}\s*[.．、]\s*/u;

function attachmentName(text: string): string {
  return text.replace(LIST_ITEM, '');
}

/** Could a line without a number be a heading its source style says it is? */
function headingLike(text: string): boolean {
  return displayWidth(text) <= 40 && !/[。！？]/u.test(text.slice(0, -1));
}

type Classified =
  | { kind: 'block'; block: ReportBlock }
  | { kind: 'heading'; input: LevelInput; text: string; typed?: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'attachment'; text: string };

function classify(lines: readonly Line[]): Classified[] {
  const out: Classified[] = [];
  let inAttachments = false;
  for (const line of lines) {
    const text = line.text;
    if (line.block) {
      out.push({ kind: 'block', block: line.block });
      inAttachments = false;
      continue;
    }
    const previous = out[out.length - 1];
    if (previous?.kind === 'block' && isCaptionFor(previous.block, text)) {
      previous.block = { ...previous.block, children: [{ text }] } as ReportBlock;
      continue;
    }
    const attachment = ATTACHMENT.exec(text);
    if (attachment) {
      inAttachments = true;
      if (attachment[1]) out.push({ kind: 'attachment', text: attachmentName(attachment[1]) });
      continue;
    }
    if (inAttachments && LIST_ITEM.test(text) && displayWidth(text) <= 60 && !/[。！？]/u.test(text)) {
      out.push({ kind: 'attachment', text: attachmentName(text) });
      continue;
    }
    inAttachments = false;
    const number = parseTypedNumber(text);
    if (number) out.push({ kind: 'heading', input: number, text: number.rest, typed: number.typed });
    else if (line.styleLevel && headingLike(text)) out.push({ kind: 'heading', input: { level: line.styleLevel }, text });
    else out.push({ kind: 'paragraph', text });
  }
  return out;
}

/** A picture's caption as sources set it, on the line below: 图1 …, 图 2-1 …, short and not a sentence. */
const CAPTION = /^图\s*[0-9０-９一二三四五六七八九十]+(?:[-－.．][0-9０-９]+)?(?:\s|[　：:、.．]|$)/u;

function isCaptionFor(b: ReportBlock, text: string): boolean {
  return b.type === 'image' && blockText(b) === '' && CAPTION.test(text) && displayWidth(text) <= 60 && !/[。！？]$/u.test(text);
}

function bodyBlocks(lines: readonly Line[]): Built[] {
  const items = classify(lines);
  const levels = assignLevels(items.flatMap((c) => (c.kind === 'heading' ? [c.input] : [])));
  const out: Built[] = [];
  let h = 0;
  for (const item of items) {
    if (item.kind === 'block') out.push({ block: item.block });
    else if (item.kind === 'paragraph') out.push({ block: { type: 'paragraph', children: leadLeaves(item.text) } });
    else if (item.kind === 'attachment') out.push({ block: block('attachment', item.text, {}) });
    else out.push(...headingBlocks(item.text, levels[h++]!, item.typed));
  }
  return out;
}

/**
 * A heading line. With a body after its first sentence it is a run-in heading
 * (levels 2-4); a level-1 heading is never run in, so its body becomes a paragraph.
 */
function headingBlocks(text: string, level: HeadingLevel, typed: string | undefined): Built[] {
  const { lead, body } = splitRunIn(text);
  const typedPart = typed === undefined ? {} : { typed };
  if (!body.trim()) return [{ block: block('heading', text, { level }), ...typedPart }];
  if (level === 1) {
    return [
      { block: block('heading', lead, { level }), ...typedPart },
      { block: { type: 'paragraph', children: leadLeaves(body) } },
    ];
  }
  const children = mergeLeaves([{ text: lead }, ...leadLeaves(body)]);
  return [{ block: { type: 'heading', level, runIn: true, children }, ...typedPart }];
}

function mergeLeaves(leaves: ReportText[]): ReportText[] {
  const out: ReportText[] = [];
  for (const leaf of leaves) {
    const last = out[out.length - 1];
    if (last && !last.lead && !leaf.lead) last.text += leaf.text;
    else if (leaf.text || out.length === 0) out.push({ ...leaf });
  }
  return out;
}

/**
 * After the date: the attachments (附件 GB/T 9704 8), each from its label line
 * on: the next line is its title, the rest its content, recognised as a body
 * (headings numbered within the attachment). Other material stays paragraphs.
 */
function trailingBlocks(lines: readonly Line[]): Built[] {
  const labels = lines.flatMap((l, i) => (!l.block && ANNEX_LABEL.test(l.text.trim()) ? [i] : []));
  const plain = (ls: readonly Line[]) => ls.map((l) => ({ block: l.block ?? block('paragraph', l.text, {}) }));
  if (labels.length === 0) return plain(lines);
  const out = plain(lines.slice(0, labels[0]));
  labels.forEach((at, k) => {
    const end = labels[k + 1] ?? lines.length;
    const title = lines[at + 1] && at + 1 < end && !lines[at + 1]!.block ? lines[at + 1]!.text.trim() : '';
    out.push({ block: block('annex', title, {}) });
    append(out, bodyBlocks(lines.slice(title ? at + 2 : at + 1, end)));
  });
  return out;
}

/** Keeps a typed number on its heading where it differs from the number computed for it. */
function withTypedNumbers(built: readonly Built[]): ReportContent {
  const content = built.map((b) => b.block);
  const numbers = headingNumbers(content);
  built.forEach((b, i) => {
    if (b.block.type === 'heading' && b.typed !== undefined && b.typed !== numbers[i]) b.block.typedNumber = b.typed;
  });
  return content;
}
