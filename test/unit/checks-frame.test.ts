// 标题与主送机关 and 年份 rules.
import { describe, expect, it } from 'vitest';
import { yearMentions } from '../../shared/checks/year-mentions';
import { block } from '../../shared/model';
import { check, fixedTexts, heading, META, para, title } from '../support/check-content';

const addressee = (text: string) => block('addressee', text, {});

describe('the title', () => {
  it('finds end punctuation and removes it', () => {
    for (const t of ['关于2023年度法治政府建设情况的报告。', '关于2023年度法治政府建设情况的报告；', '关于2023年度法治政府建设情况的报告，']) {
      expect(check([title(t)]).map((f) => f.rule), t).toEqual(['title-end-punct']);
      expect(fixedTexts([title(t)])).toEqual(['关于2023年度法治政府建设情况的报告']);
    }
  });

  it('checks the last line of a title broken over two', () => {
    expect(check([title('某某县自然资源局2023年度法治政府建设。'), title('情况报告')])).toEqual([]);
    expect(check([title('某某县自然资源局2023年度法治政府建设'), title('情况报告。')]).map((f) => f.block)).toEqual([1]);
  });

  it('accepts a title without end punctuation, with 书名号 or quotes inside', () => {
    expect(check([title('关于贯彻《法治政府建设实施纲要》的“回头看”报告')])).toEqual([]);
  });
});

describe('the addressee', () => {
  it('finds a missing colon or the wrong mark and fixes it to ：', () => {
    expect(check([addressee('某某县人民政府')]).map((f) => f.rule)).toEqual(['addressee-colon']);
    expect(fixedTexts([addressee('某某县人民政府')])).toEqual(['某某县人民政府：']);
    expect(fixedTexts([addressee('某某县人民政府，')])).toEqual(['某某县人民政府：']);
    expect(fixedTexts([addressee('某某县人民政府:')])).toEqual(['某某县人民政府：']);
  });

  it('accepts a full-width colon and an empty addressee line', () => {
    expect(check([addressee('某某县人民政府：'), addressee('')])).toEqual([]);
  });
});

describe('years against the report year', () => {
  it('reads years, leaving out spans and titles of documents', () => {
    expect(yearMentions('2022年度工作和2021—2025年规划及《2020年实施方案》').filter((y) => !y.cited).map((y) => y.year)).toEqual([2022]);
  });

  it('finds a 2022 in a 2023 report’s heading, title and date', () => {
    const content = [title('关于2022年度依法行政情况的报告'), heading(1, '2022年度主要举措'), para('正文。'), block('signature', '某某县司法局', {}), block('date', '2022年3月1日', {})];
    const f = check(content, META);
    expect(f.map((x) => [x.rule, x.block, x.excerpt])).toEqual([
      ['year-mismatch', 0, '2022'],
      ['year-mismatch', 1, '2022'],
      ['year-mismatch', 4, '2022'],
    ]);
    expect(f[1]!.message).toContain('2023');
    expect(f[1]!.fix).toBeUndefined();
  });

  it('accepts the report year and the next one, years in body text and run-in bodies', () => {
    const content = [
      title('关于2023年度依法行政情况的报告'),
      heading(1, '2024年度主要安排'),
      heading(2, '巩固成果。2022年以来，我局持续推进。', { runIn: true }),
      para('2019年以来累计投入资金，2022年度完成验收。'),
      block('signature', '某某县司法局', {}),
      block('date', '2024年3月1日', {}),
    ];
    expect(check(content, META)).toEqual([]);
  });

  it('says nothing when the report year is unknown', () => {
    expect(check([heading(1, '2019年度工作'), para('正文。')], {})).toEqual([]);
  });
});
