// Typed heading numbers and counted leads.
import { describe, expect, it } from 'vitest';
import { leadLeaves } from '../../shared/recognize/leads';
import { assignLevels } from '../../shared/recognize/levels';
import { parseChineseNumeral, parseTypedNumber } from '../../shared/recognize/numbers';

describe('parseTypedNumber', () => {
  it.each([
    ['一、总体情况', 'chinese-comma', 1, '一、', '总体情况'],
    ['十二、其他', 'chinese-comma', 12, '十二、', '其他'],
    ['（一）加强组织领导', 'chinese-paren', 1, '（一）', '加强组织领导'],
    ['(二)坚持依法决策', 'chinese-paren', 2, '(二)', '坚持依法决策'],
    ['（三)混用括号', 'chinese-paren', 3, '（三)', '混用括号'],
    ['1.健全制度', 'arabic-dot', 1, '1.', '健全制度'],
    ['2、强化考核', 'arabic-dot', 2, '2、', '强化考核'],
    ['3．规范执法', 'arabic-dot', 3, '3．', '规范执法'],
    ['１０. 全角数字', 'arabic-dot', 10, '１０.', '全角数字'],
    ['（1）学法制度', 'arabic-paren', 1, '（1）', '学法制度'],
    ['(12)考试', 'arabic-paren', 12, '(12)', '考试'],
    ['（5） 强化应急演练', 'arabic-paren', 5, '（5）', '强化应急演练'],
    ['（ 四 ）带空格', 'chinese-paren', 4, '（ 四 ）', '带空格'],
  ])('%s', (line, form, value, typed, rest) => {
    expect(parseTypedNumber(line)).toEqual({ form, value, typed, rest });
  });

  it.each([
    ['2023年，我局'],
    ['6.5世界环境日'],
    ['1.5亿元'],
    ['三、四月份开展检查'],
    ['1、2号楼'],
    ['一是加强领导'],
    ['一方面'],
    ['（2021-2025年）'],
    ['（一）'],
    ['十分重要、'],
  ])('%s is not a heading number', (line) => {
    expect(parseTypedNumber(line)).toBeNull();
  });

  it('reads Chinese numerals up to 99', () => {
    expect([parseChineseNumeral('一'), parseChineseNumeral('十'), parseChineseNumeral('十五'), parseChineseNumeral('二十'), parseChineseNumeral('九十九')]).toEqual([1, 10, 15, 20, 99]);
    expect(parseChineseNumeral('一一')).toBeNull();
    expect(parseChineseNumeral('')).toBeNull();
  });
});

describe('assignLevels', () => {
  const n = (form: 'chinese-comma' | 'chinese-paren' | 'arabic-dot' | 'arabic-paren', value: number) => ({ form, value });

  it('gives each form its usual level', () => {
    expect(assignLevels([n('chinese-comma', 1), n('chinese-paren', 1), n('arabic-dot', 1), n('arabic-paren', 1), n('chinese-comma', 2)])).toEqual([1, 2, 3, 4, 1]);
  });

  it('places （5） after （四） in the （四） sequence', () => {
    expect(assignLevels([n('chinese-comma', 1), n('chinese-paren', 1), n('chinese-paren', 4), n('arabic-paren', 5), n('chinese-comma', 2)])).toEqual([1, 2, 2, 2, 1]);
  });

  it('places a number that cannot start a sequence in the open one of its bracket kind', () => {
    expect(assignLevels([n('chinese-comma', 1), n('chinese-paren', 3), n('arabic-paren', 5)])).toEqual([1, 2, 2]);
    expect(assignLevels([n('chinese-comma', 1), n('chinese-comma', 2), n('arabic-dot', 3)])).toEqual([1, 1, 1]);
  });

  it('keeps （1） under （一） as a new deeper sequence', () => {
    expect(assignLevels([n('chinese-paren', 1), n('arabic-paren', 1), n('arabic-paren', 2), n('chinese-paren', 2)])).toEqual([2, 4, 4, 2]);
  });

  it('keeps gaps and repeats at their form level', () => {
    expect(assignLevels([n('chinese-paren', 1), n('chinese-paren', 1), n('chinese-paren', 3)])).toEqual([2, 2, 2]);
  });

  it('counts style-given levels in the sequence', () => {
    expect(assignLevels([{ level: 1 }, { level: 2 }, n('chinese-paren', 2)])).toEqual([1, 2, 2]);
  });
});

describe('leadLeaves', () => {
  it('marks 一是 … 十一是 at the start of a paragraph or a sentence', () => {
    expect(leadLeaves('一是健全制度。二是强化考核；三是严格执法：十一是其他。')).toEqual([
      { text: '一是', lead: true },
      { text: '健全制度。' },
      { text: '二是', lead: true },
      { text: '强化考核；' },
      { text: '三是', lead: true },
      { text: '严格执法：' },
      { text: '十一是', lead: true },
      { text: '其他。' },
    ]);
  });

  it('leaves 一是 inside a sentence alone', () => {
    expect(leadLeaves('这一是非问题，唯一是标准。')).toEqual([{ text: '这一是非问题，唯一是标准。' }]);
    expect(leadLeaves('')).toEqual([{ text: '' }]);
  });
});
