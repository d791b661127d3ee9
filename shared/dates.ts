// Dates and times, in one place: the local calendar day of a moment (through
// Intl.DateTimeFormat), whole-day arithmetic, the forms a report and the
// library write them in, and the newest-first order of stamps.

const DAY_MS = 24 * 60 * 60 * 1000;

const PARTS = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The local calendar fields of a moment, zero-padded (year four digits, the rest two). */
export function localParts(d: Date): { year: string; month: string; day: string; hour: string; minute: string; second: string } {
  const parts = PARTS.formatToParts(d);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { year: get('year').padStart(4, '0'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

/** yyyy-mm-dd of a local calendar day. */
export function isoDate(d: Date): string {
  const { year, month, day } = localParts(d);
  return `${year}-${month}-${day}`;
}

/** The ISO date (yyyy-mm-dd) of a calendar day given by its numbers; null when there is no such day (2025-02-30). */
export function isoFromParts(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (year < 1 || year > 9999 || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The ISO date of a day as a clerk types it: 2026年12月2日, 2026-12-02, 2026/12/2,
 * 2026.12.2 or 20261202, full-width digits too; null when it names no day.
 */
export function parseDateText(text: string): string | null {
  const t = text.replace(/[０-９]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\s+/gu, '');
  const m = /^(\d{4})(?:年(\d{1,2})月(\d{1,2})日?|[-/.．](\d{1,2})[-/.．](\d{1,2})|(\d{2})(\d{2}))$/u.exec(t);
  if (!m) return null;
  const month = Number(m[2] ?? m[4] ?? m[6]);
  const day = Number(m[3] ?? m[5] ?? m[7]);
  return isoFromParts(Number(m[1]), month, day);
}

/** yyyymmdd of a local calendar day (文稿库-20260301). */
export function compactDate(d: Date): string {
  return isoDate(d).replace(/-/gu, '');
}

/** yyyymmdd-hhmmss in local time, for file names. */
export function compactDateTime(d: Date): string {
  const { hour, minute, second } = localParts(d);
  return `${compactDate(d)}-${hour}${minute}${second}`;
}

/** 2024-03-01 → 2024年3月1日 (成文日期). */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`not an ISO date: ${iso}`);
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}

/** A moment as the library and 历史版本 show it, to the second: 2026年3月1日 09:30:05, local time, whatever the system's locale. */
export function chineseDateTime(iso: string): string {
  const { year, month, day, hour, minute, second } = localParts(new Date(iso));
  return `${Number(year)}年${Number(month)}月${Number(day)}日 ${hour}:${minute}:${second}`;
}

/** The local calendar day of a moment as a whole number of days (1970-01-01 is 0). */
export function localDay(d: Date): number {
  return isoDay(isoDate(d));
}

/** The day of an ISO date (yyyy-mm-dd) as a whole number of days (1970-01-01 is 0). */
export function isoDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/** Weeks start on Monday: the week of a day number (1970-01-01 was a Thursday). */
export function weekOf(day: number): number {
  return Math.floor((day + 3) / 7);
}

/** Whole calendar days from `today` (local day) to the ISO date; negative when past. */
export function daysUntil(iso: string, today: Date): number {
  return isoDay(iso) - localDay(today);
}

/** Orders by an ISO 8601 stamp (which sorts as text), newest first. */
export function newestFirst<T>(stamp: (x: T) => string): (a: T, b: T) => number {
  return (a, b) => {
    const x = stamp(a);
    const y = stamp(b);
    return x < y ? 1 : x > y ? -1 : 0;
  };
}

/**
 * The year an annual report written on this day is about: from September on,
 * the current year (year-end summaries); before that, the year just ended.
 */
export function reportYearFor(today: Date): number {
  return today.getMonth() >= 8 ? today.getFullYear() : today.getFullYear() - 1;
}

/** A report year as typed in a form: four digits within a sensible range. */
export function isReportYear(text: string): boolean {
  return /^\d{4}$/u.test(text) && Number(text) >= 2000 && Number(text) <= 2100;
}
