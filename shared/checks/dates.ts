// 日期与文号: dates in Arabic numerals with the full year and no leading zeros
// (2024年3月1日, GB/T 9704 7.3.5.3), the 成文日期 in that form, and document
// numbers (发文字号) with the year in 六角括号 and no 第 or leading zeros:
// 川府发〔2023〕5号.
import { chineseDate } from '../dates';
import { isoFromDateLine } from '../recognize/metadata';
import { finding, replaceFix } from './text';
import type { CheckInput, Finding } from './types';

/** yyyy-mm-dd from 2024-03-01, 2024.3.1, 2024/3/1, 2024年03月01日, 二〇二四年三月一日; null if none. */
export function parseDateLine(text: string): string | null {
  const t = text.replace(/\s+/gu, '');
  const sep = /^([0-9]{4})[-./]([0-9]{1,2})[-./]([0-9]{1,2})日?$/u.exec(t);
  if (sep) return isoFromDateLine(`${sep[1]}年${sep[2]}月${sep[3]}日`) ?? null;
  if (!/^[0-9０-９〇○零一二三四五六七八九十]{4}年[0-9０-９一二三四五六七八九十]{1,3}月[0-9０-９一二三四五六七八九十]{1,3}日$/u.test(t)) return null;
  return isoFromDateLine(t) ?? null;
}

const RIGHT_DATE = /^[0-9]{4}年[1-9][0-9]?月[1-9][0-9]?日$/u;

function dateBlock(input: CheckInput, i: number): Finding[] {
  const text = input.texts[i]!;
  const t = text.trim();
  const start = text.indexOf(t);
  if (!t) {
    return [finding(text, { rule: 'date-form', kind: 'dates', severity: 'warning', block: i, start: 0, end: 0, message: '成文日期为空：请写明年、月、日，如“2024年3月1日”。' })];
  }
  if (RIGHT_DATE.test(t) && parseDateLine(t)) return [];
  const iso = parseDateLine(t);
  const right = iso ? chineseDate(iso) : null;
  return [
    finding(text, {
      rule: 'date-form', kind: 'dates', severity: 'error', block: i, start, end: start + t.length,
      message: right
        ? `成文日期用阿拉伯数字写全年、月、日，月和日不编虚位：“${t}”应为“${right}”。`
        : `成文日期应写明年、月、日，用阿拉伯数字，如“2024年3月1日”；“${t}”不是这种写法。`,
      ...(right ? { fix: replaceFix(`改为“${right}”`, i, start, start + t.length, right) } : {}),
    }),
  ];
}

const LEADING_ZERO = /(?<![0-9０-９])0([1-9])(?=月)|(?<=月)0([1-9])(?=[日号])/gu;
const TWO_DIGIT_YEAR = /(?<![0-9０-９.．\-/])([0-9]{2})年(?=[0-9]{1,2}月)/gu;
const DOC_NUMBER = /(?<=\p{Script=Han})([[［(（【〈<{｛〔])\s*((?:19|20)[0-9]{2})\s*([\]］)）】〉>}｝〕])\s*(第?)\s*([0-9]{1,4})\s*号/gu;

function century(yy: number, reportYear: number | undefined): number {
  const base = reportYear ?? 2000;
  const c = Math.floor(base / 100) * 100;
  return c + yy > base + 10 ? c - 100 + yy : c + yy;
}

function textDates(input: CheckInput, i: number): Finding[] {
  const text = input.texts[i]!;
  const out: Finding[] = [];
  for (const m of text.matchAll(LEADING_ZERO)) {
    const digit = m[1] ?? m[2]!;
    out.push(
      finding(text, {
        rule: 'date-leading-zero', kind: 'dates', severity: 'warning', block: i, start: m.index, end: m.index + 2,
        message: `日期中的月、日不编虚位：“${m[0]}${m[1] ? '月' : '日'}”应为“${digit}${m[1] ? '月' : '日'}”。`,
        fix: replaceFix(`改为“${digit}”`, i, m.index, m.index + 2, digit),
      }),
    );
  }
  for (const m of text.matchAll(TWO_DIGIT_YEAR)) {
    const full = century(Number(m[1]), input.metadata.year);
    out.push(
      finding(text, {
        rule: 'date-two-digit-year', kind: 'dates', severity: 'warning', block: i, start: m.index, end: m.index + 3,
        message: `年份应写全四位数字：“${m[0]}”应为“${full}年”。`,
        fix: replaceFix(`改为“${full}年”`, i, m.index, m.index + 3, `${full}年`),
      }),
    );
  }
  for (const m of text.matchAll(DOC_NUMBER)) {
    const [whole, open, year, close, , num] = m as unknown as string[];
    const right = `〔${year}〕${Number(num)}号`;
    if (whole === right) continue;
    const brackets = open !== '〔' || close !== '〕';
    out.push(
      finding(text, {
        rule: brackets ? 'docnum-brackets' : 'docnum-form', kind: 'dates', severity: 'error', block: i, start: m.index, end: m.index + whole!.length,
        message: brackets
          ? `发文字号的年份用六角括号“〔〕”括入：“${whole}”应为“${right}”。`
          : `发文字号的序号不加“第”字、不编虚位：“${whole}”应为“${right}”。`,
        fix: replaceFix(`改为“${right}”`, i, m.index, m.index + whole!.length, right),
      }),
    );
  }
  return out;
}

export function dateRules(input: CheckInput): Finding[] {
  const out: Finding[] = [];
  input.content.forEach((b, i) => {
    if (b.type === 'date') out.push(...dateBlock(input, i));
    else if (b.type !== 'signature') out.push(...textDates(input, i));
  });
  return out;
}
