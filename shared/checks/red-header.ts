// 版头 (GB/T 9704—2012 7.2), from 文稿信息: the 发文字号 in its form
// (机关代字〔年份〕序号号, the same rule as a 文号 in the text), its year that of
// the 成文日期, and an upward document — a 报告 or 请示 — with its 签发人.
import { docNumberField } from './docnum';
import { finding } from './text';
import type { CheckInput, Finding } from './types';

/** 上行文: the document kinds sent up that name their 签发人 (7.2.6). */
const UPWARD = /(报告|请示)$/u;

export function redHeaderRules(input: CheckInput): Finding[] {
  const header = input.metadata.redHeader;
  if (!header) return [];
  // A finding about the 版头 points at the title, the first thing under it.
  const at = Math.max(0, input.content.findIndex((b) => b.type === 'title'));
  const text = input.texts[at] ?? '';
  const out: Finding[] = [];
  const about = (rule: string, severity: Finding['severity'], excerpt: string, message: string) =>
    out.push(finding(text, { rule, kind: 'frame', severity, block: at, start: 0, end: 0, excerpt, context: `版头：${excerpt}`, message }));
  const number = header.number.trim();
  const form = docNumberField(number);
  if (form === 'unreadable') {
    about('red-header-number', 'error', number, `版头的发文字号“${number}”不合格式：应为“机关代字〔年份〕序号号”，如“某司报〔2026〕3号”（在“文稿信息”中修改）。`);
  } else if (form !== 'ok') {
    about(
      'red-header-number',
      'error',
      number,
      form.brackets
        ? `版头发文字号的年份用六角括号“〔〕”括入：“${number}”应为“${form.right}”（在“文稿信息”中修改）。`
        : `版头发文字号的序号不加“第”字、不编虚位：“${number}”应为“${form.right}”（在“文稿信息”中修改）。`,
    );
  }
  if (form === 'ok' && /[XＸ×]+号$/u.test(number)) {
    about('red-header-serial', 'warning', number, `发文字号“${number}”的序号尚未填写，请在“文稿信息”中改为实际序号。`);
  }
  const year = /〔(\d{4})〕|[[［(（【]\s*(\d{4})/u.exec(number);
  const issued = input.metadata.date?.slice(0, 4);
  const numberYear = year?.[1] ?? year?.[2];
  if (numberYear && issued && numberYear !== issued) {
    about('red-header-year', 'warning', number, `发文字号的年份${numberYear}与成文日期的年份${issued}不一致，请核对。`);
  }
  const title = input.content.flatMap((b, i) => (b.type === 'title' ? [input.texts[i]!.trim()] : [])).join('');
  const kind = UPWARD.exec(title)?.[1];
  if (kind && !header.signer?.trim()) {
    about('red-header-signer', 'warning', '签发人', `${kind}是上行文，版头应标注签发人（在“文稿信息”的版头中填写）。`);
  }
  return out;
}
