// Every bundled template: valid data, the outline its report requires, filled without leftovers.
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../electron/templates';
import { blockText } from '../../shared/model';
import { headingNumbers } from '../../shared/numbering';
import { defaultMetadata, instantiateTemplate, validateTemplate } from '../../shared/template';

const META = defaultMetadata(new Date(2026, 0, 5), { unit: '某某县司法局', year: 2025 });

const level1 = (id: string) => {
  const content = instantiateTemplate(TEMPLATES.find((t) => t.id === id)!, META);
  const numbers = headingNumbers(content);
  return content.flatMap((b, i) => (b.type === 'heading' && b.level === 1 ? [`${numbers[i]}${blockText(b)}`] : []));
};

describe('bundled templates', () => {
  it('offers the four templates, each with a one-line description', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual(['rule-of-law-annual', 'leader-duty-report', 'annual-summary', 'blank']);
    for (const t of TEMPLATES) {
      expect(validateTemplate(t)).toBeNull();
      expect(t.description).not.toMatch(/\n/);
      expect(t.description.length).toBeGreaterThan(5);
    }
  });

  it('fills every placeholder and keeps each filled block bound to its source', () => {
    for (const t of TEMPLATES) {
      const content = instantiateTemplate(t, META);
      for (const b of content) expect(blockText(b)).not.toMatch(/[{}]/);
      expect(content.find((b) => b.type === 'signature')?.source).toBe('{署名}');
    }
  });

  it('has the outline each report requires', () => {
    expect(level1('rule-of-law-annual')).toEqual([
      '一、2025年度推进法治政府建设的主要举措和成效',
      '二、2025年度推进法治政府建设存在的不足和原因',
      '三、党政主要负责人履行推进法治建设第一责任人职责情况',
      '四、2026年度推进法治政府建设的主要安排',
      '五、其他需要报告的情况',
    ]);
    expect(level1('leader-duty-report')).toEqual(['一、工作开展情况', '二、存在问题', '三、下一步工作打算']);
    expect(level1('annual-summary')).toEqual(['一、2025年工作开展情况', '二、存在的问题', '三、2026年工作打算']);
    expect(level1('blank')).toEqual([]);
  });

  it('carries due dates: 1 March submission and 1 April publication for the rule-of-law report', () => {
    expect(TEMPLATES[0]!.deadlines).toEqual([
      { label: '报送', month: 3, day: 1 },
      { label: '公开', month: 4, day: 1 },
    ]);
  });
});
