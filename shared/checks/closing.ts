// The closing a 报告 must have (GB/T 9704—2012 7.3.5): 发文机关署名 and
// 成文日期 after the body. A report's kind is read from its title's 文种
// (……的报告, ……请示) and else from its template; a 工作总结 or 汇报
// material, often sent as an attachment, is not held to it.
import { contentTitle } from '../model';
import { finding } from './text';
import type { CheckInput, Finding } from './types';

/** 文种 of the 党政机关公文处理工作条例 that close with a signature and a date. */
const SIGNED_KINDS = /(?:报告|请示|意见|通知|通报|批复|函|决定|公告|通告)$/u;
const OTHER_KINDS = /(?:总结|汇报|材料|发言|讲话|纪要|要点|计划|方案|打算|说明)$/u;
const REPORT_TEMPLATES = new Set(['rule-of-law-annual', 'leader-duty-report']);

/** Does this draft close with a signature and a date: a 报告 (by title, or by template where the title says nothing)? */
export function needsClosing(input: CheckInput): boolean {
  const title = contentTitle(input.content).replace(/[\s。，；：、！？.,;:!?]+$/u, '');
  if (SIGNED_KINDS.test(title)) return true;
  if (OTHER_KINDS.test(title)) return false;
  return input.template !== undefined && REPORT_TEMPLATES.has(input.template.id);
}

export function closingParts(input: CheckInput): Finding[] {
  const { content, texts } = input;
  if (!content.some((b) => b.type === 'heading' || b.type === 'paragraph') || !needsClosing(input)) return [];
  const signed = content.some((b, i) => b.type === 'signature' && texts[i]!.trim());
  const dated = content.some((b) => b.type === 'date');
  const at = content.length - 1;
  const end = (texts[at] ?? '').length;
  const missing = (rule: string, message: string) =>
    finding('', { rule, kind: 'structure', severity: 'error', block: at, start: end, end, excerpt: '', context: '', message });
  const out: Finding[] = [];
  if (!signed) out.push(missing('closing-signature', '报告缺少发文机关署名：请在正文之后写明单位全称（述法报告写报告人职务、姓名）。'));
  if (!dated) out.push(missing('closing-date', '报告缺少成文日期：请在署名之下写明年、月、日，如“2024年3月1日”。'));
  return out;
}
