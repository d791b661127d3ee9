// 段落长度: a GB/T 9704 page holds 22 lines of 28 characters, 616 in all.
// A paragraph longer than a page and a half (924 characters) leaves a whole
// page with no paragraph break; reviewers send such walls of text back.
import { finding } from './text';
import type { ReportBlock } from '../model';
import type { BlockContext, Finding } from './types';

export const PAGE_CHARACTERS = 22 * 28;
export const MAX_PARAGRAPH_CHARACTERS = Math.round(PAGE_CHARACTERS * 1.5);

const counted = (text: string) => text.replace(/\s/gu, '').length;

export function lengthRules(i: number, b: ReportBlock, text: string, _ctx: BlockContext): Finding[] {
  if (b.type !== 'paragraph' && !(b.type === 'heading' && b.runIn)) return [];
  const n = counted(text);
  if (n <= MAX_PARAGRAPH_CHARACTERS) return [];
  return [
    finding(text, {
      rule: 'paragraph-too-long', kind: 'length', severity: 'info', block: i, start: 0, end: Math.min(text.length, 20),
      message: `这一段有${n}字，超过一页半（${MAX_PARAGRAPH_CHARACTERS}字）：请按意思分成几段。`,
    }),
  ];
}
