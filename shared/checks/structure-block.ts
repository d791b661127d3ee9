// 结构与提示 within one block: template hints left in the text, placeholders
// (××, {单位}) never filled in, and a 一、 or （一） heading on its own line
// ending in a mark (（五）扩宽法律服务面，完善治理体系。) — a run-in heading
// ends its lead sentence with 。 as it should.
import type { ReportBlock } from '../model';
import { finding, replaceFix } from './text';
import type { BlockContext, Finding } from './types';

function hintLeft(i: number, b: ReportBlock, text: string, hints: readonly string[]): Finding[] {
  if (b.type === 'title' || b.type === 'signature' || b.type === 'date' || b.type === 'addressee') return [];
  for (const hint of hints) {
    const at = text.indexOf(hint);
    if (at < 0) continue;
    return [
      finding(text, {
        rule: 'template-hint', kind: 'structure', severity: 'error', block: i, start: at, end: at + hint.length,
        message: '模板的写作提示留在了正文里：请换成实际内容（提示只在空段落中显示，不会导出）。',
        fix: replaceFix('删去提示文字', i, at, at + hint.length, ''),
      }),
    ];
  }
  return [];
}

const PLACEHOLDER = /×{2,}|Ｘ{2,}|(?<![A-Za-z])X{2,}(?![A-Za-z])|×(?=〔)|(?<=〕)×(?=号)|\{[^{}\s]{1,8}\}/gu;

function placeholders(i: number, text: string): Finding[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) =>
    finding(text, {
      rule: 'placeholder-left', kind: 'structure', severity: 'error', block: i, start: m.index, end: m.index + m[0].length,
      message: `“${m[0]}”是待填写的占位符：请换成实际的名称或数字。`,
    }),
  );
}

/** A mark a heading on its own line should not end with (a question mark may stay). */
const HEADING_END = /[。，；：、.,;:]+[\s\u3000]*$/u;

function headingEnd(i: number, b: ReportBlock, text: string): Finding[] {
  // Levels 3 and 4 (1. and （1）) are items as often as headings: a one-sentence item ends in 。 or ；.
  if (b.type !== 'heading' || b.runIn || b.level > 2) return [];
  const m = HEADING_END.exec(text);
  if (!m || !text.slice(0, m.index).trim()) return [];
  return [
    finding(text, {
      rule: 'heading-end-punct', kind: 'structure', severity: 'warning', block: i, start: m.index, end: text.length,
      message: `单独成行的标题末尾不加标点：请删去“${m[0].trim()}”（标题与正文同段时，标题句末才用句号）。`,
      fix: replaceFix('删去标点', i, m.index, text.length, ''),
    }),
  ];
}

export function structureBlockRules(i: number, b: ReportBlock, text: string, ctx: BlockContext): Finding[] {
  return [...headingEnd(i, b, text), ...hintLeft(i, b, text, ctx.hints), ...placeholders(i, text)];
}
