// Recognising the structure of a report from its text lines.
import { describe, expect, it } from 'vitest';
import { blockText, type ReportBlock, type ReportContent, type TextBlock } from '../../shared/model';
import { headingNumbers } from '../../shared/numbering';
import { recognize, recognizeText } from '../../shared/recognize';

/** Blocks in a compact form: type, level, runIn, typedNumber, text with [leads]. */
function brief(content: ReportContent): string[] {
  return content.map((b: ReportBlock) => {
    const text = (b as TextBlock).children.map((c) => (c.lead ? `[${c.text}]` : c.text)).join('');
    if (b.type !== 'heading') return `${b.type}: ${text}`;
    return `h${b.level}${b.runIn ? ' run-in' : ''}${b.typedNumber ? ` typed ${b.typedNumber}` : ''}: ${text}`;
  });
}

const report = (...lines: string[]) => brief(recognizeText(lines.join('\n')));

describe('title and addressee', () => {
  it('recognises a one-line title and an addressee line ending in ：', () => {
    expect(report('关于2023年度法治政府建设情况的报告', '', '某某县人民政府：', '2023年，我局……现将有关情况报告如下。')).toEqual([
      'title: 关于2023年度法治政府建设情况的报告',
      'addressee: 某某县人民政府：',
      'paragraph: 2023年，我局……现将有关情况报告如下。',
    ]);
  });

  it('recognises a title broken over two lines, the second one short, as one title keeping the line end', () => {
    expect(report('某某县自然资源局2023年度法治政府建设', '情况报告', '', '县委、县政府：', '正文。').slice(0, 2)).toEqual([
      'title: 某某县自然资源局2023年度法治政府建设\n情况报告',
      'addressee: 县委、县政府：',
    ]);
  });

  it('does not take an opening sentence for a title or 现将……如下： for an addressee', () => {
    expect(report('2023年，我局坚持依法行政，取得良好成效。', '现将有关情况报告如下：', '一、主要做法')).toEqual([
      'paragraph: 2023年，我局坚持依法行政，取得良好成效。',
      'paragraph: 现将有关情况报告如下：',
      'h1: 主要做法',
    ]);
  });

  it('finds the title below the issuing organ and the document number', () => {
    expect(report('某某县司法局文件', '某司发〔2024〕3号', '关于2023年度法治政府建设情况的报告', '某某县人民政府：', '正文。').slice(0, 4)).toEqual([
      'paragraph: 某某县司法局文件',
      'paragraph: 某司发〔2024〕3号',
      'title: 关于2023年度法治政府建设情况的报告',
      'addressee: 某某县人民政府：',
    ]);
  });

  it('takes no title when the text starts with a heading', () => {
    expect(report('一、主要做法', '正文。')[0]).toBe('h1: 主要做法');
  });
});

describe('headings', () => {
  it('recognises every number form at its level and drops the number from the text', () => {
    const content = recognizeText(['一、总体情况', '（一）组织领导', '1.健全制度', '（1）学法制度', '(2)考试制度', '2、强化考核', '3．规范执法', '(二)依法决策', '二、存在问题'].join('\n'), { mode: 'fragment' });
    expect(brief(content)).toEqual([
      'h1: 总体情况',
      'h2: 组织领导',
      'h3: 健全制度',
      'h4: 学法制度',
      'h4 typed (2): 考试制度',
      'h3 typed 2、: 强化考核',
      'h3 typed 3．: 规范执法',
      'h2 typed (二): 依法决策',
      'h1: 存在问题',
    ]);
    expect(headingNumbers(content)).toEqual(['一、', '（一）', '1.', '（1）', '（2）', '2.', '3.', '（二）', '二、']);
  });

  it('places a mis-typed （5） after （四） by its context and keeps the typed number for the checker', () => {
    const content = recognizeText(['一、主要举措', '（一）甲', '（二）乙', '（三）丙', '（四）丁', '正文。', '（5） 强化应急演练，坚持未雨绸缪', '正文。', '二、存在问题'].join('\n'), { mode: 'fragment' });
    const heading = content[6]!;
    expect(heading).toMatchObject({ type: 'heading', level: 2, typedNumber: '（5）' });
    expect(blockText(heading)).toBe('强化应急演练，坚持未雨绸缪');
    expect(headingNumbers(content)[6]).toBe('（五）');
  });

  it('makes a numbered line with a body after its first sentence a run-in heading', () => {
    expect(report('一、主要做法和存在问题', '（一）主要做法。一是加强统筹协调。二是优化工作机制。', '（二）2024年主要目标任务。', '一是推进法治政府建设。')).toEqual([
      'h1: 主要做法和存在问题',
      'h2 run-in: 主要做法。[一是]加强统筹协调。[二是]优化工作机制。',
      'h2: 2024年主要目标任务。',
      'paragraph: [一是]推进法治政府建设。',
    ]);
  });

  it('splits a level-1 heading followed by its body into the heading and a paragraph', () => {
    expect(report('正文开头。', '一、基本情况。我局共有干部职工50人。')).toEqual(['paragraph: 正文开头。', 'h1: 基本情况。', 'paragraph: 我局共有干部职工50人。']);
  });

  it('uses a source style for a heading without a number, but not for a long paragraph', () => {
    const content = recognize(
      [{ text: '开头。' }, { text: '工作开展情况', styleLevel: 1 }, { text: '这是一段很长的正文，虽然套用了标题样式，但它有好几句话。第二句话。第三句话。', styleLevel: 2 }],
      { mode: 'fragment' },
    );
    expect(brief(content)).toEqual(['paragraph: 开头。', 'h1: 工作开展情况', 'paragraph: 这是一段很长的正文，虽然套用了标题样式，但它有好几句话。第二句话。第三句话。']);
  });
});

describe('the end of a report', () => {
  it('recognises signature and date lines, and 附件 lines with their items', () => {
    expect(
      report('关于2024年度工作情况的报告', '正文。', '附件：1.2024年度行政执法统计表', '2.法治宣传活动照片', '', '某某县司法局', '2025年1月20日'),
    ).toEqual([
      'title: 关于2024年度工作情况的报告',
      'paragraph: 正文。',
      'attachment: 2024年度行政执法统计表',
      'attachment: 法治宣传活动照片',
      'signature: 某某县司法局',
      'date: 2025年1月20日',
    ]);
  });

  it('recognises a date in Chinese numerals, two signature lines, and an attachment appended after the date', () => {
    expect(report('工作总结', '正文。', '特此报告。', '中共某某乡委员会', '某某乡人民政府', '二〇二四年十二月三十日', '附件1', '统计表')).toEqual([
      'title: 工作总结',
      'paragraph: 正文。',
      'paragraph: 特此报告。',
      'signature: 中共某某乡委员会',
      'signature: 某某乡人民政府',
      'date: 二〇二四年十二月三十日',
      'annex: 统计表',
    ]);
  });

  it('does not take a date under the title for the closing date', () => {
    const blocks = report('工作总结', '（2024年1月5日）', '一、主要工作', '正文。', '二、存在问题', '正文。', '三、下一步打算', '正文。');
    expect(blocks.filter((b) => b.startsWith('h1'))).toHaveLength(3);
    expect(blocks.some((b) => b.startsWith('date') || b.startsWith('signature'))).toBe(false);
  });

  it('takes a final unit name as the signature even without a date', () => {
    expect(report('工作总结', '正文。', '某某镇人民政府').at(-1)).toBe('signature: 某某镇人民政府');
    expect(report('工作总结', '正文。', '下一步打算').at(-1)).toBe('paragraph: 下一步打算');
  });

  it('recognises no title, addressee, signature or date in a fragment', () => {
    expect(brief(recognizeText('关于工作的报告\n某某县人民政府：\n正文。\n某某县司法局\n2025年1月20日', { mode: 'fragment' }))).toEqual([
      'paragraph: 关于工作的报告',
      'paragraph: 某某县人民政府：',
      'paragraph: 正文。',
      'paragraph: 某某县司法局',
      'paragraph: 2025年1月20日',
    ]);
  });
});

describe('empty input', () => {
  it('gives no blocks for empty or blank text', () => {
    expect(recognizeText('')).toEqual([]);
    expect(recognizeText(' \n\u3000\n\u200b')).toEqual([]);
  });
});
