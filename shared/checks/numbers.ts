// 数字 (GB/T 15835—2011 出版物上数字用法, GB/T 15834—2011 标点符号用法):
// ranges joined with a hyphen (2021-2025年 → 2021—2025年, 3-5天 → 3～5天);
// Arabic numerals with 千 or 百 (3千元 → 3000元; 万 and 亿 may follow Arabic
// numerals); and, across the report, one way of writing the percent sign,
// the digits and the amounts with 万/亿.
import type { ReportBlock } from '../model';
import { finding, replaceFix } from './text';
import type { BlockContext, CheckInput, Finding } from './types';

const TIME_UNIT = '(?:年|月|日|时|点)';
const COUNT_UNIT = '(?:天|周|岁|次|个|人|户|万|亿|元|%|％|倍|届|期|批|家|项|名|小时|分钟|件|份|米|公里|千米|亩|吨|平方米|公顷|位|所|场|座|辆)';
/** A number, an optional unit, a hyphen or half-width wave, a number, then a unit (or the close of a bracketed span of years). */
const RANGE = new RegExp(
  `(?<![0-9０-９A-Za-z.．/_:\\-－–])([0-9]{1,6})(${TIME_UNIT})?\\s*([-－–~〜])\\s*([0-9]{1,6})(?![0-9])(?=\\s*(${TIME_UNIT}|${COUNT_UNIT}|[）)》]))`,
  'gu',
);

const isYear = (s: string) => /^(?:19|20)[0-9]{2}$/u.test(s);

function ranges(index: number, text: string): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(RANGE)) {
    const [, from, unitFrom, dash, to, unit] = m as unknown as string[];
    // A bracket closes only a span of years: (2021-2025), not a telephone number (0833-1234567).
    if (/^[）)》]$/u.test(unit!) && !(isYear(from!) && isYear(to!) && Number(from) < Number(to))) continue;
    const time = Boolean(unitFrom) || new RegExp(`^${TIME_UNIT}$`, 'u').test(unit!) || (isYear(from!) && isYear(to!));
    const right = time ? '—' : '～';
    const at = m.index + from!.length + (unitFrom?.length ?? 0) + m[0].slice(from!.length + (unitFrom?.length ?? 0)).indexOf(dash!);
    out.push(
      finding(text, {
        rule: 'number-range', kind: 'numbers', severity: 'warning', block: index, start: at, end: at + 1,
        excerpt: m[0],
        message: time
          ? `表示时间的起止用一字线“—”，不用“${dash}”：“${m[0]}${unit}”应为“${m[0].replace(dash!, '—')}${unit}”。`
          : `表示数值范围用浪纹线“～”，不用“${dash}”：“${m[0]}${unit}”应为“${m[0].replace(dash!, '～')}${unit}”。`,
        fix: replaceFix(`改为“${right}”`, index, at, at + 1, right),
      }),
    );
  }
  return out;
}

/** 3千元, 5百人: Arabic numerals take 万 and 亿, never 千, 百 or 十. */
const MAGNITUDE = /(?<![0-9.])([0-9]+(?:\.[0-9]+)?)([千百])(?![米克瓦伏帕焦赫字卡分])/gu;

function magnitudes(index: number, text: string): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(MAGNITUDE)) {
    const value = Number(m[1]) * (m[2] === '千' ? 1000 : 100);
    const whole = Number.isInteger(value) ? String(value) : null;
    out.push(
      finding(text, {
        rule: 'number-magnitude', kind: 'numbers', severity: 'warning', block: index, start: m.index, end: m.index + m[0].length,
        message: `阿拉伯数字不与“${m[2]}”连用（“万”“亿”除外）：“${m[0]}”应写作${whole ? `“${whole}”` : '阿拉伯数字'}。`,
        ...(whole ? { fix: replaceFix(`改为“${whole}”`, index, m.index, m.index + m[0].length, whole) } : {}),
      }),
    );
  }
  return out;
}

export function numberBlockRules(index: number, block: ReportBlock, text: string, _ctx: BlockContext): Finding[] {
  if (block.type === 'signature' || block.type === 'date') return [];
  return [...ranges(index, text), ...magnitudes(index, text)];
}

const FULL_DIGITS = (s: string) => s.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/** The percent sign, the digits and the amounts with 万/亿, each written one way across the report. */
export function numberConsistencyRules(input: CheckInput): Finding[] {
  const out: Finding[] = [];
  const { summaries, texts } = input;
  const half = summaries.reduce((n, s) => n + s.forms.halfPercent.length, 0);
  const full = summaries.reduce((n, s) => n + s.forms.fullPercent.length, 0);
  if (half > 0 && full > 0) {
    // The form used less gives way; on a tie the half-width %, as the digits are half-width.
    const odd = full <= half ? '％' : '%';
    const usual = odd === '％' ? '%' : '％';
    const details = [`全文“%”${half}处，“％”${full}处`];
    summaries.forEach((s, i) => {
      for (const at of odd === '％' ? s.forms.fullPercent : s.forms.halfPercent) {
        out.push(
          finding(texts[i]!, {
            rule: 'number-percent-mixed', kind: 'numbers', severity: 'warning', block: i, start: at, end: at + 1,
            message: `百分号全文应统一：本文多处用“${usual}”，这里用了“${odd}”。`,
            fix: replaceFix(`改为“${usual}”`, i, at, at + 1, usual),
            evidence: { basis: '同一文稿中百分号的写法应前后一致', details },
          }),
        );
      }
    });
  }
  if (summaries.some((s) => s.forms.halfDigits)) {
    summaries.forEach((s, i) => {
      for (const r of s.forms.fullDigits) {
        const digits = texts[i]!.slice(r.start, r.end);
        out.push(
          finding(texts[i]!, {
            rule: 'number-fullwidth', kind: 'numbers', severity: 'warning', block: i, start: r.start, end: r.end,
            message: `阿拉伯数字应统一用半角形式：“${digits}”应为“${FULL_DIGITS(digits)}”。`,
            fix: replaceFix(`改为“${FULL_DIGITS(digits)}”`, i, r.start, r.end, FULL_DIGITS(digits)),
          }),
        );
      }
    });
  }
  const arabic = summaries.reduce((n, s) => n + s.forms.arabicWan, 0);
  if (arabic > 0) {
    const details = [`全文用阿拉伯数字加“万”“亿”${arabic}处`];
    summaries.forEach((s, i) => {
      for (const a of s.forms.chineseWan) {
        const written = texts[i]!.slice(a.start, a.end);
        out.push(
          finding(texts[i]!, {
            rule: 'number-wan-mixed', kind: 'numbers', severity: 'warning', block: i, start: a.start, end: a.end,
            message: `统计数字全文应统一用阿拉伯数字：本文其他数额写作“2万”这样的形式，“${written}”应为“${a.arabic}”。`,
            ...(a.arabic ? { fix: replaceFix(`改为“${a.arabic}”`, i, a.start, a.end, a.arabic) } : {}),
            evidence: { basis: 'GB/T 15835—2011：用于计量的数字用阿拉伯数字，同一文稿写法一致', details },
          }),
        );
      }
    });
  }
  return out;
}
