// How one block writes its numbers, for the rules that hold a whole report
// to one way of writing them: the percent sign after a number (% or ％),
// full-width digits (１２), and amounts with 万/亿 in Arabic (2万元) or in
// Chinese numerals (五万元). Computed once per version of a block.

export interface Span {
  start: number;
  end: number;
}

export interface ChineseAmount extends Span {
  /** The amount in Arabic numerals with its 万 or 亿 (5万, 1200万); null where it cannot be written so. */
  arabic: string | null;
}

export interface NumberForms {
  /** Offsets of a half-width % after a number. */
  halfPercent: number[];
  /** Offsets of a full-width ％ after a number. */
  fullPercent: number[];
  /** Runs of full-width digits. */
  fullDigits: Span[];
  /** Whether the block writes half-width digits at all. */
  halfDigits: boolean;
  /** Amounts such as 2万元, 1.5亿元. */
  arabicWan: number;
  /** Amounts such as 五万元, 两千万元. */
  chineseWan: ChineseAmount[];
}

const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 五 → 5, 一千二百 → 1200, 两千 → 2000, 十五 → 15; null for 二三 (an estimate) or anything else. */
export function chineseAmount(numeral: string): number | null {
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  for (const ch of numeral) {
    if (ch === '零' || ch === '〇') continue;
    if (CN_DIGIT[ch] !== undefined) {
      if (digit !== null) return null;
      digit = CN_DIGIT[ch]!;
    } else if (CN_UNIT[ch] !== undefined) {
      const unit = CN_UNIT[ch]!;
      // Only 十 stands without a digit (十五); 千 alone is a saying (千万不能), not an amount.
      if (unit >= lastUnit || (digit === null && unit !== 10)) return null;
      total += (digit ?? 1) * unit;
      digit = null;
      lastUnit = unit;
    } else {
      return null;
    }
  }
  return total + (digit ?? 0) || null;
}

const MEASURE = '(?:元|人次|人|户|亩|平方米|平方公里|公顷|公里|千米|吨|册|份|件|条|次|个|名|家|场|套|株|棵|头|只|辆|台|间|字|余|多)';
const CHINESE_WAN = new RegExp(`(?<![上近约数几成逾超过余多十百千万亿两一二三四五六七八九〇零])([一二两三四五六七八九十百千〇零]+)([万亿])(?=${MEASURE})`, 'gu');
const ARABIC_WAN = /[0-9]+(?:\.[0-9]+)?\s*[万亿]/gu;

export function numberForms(text: string): NumberForms {
  const halfPercent: number[] = [];
  const fullPercent: number[] = [];
  for (const m of text.matchAll(/(?<=[0-9０-９])\s*([%％])/gu)) (m[1] === '%' ? halfPercent : fullPercent).push(m.index + m[0].length - 1);
  const fullDigits = [...text.matchAll(/[０-９]+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const chineseWan: ChineseAmount[] = [];
  for (const m of text.matchAll(CHINESE_WAN)) {
    const value = chineseAmount(m[1]!);
    if (value === null) continue;
    chineseWan.push({ start: m.index, end: m.index + m[0].length, arabic: `${value}${m[2]}` });
  }
  return { halfPercent, fullPercent, fullDigits, halfDigits: /[0-9]/u.test(text), arabicWan: [...text.matchAll(ARABIC_WAN)].length, chineseWan };
}
