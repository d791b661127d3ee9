// 标点 rules (GB/T 15834-2011), each with text that must and must not trigger it.
import { describe, expect, it } from 'vitest';
import { check, fixedPara, para, rulesOn, title } from '../support/check-content';

describe('half-width marks in Chinese text', () => {
  it('finds , ; : ? ! . after or before Chinese and fixes them to full-width', () => {
    expect(rulesOn('我局高度重视,认真落实;成效明显:群众满意?是!')).toEqual(Array(5).fill('punct-halfwidth'));
    expect(fixedPara('我局高度重视, 认真落实;报告如下.')).toBe('我局高度重视，认真落实；报告如下。');
    expect(fixedPara('开展“宪法宣传周”活动.')).toBe('开展“宪法宣传周”活动。');
  });

  it('finds half-width brackets and quotes around Chinese', () => {
    expect(fixedPara('依法行政(2023年)工作')).toBe('依法行政（2023年）工作');
    expect(fixedPara('开展"法律进社区"活动。')).toBe('开展“法律进社区”活动。');
    expect(rulesOn('印发(试行)办法。')).toEqual(['punct-halfwidth']);
  });

  it('leaves numbers, Latin, addresses and full-width text alone', () => {
    for (const clean of [
      '增长3.5%，完成1,000万元，时间为10:30。',
      '系统支持A,B两类文件和LED屏（P2.5）。',
      '详见网站https://www.gov.cn/zhengce/index.htm?id=5,6，或发邮件至fzb@example.gov.cn。',
      '他说：“依法办事。”群众表示认可。',
      '使用Windows 10 (64-bit)系统，访问www.example.cn即可。',
      '实施纲要（2021—2025年）和“八五”普法规划。',
    ]) {
      expect(rulesOn(clean), clean).toEqual([]);
    }
  });
});

describe('unpaired quotes, 书名号 and brackets', () => {
  it('finds an opening mark without its close, and a close without its opening', () => {
    expect(check([para('学习《宪法和法律法规。')]).map((f) => [f.rule, f.excerpt])).toEqual([['punct-unpaired', '《']]);
    expect(check([para('开展普法宣传”活动。')]).map((f) => [f.rule, f.excerpt])).toEqual([['punct-unpaired', '”']]);
    expect(check([para('依法（行政工作。')]).map((f) => f.rule)).toEqual(['punct-unpaired']);
    expect(check([para('落实“谁执法谁普法（责任制”。')]).map((f) => [f.rule, f.excerpt])).toEqual([['punct-unpaired', '（']]);
  });

  it('has no fix for them: only the clerk knows where the mark belongs', () => {
    expect(check([para('学习《宪法和法律法规。')])[0]!.fix).toBeUndefined();
  });

  it('accepts nested and numbered forms', () => {
    for (const clean of ['学习《中华人民共和国宪法》和“‘八五’普法”规划（2021—2025年）。', '1）加强学习；2）强化培训。', '按照〔2023〕5号文件【重要】要求执行。']) {
      expect(rulesOn(clean), clean).toEqual([]);
    }
  });
});

describe('doubled marks', () => {
  it('finds a mark typed twice and fixes it', () => {
    expect(rulesOn('依法行政，，严格执法。。')).toEqual(['punct-doubled', 'punct-doubled']);
    expect(fixedPara('依法行政，，严格执法、、规范。')).toBe('依法行政，严格执法、规范。');
  });

  it('finds two different marks side by side, without a fix', () => {
    const [f] = check([para('依法行政，。严格执法。')]);
    expect(f).toMatchObject({ rule: 'punct-doubled', excerpt: '，。' });
    expect(f!.fix).toBeUndefined();
  });

  it('leaves ellipses, dashes and marks around quotes alone', () => {
    expect(rulesOn('他说：“好！”随后……我们——全体干部——都同意。真的吗？！')).toEqual([]);
  });
});

describe('顿号 between items in 书名号 or quotes', () => {
  it('finds 》、《 and ”、“ and fixes them by deleting the 顿号', () => {
    expect(rulesOn('学习《宪法》、《民法典》和“三项制度”、“两个维护”。')).toEqual(['punct-dunhao-quoted', 'punct-dunhao-quoted']);
    expect(fixedPara('学习《宪法》、《民法典》。')).toBe('学习《宪法》《民法典》。');
  });

  it('leaves 顿号 between plain items and after a bracketed note', () => {
    expect(rulesOn('学习《民法典》《国家安全法》，落实“谁执法谁普法”、公示制度，学习《条例》（2023年版）、《办法》。')).toEqual([]);
  });
});

describe('dash and ellipsis forms', () => {
  it('finds -- and other dash forms and fixes them to ——', () => {
    expect(fixedPara('法治政府--我们的目标。')).toBe('法治政府——我们的目标。');
    expect(fixedPara('法治政府———我们的目标。')).toBe('法治政府——我们的目标。');
    expect(fixedPara('法治政府――我们的目标。')).toBe('法治政府——我们的目标。');
  });

  it('finds ... 。。。 and a lone … and fixes them to ……', () => {
    expect(fixedPara('开展宣传、培训...')).toBe('开展宣传、培训……');
    expect(fixedPara('开展宣传、培训。。。')).toBe('开展宣传、培训……');
    expect(fixedPara('开展宣传、培训…')).toBe('开展宣传、培训……');
    expect(fixedPara('开展宣传、培训………')).toBe('开展宣传、培训……');
  });

  it('finds an ellipsis used together with 等', () => {
    expect(fixedPara('开展宣传、培训……等活动。')).toBe('开展宣传、培训等活动。');
  });

  it('leaves correct dashes, ellipses, hyphens and ranges alone', () => {
    expect(rulesOn('目标——建成法治政府；开展宣传、培训……；电话0833-1234567；京津冀—长三角；第1—10月；编号A-01。')).toEqual([]);
  });
});

describe('the title', () => {
  it('is checked by the punctuation rules like any text', () => {
    expect(check([title('关于2023年度法治政府建设情况(草稿)的报告')]).map((f) => f.rule)).toEqual(['punct-halfwidth']);
  });
});
