// The report year: the clerk's metadata wins; a guessed one gives way to the
// text's evidence, weighed so that one mistyped heading never decides; the
// explanation names the evidence that decided.
import { describe, expect, it } from 'vitest';
import { checkDraft, inferReportYear } from '../../shared/checks';
import { TEMPLATES } from '../../electron/templates';
import { block, validateMetadata, type DraftMetadata, type ReportContent } from '../../shared/model';
import { nextYearDraft } from '../../shared/next-year';
import { importedDraft, recognizeText } from '../../shared/recognize';
import { newDraftFromTemplate } from '../../shared/template';
import { ENV, heading, META, ofRule, para, title } from '../support/check-content';

const date = (text: string) => block('date', text, {});
const guessed: DraftMetadata = { ...META, yearGuessed: 'text' };

describe('the report year', () => {
  it('is the clerk’s where the metadata is not guessed, whatever the text says', () => {
    const content = [title('关于2022年度法治政府建设情况的报告'), para('现将2022年度有关情况报告如下。')];
    expect(inferReportYear(content, META)).toMatchObject({ year: 2023, source: 'metadata', explanation: '按文稿信息中设定的报告年度，为2023年度报告' });
    expect(inferReportYear(content, guessed)).toMatchObject({ year: 2022, source: 'text' });
    expect(inferReportYear(content, { ...META, yearGuessed: 'default' }).year).toBe(2022);
  });

  it('says which evidence decided', () => {
    const content = [title('某某县司法局关于2023年度法治政府建设情况的报告'), para('2023年，我局深入推进依法行政。现将有关情况报告如下。'), heading(1, '主要举措')];
    expect(inferReportYear(content).explanation).toBe('按标题和开头段判断为2023年度报告');
    expect(inferReportYear([para('现将我乡2023年度法治政府建设情况报告如下。'), heading(1, '主要举措')]).explanation).toBe('按开头段判断为2023年度报告');
  });

  it('is not won by one mistyped heading', () => {
    const content: ReportContent = [
      title('关于2023年度法治政府建设情况的报告'),
      heading(1, '2022年法治政府建设情况'),
      heading(1, '2023年度存在的不足'),
      heading(1, '2024年度主要安排'),
    ];
    const y = inferReportYear(content);
    expect(y).toMatchObject({ year: 2023, decided: ['title', 'heading'] });
    // Even without a title: two headings against one.
    expect(inferReportYear(content.slice(1)).year).toBe(2023);
    expect(inferReportYear([heading(1, '2022年法治政府建设情况'), heading(1, '2023年度主要安排')]).year).toBe(2022);
  });

  it('reads a plan heading as the year before, a notice as its year, the date by its month', () => {
    expect(inferReportYear([heading(1, '工作情况'), heading(1, '2024年工作打算')]).year).toBe(2023);
    expect(inferReportYear([heading(1, '2023年工作开展情况'), heading(1, '存在的问题'), heading(1, '2024年工作')]).year).toBe(2023);
    const notice = [para('根据《关于做好2022年度党政主要负责人述法工作的通知》要求，结合工作实际，述职如下。'), heading(1, '工作开展情况')];
    expect(inferReportYear(notice)).toMatchObject({ year: 2022, explanation: '按所依据的通知判断为2022年度报告' });
    expect(inferReportYear([para('正文。'), date('2024年3月1日')]).year).toBe(2023);
    expect(inferReportYear([para('正文。'), date('2024年11月20日')]).year).toBe(2024);
    expect(inferReportYear([para('正文。'), date('2024年6月20日')]).year).toBeUndefined();
  });

  it('weighs a January date against a lone heading', () => {
    const content = [heading(1, '2022年法治政府建设情况'), para('正文。'), heading(1, '2024年重点工作'), date('2024年1月15日')];
    expect(inferReportYear(content)).toMatchObject({ year: 2023, decided: ['date', 'heading'] });
  });

  it('leaves out cited documents, ranges and periods', () => {
    const content = [para('深入落实《法治政府建设实施纲要（2021—2025年）》，2019年以来持续推进。'), heading(1, '贯彻《2020年工作要点》情况')];
    const y = inferReportYear(content);
    expect(y.source).toBe('none');
    expect(y.year).toBeUndefined();
    expect(checkDraft(content, {}, undefined, ENV).findings.filter((f) => f.kind === 'years')).toEqual([]);
  });
});

describe('years against the report year', () => {
  const report = (...body: ReportContent) => [title('关于2023年度法治政府建设情况的报告'), para('现将2023年度有关情况报告如下。'), ...body, block('signature', '某某县司法局', {}), date('2024年1月15日')];
  const years = (content: ReportContent, meta: DraftMetadata = guessed) => ofRule(checkDraft(content, meta, undefined, ENV).findings, 'year-mismatch').map((f) => f.excerpt);

  it('finds last year in a heading, and names the evidence', () => {
    const content = report(heading(1, '2022年法治政府建设情况'), para('正文。'), heading(1, '2024年重点工作'), para('正文。'));
    const [f, ...rest] = ofRule(checkDraft(content, guessed, undefined, ENV).findings, 'year-mismatch');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ excerpt: '2022', severity: 'warning' });
    expect(f!.message).toContain('本报告是2023年度的报告（按标题、开头段、成文日期和一级标题判断）');
    expect(f!.evidence!.details).toContain('成文日期“2024年1月15日”（1—4月成文的年度报告通常报告上一年度）：2023年度');
  });

  it('finds a wrong year in the opening statement, and not next year’s plans there', () => {
    expect(years([title('关于2025年度法治政府建设情况的报告'), para('2024年度，我局深入推进依法行政。'), heading(1, '2025年度主要举措')])).toEqual(['2024']);
    expect(years(report(heading(1, '主要举措')).map((b, i) => (i === 1 ? para('现将2023年工作总结和2024年工作计划报告如下。') : b)))).toEqual([]);
    expect(years([title('关于2023年度工作的报告'), para('现将2022年度有关情况报告如下。'), heading(1, '2023年工作情况')], META)).toEqual(['2022']);
  });

  it('never flags next year’s plans, under a plan heading or in plan words', () => {
    const content = report(
      heading(1, '2024年重点工作'),
      heading(2, '2024年主要目标任务'),
      heading(2, '完成目标任务的主要措施'),
      heading(1, '下一步工作安排'),
      heading(2, '2024年经费保障'),
      para('正文。'),
    );
    expect(years(content)).toEqual([]);
    expect(years([title('某某乡2023年工作总结和2024年工作打算'), heading(1, '2023年工作开展情况')])).toEqual([]);
    expect(years(report(heading(1, '2023年工作开展情况'), para('正文。'), heading(1, '2024年工作'), para('正文。')))).toEqual([]);
  });

  it('finds next year where the words are not about plans', () => {
    expect(years(report(heading(1, '2024年度主要举措和成效'), para('正文。')), META)).toEqual(['2024']);
    expect(years([title('关于2024年度法治政府建设情况的报告')], META)).toEqual(['2024']);
  });

  it('never flags cited documents, periods, follow-up of last year’s problems, or body text', () => {
    const content = report(
      heading(1, '主要举措'),
      heading(2, '贯彻《2022年全县法治政府建设工作要点》'),
      heading(2, '巩固2019年以来的创建成果'),
      heading(2, '2022年度督察反馈问题整改情况'),
      para('2021年、2022年连续两年获评先进，落实《关于做好2022年度述法工作的通知》（某法办〔2022〕3号）。'),
    );
    expect(years(content)).toEqual([]);
  });

  it('finds a 成文日期 before the report year or two years after it', () => {
    expect(years(report(heading(1, '主要举措')).map((b) => (b.type === 'date' ? date('2022年12月1日') : b)), META)).toEqual(['2022']);
    expect(years(report(heading(1, '主要举措')).map((b) => (b.type === 'date' ? date('2025年1月5日') : b)), META)).toEqual(['2025']);
  });
});

describe('where the year came from', () => {
  it('is the clerk’s in a draft made from a template, guessed in an imported one, and kept by the next year’s copy', () => {
    const template = TEMPLATES.find((t) => t.id === 'rule-of-law-annual')!;
    const made = newDraftFromTemplate(template, { unit: '某某县司法局', year: 2023 }, new Date(2024, 0, 10));
    expect(made.metadata).not.toHaveProperty('yearGuessed');
    const imported = importedDraft(recognizeText('关于2023年度法治政府建设情况的报告\n\n现将有关情况报告如下。'), new Date(2024, 0, 10));
    expect(imported.metadata).toMatchObject({ year: 2023, yearGuessed: 'text' });
    expect(nextYearDraft(imported.metadata, imported.content, new Date(2025, 0, 10)).metadata).toMatchObject({ year: 2024, yearGuessed: 'text' });
  });

  it('is validated: only text or default', () => {
    expect(validateMetadata({ ...META, yearGuessed: 'text' })).toBeNull();
    expect(validateMetadata({ ...META, yearGuessed: 'default' })).toBeNull();
    expect(validateMetadata({ ...META, yearGuessed: 'clerk' })).toMatch(/yearGuessed/u);
  });
});
