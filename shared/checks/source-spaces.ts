// Reading a report file for checking, not for importing: the importer cleans
// spaces between Chinese characters and after heading numbers away, which is
// right for a new draft but hides exactly the slips a check must report. The
// spaces inside a line are stood in for by private-use characters the
// cleaner keeps, and put back into the recognised blocks afterwards.
// Indentation and spaces at a line's end are left to the cleaner: they are
// how plain text lays out paragraphs, not slips.
import type { ReportContent } from '../model';
import type { SourceParagraph } from '../recognize';
import { mapTextBlocks } from '../tables';

const STAND_INS: Record<string, string> = { ' ': '\uf8f0', '\u3000': '\uf8f1', '\u00a0': '\uf8f2', '\t': '\uf8f3' };
const BACK: Record<string, string> = Object.fromEntries(Object.entries(STAND_INS).map(([k, v]) => [v, k]));
const USED = /[\uf8f0-\uf8f3]/u;

/** A line with its inner spaces stood in for. */
function protectLine(line: string): string {
  const lead = /^[ \t\u00a0\u3000]*/u.exec(line)![0].length;
  const trail = /[ \t\u00a0\u3000]*$/u.exec(line.slice(lead))![0].length;
  const inner = line.slice(lead, line.length - trail).replace(/[ \t\u00a0\u3000]/gu, (s) => STAND_INS[s]!);
  return line.slice(0, lead) + inner + line.slice(line.length - trail);
}

/** The paragraphs with the spaces inside each of their lines protected from cleaning (unchanged if the text already holds the stand-ins). */
export function protectSpaces(paragraphs: readonly SourceParagraph[]): SourceParagraph[] {
  if (paragraphs.some((p) => USED.test(p.text))) return [...paragraphs];
  return paragraphs.map((p) => ({ ...p, text: p.text.split('\n').map(protectLine).join('\n') }));
}

/** Recognised content with the protected spaces back in place. */
export function restoreSpaces(content: ReportContent): ReportContent {
  const back = (s: string) => s.replace(/[\uf8f0-\uf8f3]/gu, (c) => BACK[c]!);
  return mapTextBlocks(content, (b) => ({
    ...b,
    children: b.children.map((leaf) => ({ ...leaf, text: back(leaf.text) })),
    ...(b.type === 'heading' && b.typedNumber ? { typedNumber: back(b.typedNumber) } : {}),
  }));
}
