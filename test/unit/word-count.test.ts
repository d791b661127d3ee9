import { describe, expect, it } from 'vitest';
import { block } from '../../shared/model';
import { wordCount } from '../../shared/word-count';

describe('字数统计', () => {
  it('counts as Word does: Chinese characters and other words, with and without spaces and punctuation', () => {
    const content = [block('title', '关于2025年度工作的报告', {}), block('paragraph', '我局推进 GB/T 9704 规范，成效明显。', {}), block('paragraph', '', {})];
    const c = wordCount(content);
    // 关于 年度工作的报告 = 9 Han + "2025" one word; 我局推进 规范 成效明显 = 10 Han + ，。 2 Chinese marks + GB, T, 9704 three words.
    expect(c.chineseChars).toBe(9 + 10 + 2);
    expect(c.otherWords).toBe(1 + 3);
    expect(c.words).toBe(c.chineseChars + c.otherWords);
    expect(c.punctuation).toBe(3); // / ， 。
    expect(c.charsWithSpaces).toBe(13 + 23);
    expect(c.charsNoSpaces).toBe(13 + 20);
    expect(c.charsNoPunctuation).toBe(c.charsNoSpaces - c.punctuation);
    expect(c.paragraphs).toBe(2);
  });
});
