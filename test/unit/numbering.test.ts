import { describe, expect, it } from 'vitest';
import { block, type HeadingLevel, type ReportContent } from '../../shared/model';
import { chineseNumeral, formatHeadingNumber, headingNumbers } from '../../shared/numbering';

const h = (level: HeadingLevel, text = '标题') => block('heading', text, { level });
const p = (text = '正文') => block('paragraph', text, {});

describe('chineseNumeral', () => {
  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [19, '十九'],
    [20, '二十'],
    [21, '二十一'],
    [99, '九十九'],
    [100, '一百'],
    [101, '一百零一'],
    [110, '一百一十'],
    [105, '一百零五'],
    [120, '一百二十'],
    [999, '九百九十九'],
  ])('%i → %s', (n, expected) => {
    expect(chineseNumeral(n)).toBe(expected);
  });

  it.each([0, -1, 1000, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('throws a RangeError for %s', (n) => {
    expect(() => chineseNumeral(n)).toThrow(RangeError);
  });
});

describe('formatHeadingNumber', () => {
  it('writes level 1 as 一、 with the enumeration comma', () => {
    expect(formatHeadingNumber(1, 1)).toBe('一、');
    expect(formatHeadingNumber(1, 12)).toBe('十二、');
  });

  it('writes level 2 in full-width brackets', () => {
    expect(formatHeadingNumber(2, 1)).toBe('\uff08一\uff09');
    expect(formatHeadingNumber(2, 10)).toBe('（十）');
  });

  it('writes level 3 with a half-width full stop', () => {
    expect(formatHeadingNumber(3, 1)).toBe('1.');
    expect(formatHeadingNumber(3, 12)).toBe('12.');
    expect(formatHeadingNumber(3, 1)).not.toContain('．');
  });

  it('writes level 4 as an Arabic number in full-width brackets', () => {
    expect(formatHeadingNumber(4, 1)).toBe('\uff081\uff09');
    expect(formatHeadingNumber(4, 11)).toBe('（11）');
  });
});

describe('headingNumbers', () => {
  it('numbers only headings; other blocks get null', () => {
    const content: ReportContent = [block('title', '题', {}), p(), h(1), p(), block('signature', '署名', {})];
    expect(headingNumbers(content)).toEqual([null, null, '一、', null, null]);
  });

  it('runs numbers without gaps, across paragraphs in between', () => {
    expect(headingNumbers([h(1), p(), p(), h(1), p(), h(1)])).toEqual(['一、', null, null, '二、', null, '三、']);
  });

  it('restarts deeper counters under a new parent', () => {
    const content: ReportContent = [
      h(1),
      h(2),
      h(3),
      h(4),
      h(4),
      h(3),
      h(4),
      h(2),
      h(3),
      h(1),
      h(2),
      h(3),
      h(4),
    ];
    expect(headingNumbers(content)).toEqual([
      '一、',
      '（一）',
      '1.',
      '（1）',
      '（2）',
      '2.',
      '（1）',
      '（二）',
      '1.',
      '二、',
      '（一）',
      '1.',
      '（1）',
    ]);
  });

  it('keeps counting a level past deeper headings under it', () => {
    expect(headingNumbers([h(2), h(3), h(3), h(2), h(3)])).toEqual(['（一）', '1.', '2.', '（二）', '1.']);
  });

  it('numbers a heading under a skipped level from 1, and restarts it under the next parent', () => {
    // level 1 followed directly by level 3: the level-2 parent is missing.
    expect(headingNumbers([h(1), h(3), h(3), h(2), h(3), h(1), h(3)])).toEqual([
      '一、',
      '1.',
      '2.',
      '（一）',
      '1.',
      '二、',
      '1.',
    ]);
  });

  it('numbers content that starts below level 1', () => {
    expect(headingNumbers([p(), h(4), h(3), h(4)])).toEqual([null, '（1）', '1.', '（1）']);
  });

  it('goes past ten in Chinese numerals', () => {
    const numbers = headingNumbers(Array.from({ length: 12 }, () => h(1)));
    expect(numbers.slice(9)).toEqual(['十、', '十一、', '十二、']);
  });

  it('is empty for empty content', () => {
    expect(headingNumbers([])).toEqual([]);
  });
});
