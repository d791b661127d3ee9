// 规范检查: every rule family over a draft, findings in reading order, and
// the safe fixes as plain edits (the editor applies them through Slate, so
// that they can be undone: renderer/checks/apply-fix.ts).
import { blockText, type DraftMetadata, type ReportContent } from '../model';
import { headingNumbers } from '../numbering';
import { dateRules } from './dates';
import { frameRules, yearRules } from './frame';
import { lengthRules } from './length';
import { numberingRules } from './numbering';
import { punctuationRules } from './punctuation';
import { spaceRules } from './spaces';
import { structureRules } from './structure';
import type { CheckInput, CheckKind, Finding, FixEdit, RuleFamily, Severity, TemplateRef, TextEdit } from './types';

export type { CheckKind, Finding, Fix, FixEdit, Severity, TemplateRef, TextEdit } from './types';
export { guessTemplateId, REQUIRED_PARTS } from './parts';
export { MAX_PARAGRAPH_CHARACTERS } from './length';

/** The families in the order their findings win when two mark the same text. */
const FAMILIES: readonly RuleFamily[] = [frameRules, numberingRules, dateRules, punctuationRules, spaceRules, yearRules, structureRules, lengthRules];

/** The groups of the 检查 panel, in the order shown, with their Chinese names. */
export const KINDS: readonly { kind: CheckKind; label: string }[] = [
  { kind: 'structure', label: '结构与提示' },
  { kind: 'numbering', label: '序号' },
  { kind: 'punctuation', label: '标点' },
  { kind: 'spaces', label: '空格' },
  { kind: 'dates', label: '日期与文号' },
  { kind: 'frame', label: '标题与主送机关' },
  { kind: 'years', label: '年份' },
  { kind: 'length', label: '段落长度' },
];

export const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Every finding on a draft. `template` is the draft's template (id, and blocks where known). */
export function runChecks(content: ReportContent, metadata: Partial<DraftMetadata>, template?: TemplateRef): Finding[] {
  const input: CheckInput = { content, metadata, texts: content.map(blockText), numbers: headingNumbers(content), ...(template ? { template } : {}) };
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const family of FAMILIES) {
    for (const f of family(input)) {
      // Two families marking the very same text: the first one's finding stands.
      const key = f.start === f.end ? `${f.rule}:${f.block}:${f.start}:${f.message}` : `${f.block}:${f.start}:${f.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(f);
    }
  }
  return out.sort((a, b) => a.block - b.block || a.start - b.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** A finding's identity across runs of the checks (its rule, place and text). */
export function findingKey(f: Finding): string {
  return `${f.rule}|${f.block}|${f.start}|${f.end}|${f.excerpt}`;
}

/** How many findings of each severity. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

const overlaps = (a: TextEdit, b: TextEdit) => a.block === b.block && a.start < b.end && b.start < a.end;

/**
 * The edits of these findings' fixes that can be applied together: a fix
 * whose text overlaps one taken earlier is left for the next run. Text edits
 * come last-first within a block, so applying them in order keeps offsets valid.
 */
export function combinedEdits(findings: readonly Finding[]): FixEdit[] {
  const taken: FixEdit[] = [];
  for (const f of findings) {
    if (!f.fix) continue;
    const texts = f.fix.edits.filter((e): e is TextEdit => e.kind === 'text');
    if (texts.some((e) => taken.some((t) => t.kind === 'text' && overlaps(t, e)))) continue;
    if (f.fix.edits.some((e) => e.kind === 'typed-number' && taken.some((t) => t.kind === 'typed-number' && t.block === e.block))) continue;
    taken.push(...f.fix.edits);
  }
  return taken.sort((a, b) => {
    if (a.block !== b.block) return a.block - b.block;
    const as = a.kind === 'text' ? a.start : -1;
    const bs = b.kind === 'text' ? b.start : -1;
    return bs - as;
  });
}
