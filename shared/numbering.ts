// Heading numbers computed from the structure, in the forms GB/T 9704 uses:
// level 1 一、 level 2 （一） level 3 1. level 4 （1）.
import type { HeadingLevel, ReportContent } from './model';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new RangeError(`cannot write ${n} in Chinese numerals`);
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let out = '';
  if (hundreds) out += DIGITS[hundreds] + '百';
  if (tens) out += (tens === 1 && !hundreds ? '' : DIGITS[tens]) + '十';
  else if (hundreds && ones) out += '零';
  if (ones) out += DIGITS[ones];
  return out;
}

/** Chinese numerals as far as they go (999), Arabic beyond: a number is always written. */
const countWord = (n: number) => (n <= 999 ? chineseNumeral(n) : String(n));

export function formatHeadingNumber(level: HeadingLevel, n: number): string {
  switch (level) {
    case 1:
      return `${countWord(n)}、`;
    case 2:
      return `（${countWord(n)}）`;
    case 3:
      return `${n}.`;
    case 4:
      return `（${n}）`;
  }
}

/**
 * The number of every block, by index: a string for headings, null for the rest.
 * A heading restarts the count of every deeper level; numbers under one parent
 * run without gaps. Each attachment (an annex block) numbers its headings afresh.
 */
export function headingNumbers(content: ReportContent): (string | null)[] {
  const counters = [0, 0, 0, 0];
  return content.map((b) => {
    if (b.type === 'annex') counters.fill(0);
    if (b.type !== 'heading') return null;
    const i = b.level - 1;
    counters[i] = (counters[i] ?? 0) + 1;
    for (let deeper = i + 1; deeper < counters.length; deeper++) counters[deeper] = 0;
    return formatHeadingNumber(b.level, counters[i]!);
  });
}
