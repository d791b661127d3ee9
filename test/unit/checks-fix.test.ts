// Applying the safe fixes as data: edits across leaves, overlapping fixes
// left for the next run, every fix together converging on a clean text; and
// two rules marking the same text reported once.
import { describe, expect, it } from 'vitest';
import { combinedEdits, runChecks, type Finding } from '../../shared/checks';
import { applyEdits, fixAll } from '../support/apply-edits';
import { protectSpaces, restoreSpaces } from '../../shared/checks/source-spaces';
import { blockText, type ReportContent } from '../../shared/model';
import { recognize } from '../../shared/recognize';
import { META, para, title } from '../support/check-content';

describe('applyEdits', () => {
  it('replaces text across leaves, keeping each leaf’s marks', () => {
    const content: ReportContent = [{ type: 'paragraph', children: [{ text: '依法行政,' }, { text: '一是', lead: 1 }, { text: '加强学习;' }] }];
    const out = applyEdits(content, combinedEdits(runChecks(content, META)));
    expect(out[0]!.children).toEqual([{ text: '依法行政，' }, { text: '一是', lead: 1 }, { text: '加强学习；' }]);
    expect(blockText(content[0]!)).toBe('依法行政,一是加强学习;');
  });

  it('inserts at the end of the last leaf', () => {
    const content: ReportContent = [{ type: 'addressee', children: [{ text: '某某县' }, { text: '人民政府' }] }];
    expect(applyEdits(content, [{ kind: 'text', block: 0, start: 7, end: 7, text: '：' }]).map(blockText)).toEqual(['某某县人民政府：']);
  });
});

describe('combinedEdits', () => {
  it('leaves a fix overlapping one already taken for the next run', () => {
    const f = (start: number, end: number, text: string): Finding => ({
      rule: 'x', kind: 'punctuation', severity: 'error', message: '', block: 0, start, end, excerpt: '', context: '',
      fix: { label: '', edits: [{ kind: 'text', block: 0, start, end, text }] },
    });
    expect(combinedEdits([f(0, 2, 'a'), f(1, 3, 'b'), f(5, 6, 'c')]).map((e) => (e.kind === 'text' ? e.text : ''))).toEqual(['c', 'a']);
  });
});

describe('fixAll', () => {
  it('fixes every safe slip until none is left', () => {
    const content = [title('关于2023年度依法行政情况的报告.'), para('我局高度重视,, 认真学习《宪法》、《民法典》...。1、组织培训（2）开展 考核。')];
    const fixed = fixAll(content, META);
    expect(fixed.map(blockText)).toEqual(['关于2023年度依法行政情况的报告', '我局高度重视，认真学习《宪法》《民法典》……。1.组织培训（2）开展考核。']);
    expect(runChecks(fixed, META).filter((f) => f.fix)).toEqual([]);
  });
});

describe('runChecks', () => {
  it('reports text two rules mark once', () => {
    expect(runChecks([title('关于依法行政情况的报告.')], META).map((f) => f.rule)).toEqual(['title-end-punct']);
  });
});

describe('reading a source for checking', () => {
  it('keeps the spaces inside lines the importer would clean, and not indentation', () => {
    const content = restoreSpaces(recognize(protectSpaces([{ text: '关于2023年度工作的报告' }, { text: '一、 主要 工作' }, { text: '\u3000\u3000我局认真落实， 成效明显。' }])));
    expect(content.map(blockText)).toEqual(['关于2023年度工作的报告', ' 主要 工作', '我局认真落实， 成效明显。']);
  });
});
