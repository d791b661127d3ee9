// A date line as a calendar day: 2024年3月1日, 二〇二四年三月一日 → 2024-03-01.
import { isoFromParts } from '../dates';
import { parseChineseNumeral } from './numbers';

const CN_YEAR_DIGITS: Record<string, string> = { '〇': '0', '○': '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** A date line (2024年3月1日, 二〇二四年三月一日) as yyyy-mm-dd; undefined if it is no real day. */
export function isoFromDateLine(text: string): string | undefined {
  const m = /([0-9０-９]{4}|[〇○零一二三四五六七八九]{4})\s*年\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*日/u.exec(text);
  if (!m) return undefined;
  const num = (s: string) => (/^[0-9０-９]+$/u.test(s) ? Number(s.replace(/[０-９]/gu, (d) => String(d.charCodeAt(0) - 0xff10))) : parseChineseNumeral(s));
  const year = /^[0-9０-９]+$/u.test(m[1]!) ? num(m[1]!) : Number([...m[1]!].map((c) => CN_YEAR_DIGITS[c]).join(''));
  const month = num(m[2]!);
  const day = num(m[3]!);
  if (!year || !month || !day) return undefined;
  return isoFromParts(year, month, day) ?? undefined;
}
