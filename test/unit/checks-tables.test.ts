// 规范检查 inside tables: the rules for numbers, punctuation, spaces, dates and
// words read each cell paragraph; content an import could not bring over is reported.
import { describe, expect, it } from 'vitest';
import { createChecker, runChecks } from '../../shared/checks';
import { block, type ReportContent } from '../../shared/model';
import { simpleTable } from '../../shared/tables';
import { ENV } from '../support/check-content';

const metadata = { year: 2024 };

describe('checks in table cells', () => {
  const table = simpleTable([
    ['项目', '说明'],
    ['复议', '全年办理复议案件12件,比上年增加3件。'],
    ['诉讼', '2024年2月30日开庭'],
  ]);
  const content: ReportContent = [block('paragraph', '今年以来，我局依法行政。', {}), table];

  it('reports a half-width comma and an impossible date in the cells where they are, without a fix to apply blindly', () => {
    const inCells = runChecks(content, metadata, undefined, ENV).filter((f) => f.block === 1);
    const comma = inCells.find((f) => f.rule === 'punct-halfwidth')!;
    expect(comma).toMatchObject({ cell: { row: 1, cell: 1, paragraph: 0 }, excerpt: ',' });
    expect(comma.start).toBe('全年办理复议案件12件'.length);
    expect(comma.fix).toBeUndefined();
    expect(inCells.some((f) => f.kind === 'dates' && f.cell?.row === 2)).toBe(true);
    expect(inCells.every((f) => f.cell !== undefined)).toBe(true);
  });

  it('does not hold cells to the rules of a report paragraph (short cells are fine)', () => {
    const plain = simpleTable([['项目', '2023年', '2024年'], ['复议案件', '12', '15']]);
    expect(runChecks([block('paragraph', '今年以来，我局依法行政。', {}), plain], metadata, undefined, ENV).filter((f) => f.block === 1)).toEqual([]);
  });

  it('checks a changed table again, and only then', () => {
    const checker = createChecker();
    const first = checker.check(content, metadata, undefined, ENV).findings.filter((f) => f.block === 1).length;
    const fixed = simpleTable([['项目', '说明'], ['复议', '全年办理复议案件12件，比上年增加3件。'], ['诉讼', '2024年2月28日开庭']]);
    const again = checker.check([content[0]!, fixed], metadata, undefined, ENV).findings.filter((f) => f.block === 1);
    expect(first).toBeGreaterThanOrEqual(2);
    expect(again).toEqual([]);
  });

  it('reports what an import could not bring over, where it stands', () => {
    const found = runChecks([block('paragraph', '正文。', {}), { type: 'omitted', kind: 'chart', children: [{ text: '' }] }], metadata, undefined, ENV);
    expect(found.find((f) => f.rule === 'omitted-content')).toMatchObject({ block: 1, severity: 'warning', message: expect.stringMatching(/未能转换的图表，导出时不包含/u) });
  });
});
