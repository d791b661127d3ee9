// Change stamps: ISO 8601 UTC with milliseconds, which sort as text.

/** The clock's time, or 1 ms after `last` if the clock has not moved past it. */
export function nextStamp(now: Date, last: string | null): string {
  const lastMs = last === null ? Number.NEGATIVE_INFINITY : Date.parse(last);
  const ms = Number.isNaN(lastMs) ? now.getTime() : Math.max(now.getTime(), lastMs + 1);
  return new Date(ms).toISOString();
}
