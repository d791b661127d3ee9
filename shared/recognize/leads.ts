// Counted leads (一是、二是……) marked in a paragraph's text leaves.
import type { ReportText } from '../model';
import { leadPattern } from './numbers';

/** The text as leaves, each 一是/二是 at the start of a sentence its own leaf marked `lead`. */
export function leadLeaves(text: string): ReportText[] {
  const leaves: ReportText[] = [];
  let at = 0;
  for (const m of text.matchAll(leadPattern())) {
    const start = m.index + m[1]!.length;
    if (start > at) leaves.push({ text: text.slice(at, start) });
    leaves.push({ text: m[2]!, lead: true });
    at = start + m[2]!.length;
  }
  if (at < text.length || leaves.length === 0) leaves.push({ text: text.slice(at) });
  return leaves;
}
