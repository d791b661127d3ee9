// Attachments (附件) as documents (GB/T 9704-2012 8): each starts on a new
// page after the main text, 附件 and its number (附件1; 附件 alone when there
// is only one) in 3号黑体 at the top left, its title centred on the third
// line, then its content in the body's format. In the model an attachment is
// an `annex` block (its title) and the blocks after it up to the next annex.
//
// The 附件说明 in the main text (附件：1.名称 …, `attachment` blocks) names the
// attachments in order, so it follows them: when the draft has annexes, the
// 附件说明 holds exactly their names (`noteChange` says how to make it so). A
// draft without annexes keeps its 附件说明 as written: its attachments are sent
// apart from it.
import { ATTACHMENT_LABEL, attachmentName } from './layout/attachments';
import { block, blockText, type AttachmentBlock, type ReportContent } from './model';
import { headingNumbers } from './numbering';

/** An attachment's label alone on its line, as typed: 附件, 附件1, 附件 2. */
export const ANNEX_LABEL = /^附\s*件\s*[0-9０-９]{0,2}\s*$/u;

export interface AnnexPart {
  /** Index of the annex block (the title). */
  index: number;
  /** One past the attachment's last block. */
  end: number;
  /** 附件1, 附件2 … or 附件 when there is only one. */
  label: string;
  title: string;
}

/** The label of attachment `n` (1-based) of `total`. */
export function annexLabel(n: number, total: number): string {
  return total === 1 ? '附件' : `附件${n}`;
}

/** Index of the first annex block: where the main text ends. */
export function mainTextEnd(content: ReportContent): number {
  const i = content.findIndex((b) => b.type === 'annex');
  return i < 0 ? content.length : i;
}

/** The attachments, in order. */
export function annexParts(content: ReportContent): AnnexPart[] {
  const starts: number[] = [];
  content.forEach((b, i) => {
    if (b.type === 'annex') starts.push(i);
  });
  return starts.map((index, k) => ({
    index,
    end: starts[k + 1] ?? content.length,
    label: annexLabel(k + 1, starts.length),
    title: blockText(content[index]!),
  }));
}

/** Each annex block's label by index (null for the other blocks). */
export function annexLabels(content: ReportContent): (string | null)[] {
  const labels: (string | null)[] = content.map(() => null);
  for (const p of annexParts(content)) labels[p.index] = p.label;
  return labels;
}

/**
 * What the editor draws before each block: a heading's number, an
 * attachment's label (附件1), a 附件说明 item's 附件：1. / 2. (附件： alone for
 * one item), as printed; null for the rest.
 */
export function blockNumbers(content: ReportContent): (string | null)[] {
  const labels = annexLabels(content);
  const items = noteItems(content).filter((i) => blockText(content[i]!).trim() !== '');
  items.forEach((i, k) => {
    labels[i] = items.length === 1 ? ATTACHMENT_LABEL : `${k === 0 ? ATTACHMENT_LABEL : ''}${k + 1}.`;
  });
  return headingNumbers(content).map((n, i) => n ?? labels[i] ?? null);
}

/** A title as the 附件说明 names it: one line, no end punctuation. */
export function noteNameOf(title: string): string {
  return attachmentName(title.replace(/\s*[\r\n\u000B\u2028]\s*/gu, ''));
}

/** The 附件说明 items of the main text: their indices, in order. */
export function noteItems(content: ReportContent): number[] {
  const end = mainTextEnd(content);
  const out: number[] = [];
  for (let i = 0; i < end; i++) if (content[i]!.type === 'attachment') out.push(i);
  return out;
}

/** Replace the blocks [start, start + remove) with 附件说明 items of these names. */
export interface NoteChange {
  start: number;
  remove: number;
  names: string[];
}

/** Where a 附件说明 goes when there is none: before the signature and date that close the main text, else at its end. */
function notePlace(content: ReportContent, end: number): number {
  let at = end;
  while (at > 0 && (content[at - 1]!.type === 'signature' || content[at - 1]!.type === 'date')) at--;
  return at;
}

/**
 * How to bring the 附件说明 in step with the attachments, or null when it is
 * (or when the draft has no annexes). Items are replaced as one run where the
 * first of them stands; items scattered elsewhere are removed.
 */
export function noteChange(content: ReportContent): NoteChange | null {
  const parts = annexParts(content);
  if (parts.length === 0) return null;
  const names = parts.map((p) => noteNameOf(p.title));
  const items = noteItems(content);
  const inStep = items.length === names.length && items.every((i, k) => blockText(content[i]!) === names[k] && items[0]! + k === i);
  if (inStep) return null;
  if (items.length === 0) return { start: notePlace(content, mainTextEnd(content)), remove: 0, names };
  const first = items[0]!;
  // Items scattered over the text: the last stray one goes first, until they stand together.
  if (!items.every((i, k) => i === first + k)) return { start: items[items.length - 1]!, remove: 1, names: [] };
  return { start: first, remove: items.length, names };
}

/** The 附件说明 items for these names (text only: the export numbers them). */
export function noteBlocks(names: readonly string[]): AttachmentBlock[] {
  return names.map((name) => block('attachment', name, {}));
}

/** The content with its 附件说明 in step with its attachments (the same array when it is). */
export function syncAttachmentNote(content: ReportContent): ReportContent {
  let out = content;
  for (let guard = 0; guard < 100; guard++) {
    const change = noteChange(out);
    if (!change) return out;
    out = [...out.slice(0, change.start), ...noteBlocks(change.names), ...out.slice(change.start + change.remove)];
  }
  return out;
}

/**
 * The content of a draft file written before attachments were documents
 * (versions 1 and 2), where an attachment could only follow the date as
 * paragraphs: a paragraph 附件N after the closing date, and the paragraph
 * after it, become an attachment and its title. Other content is unchanged.
 */
export function upgradeAnnexes(content: ReportContent): ReportContent {
  const date = content.findIndex((b) => b.type === 'date');
  if (date < 0 || content.some((b) => b.type === 'annex')) return content;
  const out = content.slice(0, date + 1);
  let changed = false;
  for (let i = date + 1; i < content.length; i++) {
    const b = content[i]!;
    if (b.type !== 'paragraph' || !ANNEX_LABEL.test(blockText(b).trim())) {
      out.push(b);
      continue;
    }
    const next = content[i + 1];
    const title = next?.type === 'paragraph' && !ANNEX_LABEL.test(blockText(next).trim()) ? blockText(next).trim() : '';
    out.push(block('annex', title, {}));
    if (title) i++;
    changed = true;
  }
  return changed ? out : content;
}
