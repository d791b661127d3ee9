// Heading numbers as people type them: 一、 （一） (一) 1. 1、 1． （1） (1),
// with or without a space after, in full-width or half-width forms.
import type { HeadingLevel } from '../model';

/** The kinds of typed heading number, each with the level it normally marks. */
export type NumberForm = 'chinese-comma' | 'chinese-paren' | 'arabic-dot' | 'arabic-paren';

export const FORM_LEVEL: Record<NumberForm, HeadingLevel> = {
  'chinese-comma': 1,
  'chinese-paren': 2,
  'arabic-dot': 3,
  'arabic-paren': 4,
};

export interface TypedNumber {
  form: NumberForm;
  /** The counted value: 一 and 1 are 1. */
  value: number;
  /** The number exactly as typed, without the space after it. */
  typed: string;
  /** The text after the number and any space. */
  rest: string;
}

const CN_DIGITS: Record<string, number> = { '〇': 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十二 → 12, 二十 → 20, 九十九 → 99; null for anything else. */
export function parseChineseNumeral(text: string): number | null {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(text);
  if (!m || !text) return null;
  const [, tens, ten, ones] = m;
  if (!ten) return tens && !ones ? CN_DIGITS[tens]! : null;
  return (tens ? CN_DIGITS[tens]! : 1) * 10 + (ones ? CN_DIGITS[ones]! : 0);
}

/** Full-width digits to ASCII. */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

const CN = '[一二三四五六七八九十]{1,3}';
const SPACE = '[ \\t\\u00a0\\u3000]*';
const PATTERNS: readonly [NumberForm, RegExp][] = [
  // 一、 一． (not 一是, 一方面)
  ['chinese-comma', new RegExp(`^(${CN})(?:、|[．.](?![0-9０-９]))${SPACE}`, 'u')],
  // （一） (一) and mixed brackets
  ['chinese-paren', new RegExp(`^[（(]${SPACE}(${CN})${SPACE}[）)]${SPACE}`, 'u')],
  // 1. 1、 1． (not 1.5亿元, 6.5世界环境日, 2023年)
  ['arabic-dot', new RegExp(`^([0-9０-９]{1,2})(?:[.．](?![0-9０-９])|、)${SPACE}`, 'u')],
  // （1） (1)
  ['arabic-paren', new RegExp(`^[（(]${SPACE}([0-9０-９]{1,2})${SPACE}[）)]${SPACE}`, 'u')],
];

/** The number of one form at the start of a line: its counted value and the text matched (space after included); null when none. */
function matchForm(form: NumberForm, re: RegExp, line: string): { value: number; match: string } | null {
  const m = re.exec(line);
  if (!m) return null;
  const digits = m[1]!;
  const value = form.startsWith('chinese') ? parseChineseNumeral(digits) : Number(asciiDigits(digits));
  return value !== null && value >= 1 ? { value, match: m[0] } : null;
}

/** The heading number a line starts with, or null. */
export function parseTypedNumber(line: string): TypedNumber | null {
  for (const [form, re] of PATTERNS) {
    const found = matchForm(form, re, line);
    if (!found) continue;
    const rest = line.slice(found.match.length);
    if (!rest || !plausibleHeadingText(form, rest)) continue;
    return { form, value: found.value, typed: found.match.replace(/[ \t\u00a0\u3000]+$/u, ''), rest };
  }
  return null;
}

/** A heading number typed on its own (一、 （一） 1. （1）), or null: the editor makes its paragraph a heading of FORM_LEVEL[form]. */
export function numberFormOf(text: string): NumberForm | null {
  for (const [form, re] of PATTERNS) if (matchForm(form, re, text)?.match === text) return form;
  return null;
}

/** Guards against text that only looks numbered: 三、四月份…, 1、2号楼…, a lone bracket. */
function plausibleHeadingText(form: NumberForm, rest: string): boolean {
  if (form === 'chinese-comma' && /^[一二三四五六七八九十]{1,3}(?:、|月|个|年)/u.test(rest)) return false;
  if (form === 'arabic-dot' && /^[0-9０-９]/u.test(rest)) return false;
  return !/^[、，。；：,.;:）)]/u.test(rest);
}

const LEAD_WORD = '(?:[一二三四五六七八九十]|十[一二三四五六七八九]|[二三四五六七八九]十[一二三四五六七八九]?)是';

/** Counted leads at the start of a sentence (一是 … 十是, 十一是 …): a fresh global pattern for matchAll. */
export function leadPattern(): RegExp {
  return new RegExp(`(^|[。；！？：;!?:]\\s*)(${LEAD_WORD})`, 'gu');
}

const LEAD_AT_START = new RegExp(`^${LEAD_WORD}`, 'u');

/** Does the text start with a counted lead? */
export function startsWithLead(text: string): boolean {
  return LEAD_AT_START.test(text);
}
