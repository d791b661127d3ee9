// 一是……二是……: leads marked in the text count themselves within their
// section (they restart after every heading) and renumber when one is added,
// removed or moved. These are the corrections that keep them right.
import type { ReportContent } from './model';
import { chineseNumeral } from './numbering';

export function leadWord(n: number): string {
  return `${chineseNumeral(n)}是`;
}

const LEAD = /^(.*?)([一二三四五六七八九十百零]+是)(.*)$/su;

export type LeadFix =
  /** The leaf holds a lead word plus typed text around it: unmark the text before/after it. */
  | { kind: 'split'; block: number; child: number; prefix: number; word: number }
  /** The lead's word or count is not its place in the section: rewrite both. */
  | { kind: 'renumber'; block: number; child: number; text: string; count: number }
  /** The leaf no longer holds a lead word: it is plain text now. */
  | { kind: 'unmark'; block: number; child: number };

/** The first correction the marked leads need, or null when they are all right. Apply and ask again. */
export function nextLeadFix(content: ReportContent): LeadFix | null {
  let count = 0;
  for (const [block, b] of content.entries()) {
    // Leads count within a section: a heading or an attachment starts a new one.
    if (b.type === 'heading' || b.type === 'annex') count = 0;
    if (b.type === 'table') continue;
    for (const [child, leaf] of b.children.entries()) {
      if (!leaf.lead) continue;
      const m = LEAD.exec(leaf.text);
      if (!m) return { kind: 'unmark', block, child };
      const [, prefix = '', word = '', rest = ''] = m;
      if (prefix || rest) return { kind: 'split', block, child, prefix: prefix.length, word: word.length };
      count++;
      const text = leadWord(count);
      if (word !== text || leaf.lead !== count) return { kind: 'renumber', block, child, text, count };
    }
  }
  return null;
}
