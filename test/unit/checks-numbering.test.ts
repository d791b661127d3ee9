// 序号 rules: typed heading numbers (gaps, repeats, another level's form,
// Arabic in a Chinese-numbered level, 1、 for 1.), numbers typed into heading
// text, a space after the number, and numbers typed in running text.
import { describe, expect, it } from 'vitest';
import { combinedEdits } from '../../shared/checks';
import { applyEdits } from '../support/apply-edits';
import { parseNumber } from '../../shared/checks/numbering';
import { type HeadingBlock } from '../../shared/model';
import { check, fixedPara, fixedTexts, heading, ofRule, para, rulesOn } from '../support/check-content';

/** Level-2 headings under one level-1 heading, the last typed as `typed`. */
function underOne(typed: string, level: 2 | 3 | 4 = 2, count = 4) {
  const content = [heading(1, '主要举措和成效'), ...Array.from({ length: count }, (_, i) => [heading(level, `第${i + 1}项工作`), para('正文。')]).flat()];
  (content[count * 2 - 1] as HeadingBlock).typedNumber = typed;
  return content;
}

describe('parseNumber', () => {
  it('reads every typed form', () => {
    expect(parseNumber('（5）')).toEqual({ chinese: false, bracketed: true, value: 5 });
    expect(parseNumber('(十二)')).toEqual({ chinese: true, bracketed: true, value: 12 });
    expect(parseNumber('1、')).toEqual({ chinese: false, bracketed: false, value: 1 });
    expect(parseNumber('三.')).toEqual({ chinese: true, bracketed: false, value: 3 });
    expect(parseNumber('甲')).toBeNull();
  });
});

describe('typed heading numbers', () => {
  it('finds Arabic numbers in a Chinese-numbered level: the county report’s （5） after （四）', () => {
    const [f, ...rest] = check(underOne('（5）'));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: 'numbering-arabic', severity: 'error', block: 7, excerpt: '（5）' });
    expect(f!.message).toContain('应为“（四）”');
  });

  it('finds a level written in another level’s form', () => {
    const f = check(underOne('二、', 2, 2));
    expect(f.map((x) => x.rule)).toEqual(['numbering-level-form']);
    expect(f[0]!.message).toContain('应为“（二）”');
    expect(check(underOne('（一）', 4, 1)).map((x) => x.rule)).toEqual(['numbering-level-form']);
  });

  it('finds gaps and repeats', () => {
    const gap = check(underOne('（六）'));
    expect(gap.map((x) => x.rule)).toEqual(['numbering-gap']);
    expect(gap[0]!.message).toContain('（四）');
    expect(check(underOne('（三）')).map((x) => x.rule)).toEqual(['numbering-repeat']);
  });

  it('notes 1、 typed where 1. belongs, and half-width brackets, as already corrected (not an error)', () => {
    const typed = check(underOne('2、', 3, 2));
    expect(typed.map((x) => [x.rule, x.severity])).toEqual([['numbering-corrected', 'info']]);
    expect(typed[0]!.message).toBe('原文写作“2、”，已按规范改为“2.”。');
    expect(check(underOne('(二)', 2, 2)).map((x) => [x.rule, x.severity])).toEqual([['numbering-corrected', 'info']]);
    expect(check(underOne('二.', 2, 2)).map((x) => x.rule)).toEqual(['numbering-level-form']);
  });

  it('has nothing to say about headings without a typed number', () => {
    const content = [heading(1, '主要举措'), heading(2, '加强领导'), para('正文。'), heading(2, '依法决策'), heading(3, '健全机制'), heading(4, '细化规则'), para('正文。')];
    expect(check(content)).toEqual([]);
  });

  it('fixes by dropping the typed number, so the computed one stands', () => {
    const content = underOne('（5）');
    const fixed = applyEdits(content, combinedEdits(check(content)));
    expect((fixed[7] as HeadingBlock).typedNumber).toBeUndefined();
    expect(check(fixed)).toEqual([]);
  });
});

describe('numbers typed into heading text', () => {
  it('finds a space after the number and a number typed on top of the computed one', () => {
    const content = [heading(1, '主要举措'), heading(2, ' 加强领导'), para('正文。'), heading(2, '（二）依法决策'), para('正文。')];
    const f = check(content);
    expect(f.map((x) => [x.rule, x.block])).toEqual([
      ['numbering-space', 1],
      ['numbering-doubled', 3],
    ]);
    expect(fixedTexts(content).slice(1, 4)).toEqual(['加强领导', '正文。', '依法决策']);
  });

  it('leaves heading text that only starts with a figure alone', () => {
    expect(check([heading(1, '2023年度主要举措'), para('正文。'), heading(1, '一是抓落实'), para('正文。')])).toEqual([]);
  });
});

describe('numbers typed in running text', () => {
  it('finds 1、 and 1． at sentence starts and fixes them to 1.', () => {
    expect(rulesOn('1、加强学习。2、强化培训。')).toEqual(['numbering-punct', 'numbering-punct']);
    expect(fixedPara('1、加强学习。2．强化培训。')).toBe('1.加强学习。2.强化培训。');
  });

  it('finds half-width brackets around a number and a space after it', () => {
    expect(rulesOn('(1)加强学习；(2) 强化培训。')).toEqual(['numbering-punct', 'numbering-punct', 'numbering-space']);
    expect(fixedPara('(1)加强学习；(2) 强化培训。')).toBe('（1）加强学习；（2）强化培训。');
  });

  it('finds 一. for 一、', () => {
    expect(fixedPara('一.加强学习。')).toBe('一、加强学习。');
  });

  it('finds gaps and repeats in a list in one paragraph', () => {
    const f = check([para('1.加强学习。2.强化培训。4.严格考核。')]);
    expect(ofRule(f, 'numbering-gap').map((x) => x.excerpt)).toEqual(['4.']);
    expect(ofRule(check([para('（1）学习；（2）培训；（2）考核。')]), 'numbering-repeat')).toHaveLength(1);
  });

  it('leaves decimals, dates, counts and correct lists alone', () => {
    for (const clean of [
      '一是突出重点时间节点开展普法。二是通过日常执法开展普法。1.充分利用法律“七进”方式。2.在执法中实时普法。3.强化执法文书释法说理。',
      '收缴罚款112.23万元，“6.5世界环境日”开展宣传。',
      '共有1、2号楼完成改造，3、4月份开展检查。',
      '（1）加强学习；（2）强化培训。',
      '开展2.0版本升级，完成率为98.5%。',
    ]) {
      expect(rulesOn(clean), clean).toEqual([]);
    }
  });
});
