// 附件说明 against the attachments: a name that differs from its attachment's
// title is corrected in place; a 附件说明 missing, short or long is rewritten
// from the attachments; an attachment without a title is reported.
import { describe, expect, it } from 'vitest';
import { block, blockText, type ReportContent } from '../../shared/model';
import { check, fixedTexts, META, ofRule, para, title } from '../support/check-content';
import { fixAll } from '../support/apply-edits';

const note = (text: string) => block('attachment', text, {});
const annex = (text: string) => block('annex', text, {});
const closing = [block('signature', '某某县司法局', {}), block('date', '2024年3月1日', {})];
const body = [title('某某县司法局关于2023年度法治政府建设情况的报告'), para('2023年，我局扎实推进法治政府建设。')];
const annexes = [annex('2023年度行政执法情况统计表'), para('统计表内容。'), annex('2023年度普法责任清单'), para('清单内容。')];

describe('the 附件说明 and the attachments', () => {
  it('accepts a 附件说明 naming the attachments in order', () => {
    const c: ReportContent = [...body, note('2023年度行政执法情况统计表'), note('2023年度普法责任清单'), ...closing, ...annexes];
    expect(ofRule(check(c), 'attachment-note-name')).toEqual([]);
    expect(ofRule(check(c), 'attachment-note-count')).toEqual([]);
  });

  it('finds a name that differs and corrects it to the title', () => {
    const c: ReportContent = [...body, note('执法统计表'), note('2023年度普法责任清单'), ...closing, ...annexes];
    const found = ofRule(check(c), 'attachment-note-name');
    expect(found.map((f) => [f.block, f.severity, f.fix?.label])).toEqual([[2, 'error', '改为“2023年度行政执法情况统计表”']]);
    expect(found[0]!.message).toContain('附件1');
    expect(fixedTexts(c).slice(2, 4)).toEqual(['2023年度行政执法情况统计表', '2023年度普法责任清单']);
  });

  it('finds names in the wrong order', () => {
    const c: ReportContent = [...body, note('2023年度普法责任清单'), note('2023年度行政执法情况统计表'), ...closing, ...annexes];
    expect(ofRule(check(c), 'attachment-note-name').map((f) => f.block)).toEqual([2, 3]);
  });

  it('rewrites a 附件说明 that is missing, or names too few or too many', () => {
    const cases: ReportContent[] = [
      [...body, ...closing, ...annexes],
      [...body, note('2023年度行政执法情况统计表'), ...closing, ...annexes],
      [...body, note('甲'), note('乙'), note('丙'), ...closing, ...annexes],
    ];
    for (const c of cases) {
      const found = ofRule(check(c), 'attachment-note-count');
      expect(found.length, JSON.stringify(c.map(blockText))).toBe(1);
      expect(found[0]!.fix?.edits).toEqual([{ kind: 'attachment-note', block: found[0]!.block }]);
      const fixed = fixAll(c, META);
      expect(fixed.filter((b) => b.type === 'attachment').map(blockText)).toEqual(['2023年度行政执法情况统计表', '2023年度普法责任清单']);
      expect(fixed.map((b) => b.type).slice(2, 6)).toEqual(['attachment', 'attachment', 'signature', 'date']);
      expect(ofRule(check(fixed), 'attachment-note-count')).toEqual([]);
    }
  });

  it('reports an attachment without a title, and leaves a 附件说明 without attachments as written', () => {
    const c: ReportContent = [...body, note(''), ...closing, annex(''), para('内容。')];
    expect(ofRule(check(c), 'annex-title-missing').map((f) => f.message)).toEqual(['附件没有标题：请在“附件”下写出附件标题（居中，与附件说明中的名称一致）。']);
    const apart: ReportContent = [...body, note('另行报送的统计表'), ...closing];
    expect(check(apart).filter((f) => f.rule.startsWith('attachment-note') || f.rule === 'annex-title-missing')).toEqual([]);
  });
});
