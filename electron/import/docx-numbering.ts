// Word's automatic numbering (numbering.xml): the number a numbered paragraph
// shows is not in its text, so it is rendered here from the level's number
// format and level text (一、 （一） 1. （1） …) for recognition to read.
import { chineseNumeral } from '../../shared/numbering';
import { attr, child, elements, isOn, val, type XmlElement } from './xml';

interface LevelDef {
  start: number;
  format: string;
  text: string;
  suffix: string;
  legal: boolean;
}

interface NumDef {
  abstractId: string;
  /** Start values that restart this instance's levels. */
  startOverrides: Map<number, number>;
  levels: Map<number, LevelDef>;
}

const TEN_STEMS = '甲乙丙丁戊己庚辛壬癸';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [v, s] of table) while (n >= v) [out, n] = [out + s, n - v];
  return out;
}

function letters(n: number): string {
  const ch = String.fromCharCode(97 + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

/** A counter value in one of Word's number formats. */
export function formatNumber(n: number, format: string): string {
  const safe = Math.max(0, Math.min(n, 999));
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'koreanCounting':
      return safe >= 1 ? chineseNumeral(safe) : '〇';
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return String(safe).replace(/[0-9]/gu, (d) => '〇一二三四五六七八九'[Number(d)]!);
    case 'chineseLegalSimplified':
      return String(safe).replace(/[0-9]/gu, (d) => LEGAL_DIGITS[Number(d)]!);
    case 'ideographTraditional':
      return TEN_STEMS[(safe - 1 + 10) % 10]!;
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return CIRCLED[safe - 1] ?? String(safe);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(safe).replace(/[0-9]/gu, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalZero':
      return String(safe).padStart(2, '0');
    case 'lowerLetter':
      return letters(safe);
    case 'upperLetter':
      return letters(safe).toUpperCase();
    case 'lowerRoman':
      return roman(safe);
    case 'upperRoman':
      return roman(safe).toUpperCase();
    case 'none':
      return '';
    default:
      return String(safe);
  }
}

function readLevels(parent: XmlElement): Map<number, LevelDef> {
  const levels = new Map<number, LevelDef>();
  for (const lvl of elements(parent)) {
    if (lvl.localName !== 'lvl') continue;
    const suff = val(lvl, 'suff') ?? 'tab';
    levels.set(Number(attr(lvl, 'ilvl') ?? 0), {
      start: Number(val(lvl, 'start') ?? 1),
      format: val(lvl, 'numFmt') ?? 'decimal',
      text: val(lvl, 'lvlText') ?? '',
      suffix: suff === 'nothing' ? '' : ' ',
      legal: isOn(lvl, 'isLgl'),
    });
  }
  return levels;
}

/** Renders the numbers of numbered paragraphs in document order. */
export class Numbering {
  private readonly abstracts = new Map<string, Map<number, LevelDef>>();
  private readonly nums = new Map<string, NumDef>();
  private readonly counters = new Map<string, (number | undefined)[]>();

  constructor(root: XmlElement | undefined) {
    if (!root) return;
    for (const el of elements(root)) {
      if (el.localName === 'abstractNum') this.abstracts.set(attr(el, 'abstractNumId') ?? '', readLevels(el));
    }
    for (const el of elements(root)) {
      if (el.localName !== 'num') continue;
      const startOverrides = new Map<number, number>();
      const levels = new Map<number, LevelDef>();
      for (const o of elements(el)) {
        if (o.localName !== 'lvlOverride') continue;
        const ilvl = Number(attr(o, 'ilvl') ?? 0);
        const start = val(o, 'startOverride');
        if (start !== undefined) startOverrides.set(ilvl, Number(start));
        const lvl = child(o, 'lvl');
        if (lvl) for (const [k, v] of readLevels(o)) levels.set(k, v);
      }
      this.nums.set(attr(el, 'numId') ?? '', { abstractId: val(el, 'abstractNumId') ?? '', startOverrides, levels });
    }
  }

  private level(num: NumDef, ilvl: number): LevelDef | undefined {
    return num.levels.get(ilvl) ?? this.abstracts.get(num.abstractId)?.get(ilvl);
  }

  /** The number shown before the next paragraph of list `numId` at level `ilvl`; '' for bullets and none. */
  next(numId: string, ilvl: number): string {
    const num = this.nums.get(numId);
    if (numId === '0' || !num) return '';
    const def = this.level(num, ilvl);
    if (!def) return '';
    // Instances of one list share their counters unless they restart it.
    const key = num.startOverrides.size ? `num:${numId}` : `abstract:${num.abstractId}`;
    const counters = this.counters.get(key) ?? [];
    this.counters.set(key, counters);
    const startOf = (l: number) => num.startOverrides.get(l) ?? this.level(num, l)?.start ?? 1;
    counters[ilvl] = counters[ilvl] === undefined ? startOf(ilvl) : counters[ilvl]! + 1;
    for (let d = ilvl + 1; d < 9; d++) counters[d] = undefined;
    if (def.format === 'bullet') return '';
    const text = def.text.replace(/%([1-9])/gu, (_, k: string) => {
      const l = Number(k) - 1;
      const lvl = this.level(num, l);
      const format = def.legal ? 'decimal' : (lvl?.format ?? 'decimal');
      return formatNumber(counters[l] ?? startOf(l), format);
    });
    return text ? text + def.suffix : '';
  }
}
