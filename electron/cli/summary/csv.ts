// The check summary as CSV for Excel or WPS 表格: UTF-8 with a byte order mark
// (so Chinese shows without choosing an encoding), CRLF, one row per file.
import { KINDS, SEVERITY_LABEL, type Severity } from '../../../shared/checks';
import { countsByKind, isFailed, partNames, partsVerdict, yearText, type SummaryEntry } from './rows';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** A CSV field, quoted where needed; a leading = + - @ is kept text, not a formula. */
function field(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@]/u.test(text)) text = `'${text}`;
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

export function summaryCsv(entries: readonly SummaryEntry[]): string {
  const head = [
    '文件', '标题', '报告年度', '必备部分', '已有部分', '缺少部分',
    ...SEVERITIES.map((s) => SEVERITY_LABEL[s]),
    ...KINDS.flatMap(({ label }) => SEVERITIES.map((s) => `${label}${SEVERITY_LABEL[s]}`)),
    '说明',
  ];
  const rows = entries.map((e) => {
    if (isFailed(e)) return [e.file, '', '', '', '', '', ...SEVERITIES.map(() => ''), ...KINDS.flatMap(() => SEVERITIES.map(() => '')), `无法检查：${e.error}`];
    const { total, byKind } = countsByKind(e.findings);
    return [
      e.file, e.title, yearText(e.year), partsVerdict(e.parts), partNames(e.parts, true).join('；'), partNames(e.parts, false).join('；'),
      ...SEVERITIES.map((s) => total[s]),
      ...KINDS.flatMap(({ kind }) => SEVERITIES.map((s) => byKind[kind][s])),
      e.year.explanation,
    ];
  });
  return `\ufeff${[head, ...rows].map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}
