import { describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/checks';
import { panelGroups } from '../../renderer/checks/panel-order';

const f = (kind: Finding['kind'], severity: Finding['severity'], block: number): Finding =>
  ({ rule: `${kind}-${severity}-${block}`, kind, severity, message: '', block, start: 0, end: 1, excerpt: '', context: '' }) as Finding;

describe('panelGroups', () => {
  it('puts groups with errors first, and errors first within a group, then by place', () => {
    const groups = panelGroups([f('structure', 'info', 0), f('punctuation', 'warning', 3), f('punctuation', 'error', 5), f('numbering', 'warning', 1), f('punctuation', 'error', 2)]);
    expect(groups.map((g) => g.kind)).toEqual(['punctuation', 'numbering', 'structure']);
    expect(groups[0]!.findings.map((x) => `${x.severity}${x.block}`)).toEqual(['error2', 'error5', 'warning3']);
  });
});
