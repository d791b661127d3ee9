// One row of a check summary per file: what a reviewer compares across thirty
// departments' reports (title, report year, required parts, findings by kind
// and severity), or why the file could not be checked.
import { KINDS, type CheckKind, type Finding, type PartStatus, type Severity, type YearInference } from '../../../shared/checks';

export interface CheckedFile {
  /** The file as the command line and the summary show it. */
  file: string;
  /** Absolute path, for linking to it. */
  path: string;
  title: string;
  year: YearInference;
  parts: readonly PartStatus[];
  findings: readonly Finding[];
}

export interface FailedFile {
  file: string;
  path: string;
  error: string;
}

export type SummaryEntry = CheckedFile | FailedFile;

export const isFailed = (e: SummaryEntry): e is FailedFile => 'error' in e;

export type Counts = Record<Severity, number>;

const zero = (): Counts => ({ error: 0, warning: 0, info: 0 });

/** Findings counted by severity, in total and for each kind of KINDS. */
export function countsByKind(findings: readonly Finding[]): { total: Counts; byKind: Record<CheckKind, Counts> } {
  const total = zero();
  const byKind = Object.fromEntries(KINDS.map(({ kind }) => [kind, zero()])) as Record<CheckKind, Counts>;
  for (const f of findings) {
    total[f.severity]++;
    (byKind[f.kind] ??= zero())[f.severity]++;
  }
  return { total, byKind };
}

export const yearText = (year: YearInference) => (year.year === undefined ? '无法判断' : `${year.year}年度`);

export const partNames = (parts: readonly PartStatus[], present: boolean) =>
  parts.filter((p) => p.present === present).map((p) => p.part.name);

/** 齐全, 缺 N 项, or 未知 where the report's kind (and so its parts) is not known. */
export function partsVerdict(parts: readonly PartStatus[]): string {
  if (parts.length === 0) return '无法判断';
  const missing = parts.filter((p) => !p.present).length;
  return missing === 0 ? '齐全' : `缺 ${missing} 项`;
}
