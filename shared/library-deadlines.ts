// Days to a draft's deadlines for the library: the draft's own deadlines,
// else its template's, else the rule-of-law defaults (报送 by 1 March and 公开
// by 1 April of the year after the report's year).
import { daysUntil } from './deadlines';
import type { Deadline } from './model';
import { templateDeadlines, type TemplateDeadline } from './template';

export type DatedDeadline = Deadline & { days: number };

export const DEFAULT_DEADLINES: readonly TemplateDeadline[] = [
  { label: '报送', month: 3, day: 1 },
  { label: '公开', month: 4, day: 1 },
];

/** Soonest first, each with whole days from today (negative once past). */
export function entryDeadlines(
  own: readonly Deadline[] | null | undefined,
  year: number | null,
  template: readonly TemplateDeadline[] | null,
  today: Date,
): DatedDeadline[] {
  const list: readonly Deadline[] =
    own && own.length ? own : year === null ? [] : templateDeadlines(template && template.length ? template : DEFAULT_DEADLINES, year);
  return list.map((d) => ({ ...d, days: daysUntil(d.date, today) })).sort((a, b) => a.days - b.days);
}

/** Days to the first deadline not yet past; Infinity when all are past or there are none. */
export function daysToNextDeadline(deadlines: readonly DatedDeadline[]): number {
  return deadlines.find((d) => d.days >= 0)?.days ?? Number.POSITIVE_INFINITY;
}
