// 规范检查 inside tables: the rules for numbers, punctuation, spaces, dates and
// words read each cell paragraph; content an import could not bring over is reported.
import { describe, expect, it } from 'vitest';
import { combinedEdits, createChecker, findingKey, runChecks } from '../../shared/checks';
import { block, blockText, type ReportContent, type TableBlock } from '../../shared/model';
import { simpleTable } from '../../shared/tables';
import { applyEdits, fixAll } from '../support/apply-edits';
import { ENV } from '../support/check-content';

const cellTexts = (t: ReportContent[number] | undefined) => (t as TableBlock).children.map((r) => r.children.map((c) => c.children.map(blockText).join('/')));

const metadata = { year: 2024 };

describe('checks in table cells', () => {
  const table = simpleTable([
    ['项目', '说明'],
    ['复议', '全年办理复议案件12件,比上年增加3件。'],
    ['诉讼', '2024年2月30日开庭'],
  ]);
  const content: ReportContent = [block('paragraph', '今年以来，我局依法行政。', {}), table];

  it('reports a half-width comma and an impossible date in the cells where they are; the comma\'s fix edits that cell', () => {
    const inCells = runChecks(content, metadata, undefined, ENV).filter((f) => f.block === 1);
    const comma = inCells.find((f) => f.rule === 'punct-halfwidth')!;
    expect(comma).toMatchObject({ cell: { row: 1, cell: 1, paragraph: 0 }, excerpt: ',' });
    expect(comma.start).toBe('全年办理复议案件12件'.length);
    expect(comma.fix?.edits).toEqual([{ kind: 'text', block: 1, cell: { row: 1, cell: 1, paragraph: 0 }, start: comma.start, end: comma.end, text: '，' }]);
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

  it('applies the safe fixes inside the cells they were found in, and only there', () => {
    const twoCells = simpleTable([
      ['项目', '说明'],
      ['复议', '办理案件12件,增加3件(含行政诉讼)。'],
      ['诉讼', '应诉案件5件,败诉0件。'],
    ]);
    const fixed = fixAll([block('paragraph', '今年以来，我局依法行政。', {}), twoCells], metadata, undefined, ENV);
    expect(cellTexts(fixed[1])).toEqual([['项目', '说明'], ['复议', '办理案件12件，增加3件（含行政诉讼）。'], ['诉讼', '应诉案件5件，败诉0件。']]);
    expect(blockText(fixed[0]!)).toBe('今年以来，我局依法行政。');
  });

  it('keeps findings at the same offsets of different cells apart (keys, overlapping fixes)', () => {
    const same = simpleTable([['复议,行政', '诉讼,应诉']]);
    const found = runChecks([same], metadata, undefined, ENV).filter((f) => f.rule === 'punct-halfwidth');
    expect(found.map((f) => f.cell?.cell)).toEqual([0, 1]);
    expect(new Set(found.map(findingKey)).size).toBe(2);
    expect(combinedEdits(found)).toHaveLength(2);
    expect(cellTexts(applyEdits([same], combinedEdits(found))[0])).toEqual([['复议，行政', '诉讼，应诉']]);
  });

  it('checks typed sequence numbers in a cell as in a paragraph, with a fix in that cell', () => {
    const numbered = simpleTable([['措施'], ['1、加强执法监督。2、规范执法程序。']]);
    const found = runChecks([numbered], metadata, undefined, ENV).filter((f) => f.rule === 'numbering-punct');
    expect(found.map((f) => [f.excerpt, f.cell])).toEqual([
      ['1、', { row: 1, cell: 0, paragraph: 0 }],
      ['2、', { row: 1, cell: 0, paragraph: 0 }],
    ]);
    expect(cellTexts(fixAll([numbered], metadata, undefined, ENV)[0])).toEqual([['措施'], ['1.加强执法监督。2.规范执法程序。']]);
  });

  it('counts 一是、二是 within each cell over its paragraphs, as within a section: a skip is found and fixed in its cell', () => {
    const leads = simpleTable([['主要做法', '存在问题'], ['一是健全制度。三是强化监督。', '一是队伍不强。二是经费不足。']]);
    const found = runChecks([leads], metadata, undefined, ENV).filter((f) => f.kind === 'leads');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'lead-gap', block: 0, cell: { row: 1, cell: 0, paragraph: 0 }, excerpt: '三是', start: '一是健全制度。'.length });
    expect(cellTexts(fixAll([leads], metadata, undefined, ENV)[0])).toEqual([['主要做法', '存在问题'], ['一是健全制度。二是强化监督。', '一是队伍不强。二是经费不足。']]);
    // Over the paragraphs of one cell: 一是 in the first, 一是 again in the second.
    const twoParagraphs: TableBlock = {
      type: 'table',
      children: [{ type: 'table-row', children: [{ type: 'table-cell', children: [block('paragraph', '一是健全制度。', {}), block('paragraph', '一是强化监督。', {})] }] }],
    } as TableBlock;
    expect(runChecks([twoParagraphs], metadata, undefined, ENV).find((f) => f.kind === 'leads')).toMatchObject({ rule: 'lead-repeat', cell: { paragraph: 1 } });
    // A cell's leads do not count on in the body, nor the body's in a cell.
    const mixed = [block('paragraph', '一是健全制度。二是强化监督。', {}), leads, block('paragraph', '三是加强保障。', {})];
    expect(runChecks(mixed, metadata, undefined, ENV).filter((f) => f.kind === 'leads' && !f.cell)).toEqual([]);
  });
});
