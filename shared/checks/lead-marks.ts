// The leads of one block: 一是/二是 at the start of a sentence, either
// counted marks (leaves the editor numbers) or typed by hand, and the
// deeper 其一/其二. Computed once per version of a block; the lead rules
// read them section by section.
import type { ReportBlock } from '../model';
import { leadPattern, parseChineseNumeral } from '../recognize/numbers';

export interface LeadMark {
  /** 'shi' for 一是, 'qi' for 其一. */
  kind: 'shi' | 'qi';
  /** As written: 二是, 其二. */
  word: string;
  value: number;
  start: number;
  end: number;
  /** A counted mark (a `lead` leaf), not typed text. */
  marked: boolean;
  /** Right after a colon: the start of a new list (主要表现在：一是……). */
  afterColon: boolean;
}

export interface BlockLeads {
  marks: LeadMark[];
}

const SHI = /^([一二三四五六七八九十]{1,3})是$/u;
const QI = /(^|[。；！？：;!?:]\s*)(其([一二三四五六七八九十]{1,3}))(?=\s*[，、：,:])/gu;

const colonBefore = (text: string, at: number) => /[：:]\s*$/u.test(text.slice(Math.max(0, at - 4), at));

/** The leads of a paragraph or of a run-in heading's body. */
export function blockLeads(block: ReportBlock, text: string): BlockLeads {
  if (block.type !== 'paragraph' && !(block.type === 'heading' && block.runIn)) return { marks: [] };
  const bodyFrom = block.type === 'heading' ? (/[。！？]/u.exec(text)?.index ?? text.length) + 1 : 0;
  const marks: LeadMark[] = [];
  const covered: [number, number][] = [];
  let at = 0;
  for (const leaf of block.children) {
    const from = at;
    at += leaf.text.length;
    if (!leaf.lead || from < bodyFrom) continue;
    covered.push([from, at]);
    const m = SHI.exec(leaf.text);
    const value = m ? parseChineseNumeral(m[1]!) : null;
    if (value === null) continue;
    marks.push({ kind: 'shi', word: leaf.text, value, start: from, end: at, marked: true, afterColon: colonBefore(text, from) });
  }
  for (const m of text.matchAll(leadPattern())) {
    const start = m.index + m[1]!.length;
    const word = m[2]!;
    if (start < bodyFrom || covered.some(([a, b]) => start < b && start + word.length > a)) continue;
    const value = parseChineseNumeral(word.slice(0, -1));
    if (value === null) continue;
    marks.push({ kind: 'shi', word, value, start, end: start + word.length, marked: false, afterColon: colonBefore(text, start) });
  }
  for (const m of text.matchAll(QI)) {
    const start = m.index + m[1]!.length;
    const value = parseChineseNumeral(m[3]!);
    if (start < bodyFrom || value === null) continue;
    marks.push({ kind: 'qi', word: m[2]!, value, start, end: start + m[2]!.length, marked: false, afterColon: colonBefore(text, start) });
  }
  return { marks: marks.sort((a, b) => a.start - b.start) };
}
