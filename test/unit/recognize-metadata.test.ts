// Metadata guessed from an imported report, and the draft made from it.
import { describe, expect, it } from 'vitest';
import { guessMetadata, importedDraft, IMPORTED_TEMPLATE, recognizeText } from '../../shared/recognize';
import { isoFromDateLine, unitFromTitle, unitShortFrom } from '../../shared/recognize/metadata';

describe('guessMetadata', () => {
  it('takes the unit from the signature, the year from the title, the addressee and the date from their lines', () => {
    const content = recognizeText(['关于2024年度法治政府建设情况的报告', '某某县人民政府：', '我局坚持依法行政。我局……', '某某县司法局', '2025年1月20日'].join('\n'));
    expect(guessMetadata(content)).toEqual({
      unit: '某某县司法局',
      signature: '某某县司法局',
      year: 2024,
      yearGuessed: 'text',
      addressee: '某某县人民政府',
      date: '2025-01-20',
      unitShort: '我局',
    });
  });

  it('takes the unit from the title when there is no signature', () => {
    expect(unitFromTitle('某某县司法局关于2025年度法治政府建设情况的报告')).toBe('某某县司法局');
    expect(unitFromTitle('2023年度乌苏市吉尔格勒特乡法治政府建设工作总结')).toBe('乌苏市吉尔格勒特乡');
    expect(unitFromTitle('某某县人民政府2023年法治政府建设工作总结')).toBe('某某县人民政府');
    expect(unitFromTitle('关于2023年度法治政府建设情况的报告')).toBeUndefined();
    expect(unitFromTitle('全市2023年法治工作总结')).toBeUndefined();
  });

  it('reads years and dates, in Arabic or Chinese numerals, and refuses impossible ones', () => {
    expect(isoFromDateLine('二〇二四年十二月三十日')).toBe('2024-12-30');
    expect(isoFromDateLine('2024年3月1日')).toBe('2024-03-01');
    expect(isoFromDateLine('2024年2月30日')).toBeUndefined();
  });

  it('finds the short form the text uses most', () => {
    expect(unitShortFrom('我乡坚持……我乡推进……我局')).toBe('我乡');
    expect(unitShortFrom('我局坚持')).toBeUndefined();
  });
});

describe('importedDraft', () => {
  it('makes an imported draft: template "imported", guessed metadata, defaults for the rest', () => {
    const content = recognizeText('2023年度某某乡法治政府建设工作总结\n\n正文。');
    const draft = importedDraft(content, new Date(2024, 2, 1));
    expect(draft.template).toBe(IMPORTED_TEMPLATE);
    expect(draft.title).toBe('2023年度某某乡法治政府建设工作总结');
    expect(draft.metadata).toEqual({ unit: '某某乡', unitShort: '', year: 2023, yearGuessed: 'text', addressee: '', signature: '某某乡', date: '2024-03-01' });
  });

  it('reads the year of a 述法报告 whose title names none from its notice, opening and date, not from the import day', () => {
    const text = [
      '某某县司法局局长述法报告',
      '根据《关于做好2022年度党政主要负责人述法工作的通知》（某法办〔2023〕1号）要求，现将本人2022年度履行推进法治建设第一责任人职责情况报告如下。',
      '一、工作开展情况',
      '认真学习宪法和法律法规。',
      '二、存在问题',
      '学法还不够系统。',
      '三、下一步工作打算',
      '继续抓好学法用法。',
      '某某县司法局局长 张三',
      '2023年1月10日',
    ].join('\n');
    const draft = importedDraft(recognizeText(text), new Date(2026, 4, 1));
    expect(draft.metadata).toMatchObject({ year: 2022, yearGuessed: 'text' });
  });

  it('marks a year the text does not give as a default, not as the clerk’s', () => {
    const draft = importedDraft(recognizeText('工作总结\n\n一、情况\n正文。'), new Date(2024, 9, 1));
    expect(draft.metadata).toMatchObject({ year: 2024, yearGuessed: 'default' });
  });

  it('falls back to the file name for a report without a title', () => {
    expect(importedDraft(recognizeText('一、情况\n正文。'), new Date(2024, 2, 1), '旧报告').title).toBe('旧报告');
  });
});
