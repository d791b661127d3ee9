// Days left until a draft's due dates.
import type { Deadline } from './model';

const DAY_MS = 24 * 60 * 60 * 1000;

function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/** Whole calendar days from `today` (local day) to the ISO date; negative when past. */
export function daysUntil(iso: string, today: Date): number {
  return dayNumber(iso) - Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()) / DAY_MS;
}

/** The first deadline not yet past, with its days left; the last one when all are past. */
export function nextDeadline(deadlines: readonly Deadline[] | undefined, today: Date): (Deadline & { days: number }) | null {
  if (!deadlines?.length) return null;
  const withDays = deadlines.map((d) => ({ ...d, days: daysUntil(d.date, today) })).sort((a, b) => a.days - b.days);
  return withDays.find((d) => d.days >= 0) ?? withDays[withDays.length - 1]!;
}

/** 距报送截止还有 12 天 / 今天报送截止 / 报送已逾期 3 天. */
export function deadlineText(d: Deadline & { days: number }): string {
  if (d.days > 0) return `距${d.label}截止还有 ${d.days} 天`;
  if (d.days === 0) return `今天${d.label}截止`;
  return `${d.label}已逾期 ${-d.days} 天`;
}
