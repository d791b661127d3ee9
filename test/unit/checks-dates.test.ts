// 日期与文号 rules: leading zeros, two-digit years, the 成文日期 form, and
// document numbers with 〔〕.
import { describe, expect, it } from 'vitest';
import { parseDateLine } from '../../shared/checks/dates';
import { block } from '../../shared/model';
import { check, fixedPara, fixedTexts, rulesOn } from '../support/check-content';

const date = (text: string) => block('date', text, {});

describe('dates in the text', () => {
  it('finds leading zeros in months and days and drops them', () => {
    expect(rulesOn('2023年03月05日召开会议。')).toEqual(['date-leading-zero', 'date-leading-zero']);
    expect(fixedPara('2023年03月05日召开会议。')).toBe('2023年3月5日召开会议。');
  });

  it('finds two-digit years before a month and writes them in full', () => {
    expect(rulesOn('23年3月召开会议，23年12月完成。')).toEqual(['date-two-digit-year', 'date-two-digit-year']);
    expect(fixedPara('23年3月召开会议。')).toBe('2023年3月召开会议。');
    expect(fixedPara('98年5月成立。')).toBe('1998年5月成立。');
  });

  it('leaves correct dates, spans of years and ten-month counts alone', () => {
    expect(rulesOn('2023年3月5日、10月10日、12月31日召开会议；近10年来；1—10月；连续15年度达标；2024年2月29日、2月29日值班。')).toEqual([]);
  });
});

describe('the 成文日期', () => {
  it('parses the forms people write', () => {
    expect(parseDateLine('2024-03-01')).toBe('2024-03-01');
    expect(parseDateLine('2024.3.1')).toBe('2024-03-01');
    expect(parseDateLine('二〇二四年三月一日')).toBe('2024-03-01');
    expect(parseDateLine('2024年3月')).toBeNull();
  });

  it('finds every other form and fixes it to 2024年3月1日', () => {
    for (const wrong of ['2024年03月01日', '2024-03-01', '2024.3.1', '二〇二四年三月一日', '2024/3/1']) {
      expect(check([date(wrong)]).map((f) => f.rule), wrong).toEqual(['date-form']);
      expect(fixedTexts([date(wrong)])).toEqual(['2024年3月1日']);
    }
  });

  it('finds an incomplete date, without a fix, and an empty one', () => {
    const [f] = check([date('2024年3月')]);
    expect(f).toMatchObject({ rule: 'date-form', severity: 'error' });
    expect(f!.fix).toBeUndefined();
    expect(check([date('')]).map((x) => x.rule)).toEqual(['date-form']);
  });

  it('accepts the right form', () => {
    expect(check([date('2024年3月1日'), date('2024年12月31日')])).toEqual([]);
  });
});

describe('document numbers', () => {
  it('finds numbers whose year is not in 〔〕 and fixes the brackets', () => {
    for (const wrong of ['川府发[2023]5号', '川府发（2023）5号', '川府发(2023)5号', '川府发【2023】5号', '川府发［2023］5号']) {
      expect(rulesOn(`根据《通知》（${wrong}）要求。`), wrong).toEqual(['docnum-brackets']);
    }
    expect(fixedPara('根据井府办发[2023]12号文件。')).toBe('根据井府办发〔2023〕12号文件。');
  });

  it('finds 第 and leading zeros in the number', () => {
    expect(fixedPara('根据川府发〔2023〕第05号文件。')).toBe('根据川府发〔2023〕5号文件。');
    expect(rulesOn('根据川府发〔2023〕第5号文件。')).toEqual(['docnum-form']);
  });

  it('leaves correct numbers and court case numbers alone', () => {
    expect(rulesOn('根据川府发〔2023〕5号文件和（2023）川0112民初123号判决。')).toEqual([]);
  });
});

describe('dates that do not exist', () => {
  it('finds 3月32日, 2月30日, 13月 and 29 February of a common year, without a fix', () => {
    for (const [text, why] of [
      ['于2025年3月32日召开会议。', '3月只有31天'],
      ['于2月30日完成验收。', '2月只有29天'],
      ['于2023年2月29日完成验收。', '2023年2月只有28天'],
      ['于2023年13月5日召开会议。', '没有13月'],
      ['于4月31日召开会议。', '4月只有30天'],
    ]) {
      const [f] = check([block('paragraph', text!, {})]);
      expect(f, text).toMatchObject({ rule: 'date-invalid', severity: 'error' });
      expect(f!.message, text).toContain(why);
      expect(f!.fix).toBeUndefined();
    }
  });

  it('accepts real days, leap days and spans', () => {
    expect(rulesOn('于2024年2月29日、2月29日、4月30日、12月31日及3月1日—31日召开会议。')).toEqual([]);
  });

  it('finds a 成文日期 that does not exist, in either kind of numerals', () => {
    expect(check([date('2024年2月30日')]).map((f) => f.rule)).toEqual(['date-invalid']);
    expect(check([date('二〇二五年三月三十二日')]).map((f) => f.rule)).toEqual(['date-invalid']);
    expect(check([date('2025-02-30')]).map((f) => f.rule)).toEqual(['date-invalid']);
  });
});

describe('文号 in every form a clerk types (GB/T 9704—2012 7.2.4)', () => {
  it('finds [] () 【】 ［］ ﹝﹞ and 年 inside the brackets, in the text and in citations', () => {
    expect(fixedPara('根据《关于做好述法工作的通知》（X[2023]X号）要求。')).toBe('根据《关于做好述法工作的通知》（X〔2023〕X号）要求。');
    expect(fixedPara('转发某府办发﹝2023﹞8号文件。')).toBe('转发某府办发〔2023〕8号文件。');
    expect(fixedPara('依据县委发〔2023年〕12号文件。')).toBe('依据县委发〔2023〕12号文件。');
    expect(rulesOn('根据（川府发【2023】5号）和川府发［2023］6号。')).toEqual(['docnum-brackets', 'docnum-brackets']);
  });

  it('finds 第 and leading zeros together', () => {
    expect(fixedPara('根据井府办发〔2023〕第012号文件。')).toBe('根据井府办发〔2023〕12号文件。');
  });

  it('accepts the right form, with the number still to fill in', () => {
    expect(check([block('paragraph', '根据《通知》（川府发〔2023〕5号）要求。', {})])).toEqual([]);
    expect(check([block('paragraph', '根据（X〔2023〕X号）要求。', {})]).filter((f) => f.kind === 'dates')).toEqual([]);
  });
});
