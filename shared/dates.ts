// Dates as a report writes them: Arabic numerals, full year, no leading zeros.

/** yyyy-mm-dd of a local calendar day. */
export function isoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** 2024-03-01 → 2024年3月1日 (成文日期). */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`not an ISO date: ${iso}`);
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}

/**
 * The year an annual report written on this day is about: from September on,
 * the current year (year-end summaries); before that, the year just ended.
 */
export function reportYearFor(today: Date): number {
  return today.getMonth() >= 8 ? today.getFullYear() : today.getFullYear() - 1;
}

/** A moment as the library shows it: 2026年3月1日 09:30, local time. */
export function chineseDateTime(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A report year as typed in a form: four digits within a sensible range. */
export function isReportYear(text: string): boolean {
  return /^\d{4}$/u.test(text) && Number(text) >= 2000 && Number(text) <= 2100;
}
