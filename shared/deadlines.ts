// Days to a draft's due dates, worked out once per list: the draft's own
// deadlines, else its template's, else the rule-of-law defaults (报送 by
// 1 March and 公开 by 1 April of the year after the report's year).
import { daysUntil } from './dates';
import type { Deadline } from './model';
import { templateDeadlines, type TemplateDeadline } from './template';

export type DatedDeadline = Deadline & { days: number };

export const DEFAULT_DEADLINES: readonly TemplateDeadline[] = [
  { label: '报送', month: 3, day: 1 },
  { label: '公开', month: 4, day: 1 },
];

/** Each deadline with whole days from today (negative once past), soonest first. */
export function datedDeadlines(list: readonly Deadline[] | null | undefined, today: Date): DatedDeadline[] {
  return (list ?? []).map((d) => ({ ...d, days: daysUntil(d.date, today) })).sort((a, b) => a.days - b.days);
}

/** A library entry's deadlines: its own, else its template's or the defaults for its year; soonest first. */
export function entryDeadlines(
  own: readonly Deadline[] | null | undefined,
  year: number | null,
  template: readonly TemplateDeadline[] | null,
  today: Date,
): DatedDeadline[] {
  const list: readonly Deadline[] =
    own && own.length ? own : year === null ? [] : templateDeadlines(template && template.length ? template : DEFAULT_DEADLINES, year);
  return datedDeadlines(list, today);
}

/** Of deadlines soonest first, the first not yet past; the last one when all are past; null when there are none. */
export function nextDeadline(dated: readonly DatedDeadline[]): DatedDeadline | null {
  return dated.find((d) => d.days >= 0) ?? dated.at(-1) ?? null;
}

/** Days to the first deadline not yet past; Infinity when all are past or there are none. */
export function daysToNextDeadline(dated: readonly DatedDeadline[]): number {
  return dated.find((d) => d.days >= 0)?.days ?? Number.POSITIVE_INFINITY;
}

/** 距报送截止还有 12 天 / 今天报送截止 / 报送已逾期 3 天. */
export function deadlineText(d: DatedDeadline): string {
  if (d.days > 0) return `距${d.label}截止还有 ${d.days} 天`;
  if (d.days === 0) return `今天${d.label}截止`;
  return `${d.label}已逾期 ${-d.days} 天`;
}
