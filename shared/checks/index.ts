// 规范检查: every rule family over a draft, findings in reading order, and
// the safe fixes as plain edits (the editor applies them through Slate, so
// that they can be undone: renderer/checks/apply-fix.ts).
import type { DraftMetadata, ReportContent } from '../model';
import { createChecker, type CheckResult } from './engine';
import type { CheckEnv, CheckKind, Finding, FixEdit, Severity, TemplateRef } from './types';

export type { CellPlace, CheckEnv, CheckKind, Evidence, Finding, Fix, FixEdit, Severity, TemplateRef, TextEdit } from './types';
export { createChecker, type Checker, type CheckResult } from './engine';
export { inferReportYear, type YearInference } from './report-year';
export { guessTemplateId, REQUIRED_PARTS } from './parts';
export { requiredParts, type PartStatus } from './structure';
export { MAX_PARAGRAPH_CHARACTERS } from './length';
export { validateWordList, type WordList } from './word-list';

/** The groups of the 检查 panel, in the order shown, with their Chinese names. */
export const KINDS: readonly { kind: CheckKind; label: string }[] = [
  { kind: 'structure', label: '结构与提示' },
  { kind: 'years', label: '年份' },
  { kind: 'numbering', label: '序号' },
  { kind: 'leads', label: '序语' },
  { kind: 'words', label: '用词' },
  { kind: 'punctuation', label: '标点' },
  { kind: 'spaces', label: '空格' },
  { kind: 'dates', label: '日期与文号' },
  { kind: 'numbers', label: '数字' },
  { kind: 'frame', label: '标题与主送机关' },
  { kind: 'length', label: '段落长度' },
];

export const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

/** Every finding on a draft, checked from scratch. `template` is the draft's template (id, and blocks where known). */
export function runChecks(content: ReportContent, metadata: Partial<DraftMetadata>, template?: TemplateRef, env?: CheckEnv): Finding[] {
  return checkDraft(content, metadata, template, env).findings;
}

/** The findings and the report year, checked from scratch. */
export function checkDraft(content: ReportContent, metadata: Partial<DraftMetadata>, template?: TemplateRef, env?: CheckEnv): CheckResult {
  return createChecker().check(content, metadata, template, env);
}

/** A finding's identity across runs of the checks (its rule, place and text). */
export function findingKey(f: Finding): string {
  const cell = f.cell ? `${f.cell.row}.${f.cell.cell}.${f.cell.paragraph}` : '';
  return `${f.rule}|${f.block}|${cell}|${f.start}|${f.end}|${f.excerpt}`;
}

/** How many findings of each severity. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

type RangeEdit = Extract<FixEdit, { kind: 'text' | 'lead' }>;
const ranged = (e: FixEdit): e is RangeEdit => e.kind === 'text' || e.kind === 'lead';
/** Where a ranged edit's offsets count from: a block, or a paragraph in one of its cells. */
const placeKey = (e: RangeEdit) => (e.cell ? `${e.block}.${e.cell.row}.${e.cell.cell}.${e.cell.paragraph}` : `${e.block}`);
/** Reading order of the cell paragraphs in a block (the block's own text first). */
const cellRank = (e: FixEdit) => (ranged(e) && e.cell ? 1 + e.cell.row * 1e6 + e.cell.cell * 1e3 + e.cell.paragraph : 0);
const overlaps = (a: RangeEdit, b: RangeEdit) => placeKey(a) === placeKey(b) && a.start < b.end && b.start < a.end;

/**
 * The edits of these findings' fixes that can be applied together: a fix
 * whose text overlaps one taken earlier is left for the next run. Text edits
 * come last-first within a block (or cell paragraph), so applying them in order keeps offsets valid.
 */
export function combinedEdits(findings: readonly Finding[]): FixEdit[] {
  const taken: FixEdit[] = [];
  for (const f of findings) {
    if (!f.fix) continue;
    const spans = f.fix.edits.filter(ranged);
    if (spans.some((e) => taken.some((t) => ranged(t) && overlaps(t, e)))) continue;
    if (f.fix.edits.some((e) => e.kind !== 'text' && e.kind !== 'lead' && taken.some((t) => t.kind === e.kind && (e.kind === 'attachment-note' || t.block === e.block)))) continue;
    taken.push(...f.fix.edits);
  }
  // Rewriting the 附件说明 moves blocks: it comes after every other edit.
  const last = (e: FixEdit) => (e.kind === 'attachment-note' ? 1 : 0);
  return taken.sort((a, b) => {
    if (last(a) !== last(b)) return last(a) - last(b);
    if (a.block !== b.block) return a.block - b.block;
    if (cellRank(a) !== cellRank(b)) return cellRank(a) - cellRank(b);
    const as = ranged(a) ? a.start : -1;
    const bs = ranged(b) ? b.start : -1;
    return bs - as;
  });
}
