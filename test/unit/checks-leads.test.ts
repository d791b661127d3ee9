// 序语 rules: 一是…一是 counted twice, a skipped or misplaced lead, 其一/其二
// the same way, and hand-typed leads among inserted ones offered for
// conversion — each quiet on leads that count right, as the real reports' do.
import { describe, expect, it } from 'vitest';
import { combinedEdits } from '../../shared/checks';
import { applyEdits } from '../support/apply-edits';
import { nextLeadFix } from '../../shared/leads';
import { block, type ReportBlock, type ReportText, type TextBlock } from '../../shared/model';
import { check, heading, ofRule, para } from '../support/check-content';

const marked = (...parts: (string | [string])[]): ReportBlock => ({
  type: 'paragraph',
  children: parts.map((p): ReportText => (Array.isArray(p) ? { text: p[0], lead: true } : { text: p })),
});
const leadFindings = (content: ReportBlock[]) => check(content).filter((f) => f.kind === 'leads').map((f) => [f.rule, f.excerpt]);

describe('leads counted twice or skipped', () => {
  it('finds 一是…一是, typed or marked, and fixes the second to 二是', () => {
    expect(leadFindings([para('一是加强学习。一是强化培训。三是严格考核。')])).toEqual([['lead-repeat', '一是']]);
    expect(leadFindings([marked(['一是'], '加强学习。'), marked(['一是'], '强化培训。')])).toEqual([['lead-repeat', '一是']]);
    const content = [para('一是加强学习；一是强化培训；三是严格考核。')];
    expect((applyEdits(content, combinedEdits(check(content)))[0] as TextBlock).children[0]!.text).toBe('一是加强学习；二是强化培训；三是严格考核。');
  });

  it('finds a skipped lead and one out of order', () => {
    expect(leadFindings([para('一是加强学习。三是严格考核。')])).toEqual([['lead-gap', '三是']]);
    expect(leadFindings([para('一是加强学习。二是强化培训。二是严格考核。')])).toEqual([['lead-repeat', '二是']]);
    expect(leadFindings([para('一是加强学习。三是强化培训。二是严格考核。')])).toEqual([['lead-gap', '三是'], ['lead-order', '二是']]);
    expect(check([para('二是强化培训。')])[0]!.message).toContain('前面缺少“一是”');
  });

  it('counts 其一、其二 the same way under each 一是', () => {
    expect(leadFindings([para('一是加强普法。其一，严格学法。其二，强化培训。其二，开展考核。')])).toEqual([['lead-repeat', '其二']]);
    expect(leadFindings([para('一是加强普法。其一，严格学法。其三，强化培训。')])).toEqual([['lead-gap', '其三']]);
  });

  it('is quiet on leads that count right: restarting after a heading, after a colon, in a second list', () => {
    const content = [
      heading(2, '加强领导'),
      para('一是加强普法。其一，严格落实会前学法制度。其二，强化内部培训。'),
      para('二是认真履行法制审核职责。'),
      para('三是严格规范公正文明执法。其一，加强动态巡查。其二，健全执法人员管理。'),
      heading(2, '存在问题'),
      para('主要表现在：一是队伍力量薄弱；二是宣传形式单一。下一步：一是加强培训；二是丰富形式。'),
      para('一是统一是非标准。二是把好方向。'),
      heading(2, '主要做法。一是加强统筹协调。二是优化工作机制。三是推进依法行政。', { runIn: true }),
    ];
    expect(leadFindings(content)).toEqual([]);
  });
});

describe('hand-typed leads among inserted ones', () => {
  const section = () => [heading(2, '强化组织领导'), marked(['一是'], '加强领导。'), marked(['二是'], '完善制度。'), para('三是强化考核。')];

  it('offers to convert the typed one; the editor then counts it with the others', () => {
    const f = ofRule(check(section()), 'lead-typed');
    expect(f.map((x) => [x.block, x.excerpt, x.severity])).toEqual([[3, '三是', 'warning']]);
    const converted = applyEdits(section(), combinedEdits(f));
    expect(converted[3]!.children).toEqual([{ text: '三是', lead: true }, { text: '强化考核。' }]);
    expect(nextLeadFix(converted)).toMatchObject({ kind: 'renumber', block: 1 });
    expect(check(converted).filter((x) => x.kind === 'leads')).toEqual([]);
  });

  it('is quiet where every lead in a section is typed, or every one inserted', () => {
    expect(leadFindings([para('一是加强领导。'), para('二是完善制度。')])).toEqual([]);
    expect(leadFindings([marked(['一是'], '加强领导。'), marked(['二是'], '完善制度。')])).toEqual([]);
    // A typed lead in another section does not count.
    expect(leadFindings([marked(['一是'], '加强领导。'), heading(2, '下一节'), para('一是完善制度。')])).toEqual([]);
  });

  it('reads no lead in a heading’s own sentence or a signature', () => {
    expect(leadFindings([heading(2, '二是强化培训'), block('signature', '三是', {})])).toEqual([]);
  });
});
