import { describe, expect, it } from 'vitest';
import ruleOfLawJson from '../../resources/templates/rule-of-law-annual.json';
import { findTemplate, TEMPLATES } from '../../electron/templates';
import { chineseDate, isoDate, reportYearFor } from '../../shared/dates';
import { blockText, contentTitle, type DraftMetadata, type ReportContent, type TextBlock } from '../../shared/model';
import { headingNumbers } from '../../shared/numbering';
import {
  defaultMetadata,
  fillPlaceholders,
  instantiateTemplate,
  summarizeTemplate,
  validateTemplate,
  type ReportTemplate,
} from '../../shared/template';

const META: DraftMetadata = {
  unit: '某某县司法局',
  unitShort: '我局',
  year: 2024,
  addressee: '某某县法治政府建设工作领导小组办公室',
  signature: '某某县司法局办公室',
  date: '2025-03-01',
};

describe('dates', () => {
  it('isoDate pads month and day of the local calendar day', () => {
    expect(isoDate(new Date(2024, 2, 1))).toBe('2024-03-01');
    expect(isoDate(new Date(2024, 11, 31, 23, 59))).toBe('2024-12-31');
  });

  it('chineseDate writes the year in full and drops leading zeros', () => {
    expect(chineseDate('2024-03-01')).toBe('2024年3月1日');
    expect(chineseDate('2024-12-31')).toBe('2024年12月31日');
    expect(chineseDate('2024-10-10')).toBe('2024年10月10日');
  });

  it('chineseDate refuses a value that is not an ISO date', () => {
    expect(() => chineseDate('2024/3/1')).toThrow(RangeError);
    expect(() => chineseDate('')).toThrow(RangeError);
  });

  it('reportYearFor: from September on the current year, before that the year just ended', () => {
    expect(reportYearFor(new Date(2024, 0, 1))).toBe(2023);
    expect(reportYearFor(new Date(2024, 2, 1))).toBe(2023);
    expect(reportYearFor(new Date(2024, 7, 31, 23, 59))).toBe(2023);
    expect(reportYearFor(new Date(2024, 8, 1))).toBe(2024);
    expect(reportYearFor(new Date(2024, 11, 31))).toBe(2024);
  });
});

describe('fillPlaceholders', () => {
  it('fills every known placeholder', () => {
    expect(fillPlaceholders('{单位}|{简称}|{年度}|{年度+1}|{主送机关}|{署名}|{成文日期}', META)).toBe(
      '某某县司法局|我局|2024|2025|某某县法治政府建设工作领导小组办公室|某某县司法局办公室|2025年3月1日',
    );
  });

  it('fills a placeholder every time it occurs', () => {
    expect(fillPlaceholders('{年度}年、{年度}年', META)).toBe('2024年、2024年');
  });

  it('keeps unknown placeholders and plain braces as they are', () => {
    expect(fillPlaceholders('{县}法治办、{年度+2}、{}、{单位', META)).toBe('{县}法治办、{年度+2}、{}、{单位');
  });

  it('leaves text without placeholders alone', () => {
    expect(fillPlaceholders('现将有关情况报告如下。', META)).toBe('现将有关情况报告如下。');
  });
});

describe('defaultMetadata', () => {
  it('fills the year and date from today, the signature from the unit', () => {
    const meta = defaultMetadata(new Date(2025, 2, 1), { unit: ' 某某县司法局 ' });
    expect(meta).toEqual({
      unit: '某某县司法局',
      unitShort: '',
      year: 2024,
      addressee: '',
      signature: '某某县司法局',
      date: '2025-03-01',
    });
  });

  it('uses the current year from September on', () => {
    expect(defaultMetadata(new Date(2024, 8, 15)).year).toBe(2024);
    expect(defaultMetadata(new Date(2024, 7, 15)).year).toBe(2023);
  });

  it('keeps what was given, trimmed, and drops a trailing colon from the addressee', () => {
    const meta = defaultMetadata(new Date(2025, 0, 5), {
      unit: '某某县司法局',
      unitShort: ' 我局 ',
      year: 2022,
      addressee: ' 县政府：',
      signature: ' 某某县人民政府 ',
      date: '2023-01-02',
    });
    expect(meta).toEqual({
      unit: '某某县司法局',
      unitShort: '我局',
      year: 2022,
      addressee: '县政府',
      signature: '某某县人民政府',
      date: '2023-01-02',
    });
    expect(defaultMetadata(new Date(), { addressee: '县政府:' }).addressee).toBe('县政府');
  });

  it('uses the unit as signature when the signature is blank', () => {
    expect(defaultMetadata(new Date(), { unit: '某某乡人民政府', signature: '  ' }).signature).toBe('某某乡人民政府');
  });
});

describe('the rule-of-law annual template', () => {
  const template = findTemplate('rule-of-law-annual');
  const content = instantiateTemplate(template, META);
  const headings = content.flatMap((b, i) => (b.type === 'heading' ? [{ block: b, index: i }] : []));

  it('is bundled, valid and summarized without its blocks', () => {
    expect(validateTemplate(ruleOfLawJson)).toBeNull();
    expect(TEMPLATES.map((t) => t.id)).toContain('rule-of-law-annual');
    expect(summarizeTemplate(template)).toEqual({
      id: 'rule-of-law-annual',
      name: '法治政府建设年度报告',
      description: template.description,
      deadlines: [
        { label: '报送', month: 3, day: 1 },
        { label: '公开', month: 4, day: 1 },
      ],
    });
  });

  it('starts with the title filled from unit and year', () => {
    expect(content[0]!.type).toBe('title');
    expect(contentTitle(content)).toBe('某某县司法局关于2024年度法治政府建设情况的报告');
  });

  it('gives the addressee a full-width colon', () => {
    const addressee = content.find((b) => b.type === 'addressee')!;
    expect(blockText(addressee)).toBe('某某县法治政府建设工作领导小组办公室：');
    const withColon = instantiateTemplate(template, { ...META, addressee: '县政府:' });
    expect(blockText(withColon.find((b) => b.type === 'addressee')!)).toBe('县政府：');
  });

  it('leaves the addressee empty, with its hint, when there is none', () => {
    const noAddressee = instantiateTemplate(template, { ...META, addressee: '' });
    const addressee = noAddressee.find((b) => b.type === 'addressee')!;
    expect(blockText(addressee)).toBe('');
    expect(addressee.hint).toBeTruthy();
  });

  it('opens with a guidance paragraph ending in 报告如下', () => {
    const opening = content[2]!;
    expect(opening.type).toBe('paragraph');
    expect(blockText(opening)).toBe('');
    expect((opening as TextBlock).hint).toContain('现将有关情况报告如下。');
  });

  it('has the five level-1 sections of the outline, in order, numbered 一 to 五', () => {
    const top = headings.filter((h) => h.block.type === 'heading' && h.block.level === 1);
    expect(top.map((h) => blockText(h.block))).toEqual([
      '2024年度推进法治政府建设的主要举措和成效',
      '2024年度推进法治政府建设存在的不足和原因',
      '党政主要负责人履行推进法治建设第一责任人职责情况',
      '2025年度推进法治政府建设的主要安排',
      '其他需要报告的情况',
    ]);
    const numbers = headingNumbers(content);
    expect(top.map((h) => numbers[h.index])).toEqual(['一、', '二、', '三、', '四、', '五、']);
  });

  it('puts the level-2 parts only under section 一', () => {
    const levels = headings.map((h) => (h.block.type === 'heading' ? h.block.level : 0));
    expect(levels).toEqual([1, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1]);
    const second = headings.filter((h) => h.block.type === 'heading' && h.block.level === 2).map((h) => blockText(h.block));
    expect(second[0]).toContain('组织领导');
    expect(second.some((t) => t.includes('决策'))).toBe(true);
    expect(second.some((t) => t.includes('执法'))).toBe(true);
    expect(second.some((t) => t.includes('法治宣传教育'))).toBe(true);
    expect(second.some((t) => t.includes('矛盾纠纷'))).toBe(true);
    const numbers = headingNumbers(content);
    expect(headings.filter((h) => h.block.type === 'heading' && h.block.level === 2).map((h) => numbers[h.index])).toEqual([
      '（一）',
      '（二）',
      '（三）',
      '（四）',
      '（五）',
      '（六）',
    ]);
  });

  it('stores no numbers in heading text', () => {
    for (const { block } of headings) expect(blockText(block)).not.toMatch(/^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、])/u);
  });

  it('shows a hint in every empty section: each innermost heading is followed by an empty hinted paragraph', () => {
    for (const [k, { block, index }] of headings.entries()) {
      const next = content[index + 1]!;
      const nextHeading = headings[k + 1]?.block;
      const hasSubsections =
        nextHeading?.type === 'heading' && block.type === 'heading' && nextHeading.level > block.level && headings[k + 1]!.index === index + 1;
      if (hasSubsections) continue;
      expect(next.type, `after ${blockText(block)}`).toBe('paragraph');
      expect(blockText(next)).toBe('');
      expect((next as TextBlock).hint, `hint after ${blockText(block)}`).toMatch(/\S/u);
    }
  });

  it('ends with the signature and the date', () => {
    const signature = content.at(-2)!;
    const date = content.at(-1)!;
    expect(signature.type).toBe('signature');
    expect(blockText(signature)).toBe('某某县司法局办公室');
    expect(date.type).toBe('date');
    expect(blockText(date)).toBe('2025年3月1日');
  });

  it('signs with the unit and dates today by default', () => {
    const meta = defaultMetadata(new Date(2024, 2, 1), { unit: '某某县自然资源局' });
    const fresh = instantiateTemplate(template, meta);
    expect(blockText(fresh.find((b) => b.type === 'signature')!)).toBe('某某县自然资源局');
    expect(blockText(fresh.find((b) => b.type === 'date')!)).toBe('2024年3月1日');
    expect(contentTitle(fresh)).toBe('某某县自然资源局关于2023年度法治政府建设情况的报告');
  });

  it('leaves no placeholder unfilled', () => {
    for (const b of content) expect(blockText(b)).not.toMatch(/[{}]/u);
  });

  it('does not change the template data', () => {
    instantiateTemplate(template, { ...META, unit: '别的单位' });
    expect(JSON.stringify(template)).toBe(JSON.stringify(ruleOfLawJson));
  });
});

describe('instantiateTemplate', () => {
  const tiny: ReportTemplate = {
    id: 'tiny',
    name: '小模板',
    description: '测试用',
    deadlines: [],
    blocks: [{ type: 'heading', text: ' {年度}年工作 ' }, { type: 'paragraph' }, { type: 'heading', level: 3, text: 'x', hint: '提示' }],
  };

  it('makes a heading without level level 1, trims text, gives text-less blocks one empty child', () => {
    const content: ReportContent = instantiateTemplate(tiny, META);
    expect(content).toEqual([
      { type: 'heading', level: 1, source: ' {年度}年工作 ', children: [{ text: '2024年工作' }] },
      { type: 'paragraph', children: [{ text: '' }] },
      { type: 'heading', level: 3, hint: '提示', children: [{ text: 'x' }] },
    ]);
  });
});
