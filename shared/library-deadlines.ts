// Days to a report's deadlines. An annual report about year Y is due to the
// superior office by 1 March of Y+1 and published by 1 April of Y+1 (the
// rule-of-law reporting rules); a template may carry its own deadlines.

export interface Deadline {
  kind: 'submission' | 'publication';
  /** 报送 or 公开, for the library column. */
  label: string;
  /** yyyy-mm-dd. */
  date: string;
  /** Whole days from today to the date; negative once it has passed. */
  days: number;
}

/** A deadline rule: month and day in the year after the report's year. */
export interface DeadlineRule {
  kind: Deadline['kind'];
  label: string;
  month: number;
  day: number;
}

export const DEFAULT_DEADLINE_RULES: readonly DeadlineRule[] = [
  { kind: 'submission', label: '报送', month: 3, day: 1 },
  { kind: 'publication', label: '公开', month: 4, day: 1 },
];

const pad = (n: number) => String(n).padStart(2, '0');

/** Calendar days from the local date `today` to yyyy-mm-dd `date`. */
export function daysUntil(today: Date, date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const from = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((Date.UTC(y, m - 1, d) - from) / 86_400_000);
}

/** The deadlines of a report about `year`, soonest first. */
export function deadlinesFor(year: number, today: Date, rules: readonly DeadlineRule[] = DEFAULT_DEADLINE_RULES): Deadline[] {
  return rules
    .map((r) => {
      const date = `${year + 1}-${pad(r.month)}-${pad(r.day)}`;
      return { kind: r.kind, label: r.label, date, days: daysUntil(today, date) };
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The library's words for the next deadline: 距报送截止还有 5 天 / 今天报送截止 / 已过公开截止 3 天. */
export function describeDeadline(deadlines: readonly Deadline[]): string {
  const next = deadlines.find((d) => d.days >= 0);
  if (next) return next.days === 0 ? `今天${next.label}截止` : `距${next.label}截止还有 ${next.days} 天`;
  const last = deadlines.at(-1);
  return last ? `已过${last.label}截止 ${-last.days} 天` : '';
}
