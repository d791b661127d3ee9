// 数字 rules (GB/T 15835, GB/T 15834): ranges with a hyphen, Arabic numerals
// with 千/百, and one way of writing ％, digits and amounts with 万/亿 across
// a report — each tested on the slip and on correct text.
import { describe, expect, it } from 'vitest';
import { chineseAmount } from '../../shared/checks/number-forms';
import { check, fixedPara, fixedTexts, ofRule, para, rulesOn } from '../support/check-content';

describe('ranges', () => {
  it('finds a hyphen between years, months or days and writes 一字线', () => {
    expect(fixedPara('推进2021-2025年规划，2023年1-12月、3月1日-3月31日开展检查。')).toBe('推进2021—2025年规划，2023年1—12月、3月1日—3月31日开展检查。');
    expect(fixedPara('落实《纲要（2021-2025）》。')).toBe('落实《纲要（2021—2025）》。');
    expect(fixedPara('2022–2023年度完成验收。')).toBe('2022—2023年度完成验收。');
  });

  it('finds a hyphen between amounts and writes 浪纹线', () => {
    expect(fixedPara('每次培训3-5天，参训20-30人，罚款5000~10000元。')).toBe('每次培训3～5天，参训20～30人，罚款5000～10000元。');
    expect(check([para('每次培训3-5天。')])[0]).toMatchObject({ rule: 'number-range', severity: 'warning', excerpt: '3-5' });
  });

  it('leaves correct ranges, telephone numbers, codes, ISO dates and standards alone', () => {
    for (const clean of [
      '推进2021—2025年规划，1—12月、25～30人，2023年至2025年持续开展。',
      '咨询电话0833-1234567（工作日）；门牌12-3号楼；编号A-01；型号GB/T 9704-2012。',
      '系统日期为2023-01-05，版本2.0-beta，比分3-2。',
    ]) {
      expect(rulesOn(clean), clean).toEqual([]);
    }
  });
});

describe('Arabic numerals with 千 and 百', () => {
  it('finds 3千元 and 5百人 and writes the number out', () => {
    expect(fixedPara('投入3千元，培训5百人，资金1.5千万元。')).toBe('投入3000元，培训500人，资金1500万元。');
  });

  it('leaves 万 and 亿, units such as 千米 and 千克, and 百分点 alone', () => {
    expect(rulesOn('投入2万元、1.5亿元，巡查30千米，查获5千克，提高3个百分点，比例达5百分比。')).toEqual([]);
  });
});

describe('one way of writing numbers across the report', () => {
  it('finds the ％ among %s (and the % among ％s), and writes the usual one', () => {
    const content = [para('覆盖率达到100%，参考率100％。'), para('参与率98%。')];
    const f = ofRule(check(content), 'number-percent-mixed');
    expect(f.map((x) => [x.block, x.excerpt])).toEqual([[0, '％']]);
    expect(f[0]!.evidence!.details).toEqual(['全文“%”2处，“％”1处']);
    expect(fixedTexts(content)).toEqual(['覆盖率达到100%，参考率100%。', '参与率98%。']);
    expect(ofRule(check([para('覆盖率100％，参考率98％，参与率97%。')]), 'number-percent-mixed').map((x) => x.excerpt)).toEqual(['%']);
  });

  it('is quiet on a report written with one sign', () => {
    expect(check([para('覆盖率100%。'), para('参考率98%。')])).toEqual([]);
    expect(check([para('覆盖率100％。'), para('参考率98％。')])).toEqual([]);
  });

  it('finds full-width digits in a report written with half-width ones', () => {
    const content = [para('收到来信７０件。'), para('办结率100%。')];
    expect(ofRule(check(content), 'number-fullwidth').map((f) => f.excerpt)).toEqual(['７０']);
    expect(fixedTexts(content)[0]).toBe('收到来信70件。');
  });

  it('finds an amount in Chinese numerals where the others are Arabic with 万', () => {
    const content = [para('投入资金2万元，受益群众五万余人，修建道路两千万元。')];
    expect(ofRule(check(content), 'number-wan-mixed').map((f) => f.excerpt)).toEqual(['五万', '两千万']);
    expect(fixedTexts(content)[0]).toBe('投入资金2万元，受益群众5万余人，修建道路2000万元。');
  });

  it('leaves estimates, sayings and reports without Arabic amounts alone', () => {
    expect(check([para('投入资金2万元，数十万群众受益，上千万元资金，千万不能松懈，二三万人参与，十万火急。')])).toEqual([]);
    expect(check([para('受益群众五万余人。')])).toEqual([]);
  });

  it('reads Chinese amounts', () => {
    expect([['五', 5], ['十五', 15], ['一千二百', 1200], ['两千', 2000], ['三百零五', 305], ['二三', null], ['千百', null]].map(([n]) => chineseAmount(n as string))).toEqual([5, 15, 1200, 2000, 305, null, null]);
  });
});
