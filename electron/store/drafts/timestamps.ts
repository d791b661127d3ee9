// Change stamps: ISO 8601 UTC with milliseconds, which sort as text.

/**
 * How far ahead of the clock a stored stamp may be and still be followed.
 * Stamps step past the clock by a millisecond or two (several saves in one
 * millisecond) or by hours to a day or so when the clock is put back (wrong
 * time zone, AM/PM or day, corrected): then the next save still sorts as the
 * newest. A stamp more than a week ahead means the clock was once set wrong by
 * a month or a year (or a stamp came from elsewhere): following it would put
 * every later save and version in the future too, until that date. So beyond
 * a week the clock wins again: the new stamp may sort before those stray
 * rows, which is the lesser harm.
 */
export const MAX_STAMP_DRIFT_MS = 7 * 24 * 60 * 60 * 1000;

/** The clock's time, or 1 ms after `last` if the clock has not moved past it (see MAX_STAMP_DRIFT_MS). */
export function nextStamp(now: Date, last: string | null): string {
  const lastMs = last === null ? Number.NaN : Date.parse(last);
  const ms = Number.isNaN(lastMs) || lastMs > now.getTime() + MAX_STAMP_DRIFT_MS ? now.getTime() : Math.max(now.getTime(), lastMs + 1);
  return new Date(ms).toISOString();
}

/**
 * A stamp from outside the store (a library file, a backup) as stored here:
 * fixed-width ISO 8601 UTC, and never later than now. Null when it is no time.
 */
export function importedStamp(value: string, now: Date): string | null {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return null;
  return new Date(Math.min(ms, now.getTime())).toISOString();
}
