// 日期: dates in Arabic numerals with the full year and no leading zeros
// (2024年3月1日, GB/T 9704—2012 7.3.5.3), days that exist (no 3月32日, no
// 2月30日), and the 成文日期 in that form.
import { chineseDate, isoFromParts } from '../dates';
import type { ReportBlock } from '../model';
import { isoFromDateLine } from '../recognize/date-line';
import { finding, replaceFix } from './text';
import type { BlockContext, Finding } from './types';

/** yyyy-mm-dd from 2024-03-01, 2024.3.1, 2024/3/1, 2024年03月01日, 二〇二四年三月一日; null if none. */
export function parseDateLine(text: string): string | null {
  const t = text.replace(/\s+/gu, '');
  const sep = /^([0-9]{4})[-./]([0-9]{1,2})[-./]([0-9]{1,2})日?$/u.exec(t);
  if (sep) return isoFromDateLine(`${sep[1]}年${sep[2]}月${sep[3]}日`) ?? null;
  if (!DATE_SHAPE.test(t)) return null;
  return isoFromDateLine(t) ?? null;
}

const DATE_SHAPE = /^[0-9０-９〇○零一二三四五六七八九十]{4}年[0-9０-９一二三四五六七八九十]{1,3}月[0-9０-９一二三四五六七八九十]{1,3}日$/u;
const SEPARATED = /^[0-9]{4}[-./][0-9]{1,2}[-./][0-9]{1,2}日?$/u;
const RIGHT_DATE = /^[0-9]{4}年[1-9][0-9]?月[1-9][0-9]?日$/u;

/** Days in a month (1–12); February has 29 where the year is not known (2000 was a leap year). */
function daysIn(month: number, year = 2000): number {
  let day = 31;
  while (day > 28 && !isoFromParts(year, month, day)) day--;
  return day;
}

/** Why the day does not exist (2月30日: 2月只有29天), or null when it does. */
export function impossibleDay(month: number, day: number, year?: number): string | null {
  if (month < 1 || month > 12) return `一年只有12个月，没有${month}月`;
  const days = daysIn(month, year);
  if (day < 1 || day > days) return `${year !== undefined && month === 2 ? `${year}年` : ''}${month}月只有${days}天`;
  return null;
}

function dateBlock(index: number, text: string): Finding[] {
  const t = text.trim();
  const start = text.indexOf(t);
  const at = { rule: 'date-form', kind: 'dates' as const, block: index, start, end: start + t.length };
  if (!t) return [finding(text, { ...at, severity: 'warning', start: 0, end: 0, message: '成文日期为空：请写明年、月、日，如“2024年3月1日”。' })];
  if (RIGHT_DATE.test(t) && parseDateLine(t)) return [];
  const iso = parseDateLine(t);
  if (!iso && (DATE_SHAPE.test(t.replace(/\s+/gu, '')) || SEPARATED.test(t.replace(/\s+/gu, '')))) {
    return [finding(text, { ...at, rule: 'date-invalid', severity: 'error', message: `成文日期“${t}”不存在：请核对月份和日期。` })];
  }
  const right = iso ? chineseDate(iso) : null;
  return [
    finding(text, {
      ...at, severity: 'error',
      message: right
        ? `成文日期用阿拉伯数字写全年、月、日，月和日不编虚位：“${t}”应为“${right}”。`
        : `成文日期应写明年、月、日，用阿拉伯数字，如“2024年3月1日”；“${t}”不是这种写法。`,
      ...(right ? { fix: replaceFix(`改为“${right}”`, index, start, start + t.length, right) } : {}),
    }),
  ];
}

const LEADING_ZERO = /(?<![0-9０-９])0([1-9])(?=月)|(?<=月)0([1-9])(?=[日号])/gu;
const TWO_DIGIT_YEAR = /(?<![0-9０-９.．\-/])([0-9]{2})年(?=[0-9]{1,2}月)/gu;
/** 2025年3月32日, 2月30日, 13月5日 (a day after 月, not a span such as 3月1日—5日). */
const DAY = /(?<![0-9０-９])(?:([0-9]{4})年)?([0-9]{1,2})月([0-9]{1,2})[日号]/gu;

function century(yy: number, reportYear: number | undefined): number {
  const base = reportYear ?? 2000;
  const c = Math.floor(base / 100) * 100;
  return c + yy > base + 10 ? c - 100 + yy : c + yy;
}

function textDates(index: number, text: string, ctx: BlockContext): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(LEADING_ZERO)) {
    const digit = m[1] ?? m[2]!;
    out.push(
      finding(text, {
        rule: 'date-leading-zero', kind: 'dates', severity: 'warning', block: index, start: m.index, end: m.index + 2,
        message: `日期中的月、日不编虚位：“${m[0]}${m[1] ? '月' : '日'}”应为“${digit}${m[1] ? '月' : '日'}”。`,
        fix: replaceFix(`改为“${digit}”`, index, m.index, m.index + 2, digit),
      }),
    );
  }
  for (const m of text.matchAll(TWO_DIGIT_YEAR)) {
    const full = century(Number(m[1]), ctx.yearHint);
    out.push(
      finding(text, {
        rule: 'date-two-digit-year', kind: 'dates', severity: 'warning', block: index, start: m.index, end: m.index + 3,
        message: `年份应写全四位数字：“${m[0]}”应为“${full}年”。`,
        fix: replaceFix(`改为“${full}年”`, index, m.index, m.index + 3, `${full}年`),
      }),
    );
  }
  for (const m of text.matchAll(DAY)) {
    const why = impossibleDay(Number(m[2]), Number(m[3]), m[1] ? Number(m[1]) : undefined);
    if (!why) continue;
    out.push(
      finding(text, {
        rule: 'date-invalid', kind: 'dates', severity: 'error', block: index, start: m.index, end: m.index + m[0].length,
        message: `日期“${m[0]}”不存在（${why}）：请核对。`,
      }),
    );
  }
  return out;
}

export function dateRules(index: number, block: ReportBlock, text: string, ctx: BlockContext): Finding[] {
  if (block.type === 'date') return dateBlock(index, text);
  if (block.type === 'signature') return [];
  return textDates(index, text, ctx);
}
