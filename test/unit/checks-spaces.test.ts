// 空格 rules: spaces between Chinese characters, next to Chinese marks or
// between Chinese and numbers; hand indentation at a paragraph's start.
import { describe, expect, it } from 'vitest';
import { block } from '../../shared/model';
import { check, fixedPara, rulesOn } from '../support/check-content';

describe('spaces in Chinese text', () => {
  it('finds spaces of every kind between Chinese characters and marks, and deletes them', () => {
    expect(rulesOn('依法 行政，\u3000严格执法、\u00a0规范管理')).toEqual(Array(3).fill('space-between-cjk'));
    expect(fixedPara('依法 行政， 严格执法')).toBe('依法行政，严格执法');
  });

  it('finds spaces between Chinese and numbers', () => {
    expect(fixedPara('全年 2500 余份，2023 年完成')).toBe('全年2500余份，2023年完成');
  });

  it('finds hand indentation at a paragraph’s start', () => {
    expect(rulesOn('\u3000\u3000依法行政。')).toEqual(['space-leading']);
    expect(fixedPara('\u3000\u3000依法行政。')).toBe('依法行政。');
  });

  it('leaves spaces between Latin words, in numbers, at the end and in signatures alone', () => {
    expect(rulesOn('使用Microsoft Word软件和Windows 10系统，电话 0833 1234567 ')).toEqual([]);
    expect(check([block('signature', '张  三', {})])).toEqual([]);
  });
});
