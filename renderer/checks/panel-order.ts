// The order of the 检查 panel: errors first. Groups (by kind) come in the
// order of their most severe finding, then in the usual order of kinds;
// inside a group, by severity, then where they stand in the text.
import { KINDS, type CheckKind, type Finding, type Severity } from '../../shared/checks';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface FindingGroup {
  kind: CheckKind;
  label: string;
  findings: Finding[];
}

const byRank = (a: Finding, b: Finding) => RANK[a.severity] - RANK[b.severity] || a.block - b.block || a.start - b.start;

export function panelGroups(findings: readonly Finding[]): FindingGroup[] {
  return KINDS.map(({ kind, label }) => ({ kind, label, findings: findings.filter((f) => f.kind === kind).sort(byRank) }))
    .filter((g) => g.findings.length > 0)
    .map((g, order) => ({ g, order, top: RANK[g.findings[0]!.severity] }))
    .sort((a, b) => a.top - b.top || a.order - b.order)
    .map(({ g }) => g);
}
