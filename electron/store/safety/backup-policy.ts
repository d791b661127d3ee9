// Which backups to keep (pure): the newest of each of the last 7 days and of
// each of the last 4 weeks for the rolling (daily and manual) backups; the
// newest few of the backups made before a migration or a restore.
import type { BackupInfo, BackupKind } from '../../../shared/library';

export const KEEP_DAYS = 7;
export const KEEP_WEEKS = 4;
const KEEP_SAFETY: Record<Exclude<BackupKind, 'daily' | 'manual'>, number> = { 'before-migration': 3, 'before-restore': 5 };

const DAY = 86_400_000;

/** Local midnight of the day of t, as a number of days. */
function dayNumber(t: Date): number {
  return Math.floor(Date.UTC(t.getFullYear(), t.getMonth(), t.getDate()) / DAY);
}

/** Weeks start on Monday; 1970-01-01 was a Thursday. */
function weekNumber(t: Date): number {
  return Math.floor((dayNumber(t) + 3) / 7);
}

/** The backups to delete; `backups` may be in any order. */
export function backupsToPrune(backups: readonly BackupInfo[], now: Date): BackupInfo[] {
  const newestFirst = [...backups].sort((a, b) => (a.created < b.created ? 1 : a.created > b.created ? -1 : 0));
  const keep = new Set<string>();
  const today = dayNumber(now);
  const thisWeek = weekNumber(now);
  const days = new Set<number>();
  const weeks = new Set<number>();
  const safety = new Map<BackupKind, number>();
  for (const b of newestFirst) {
    const t = new Date(b.created);
    if (b.kind === 'daily' || b.kind === 'manual') {
      const day = dayNumber(t);
      const week = weekNumber(t);
      if (day > today - KEEP_DAYS && !days.has(day)) {
        days.add(day);
        keep.add(b.name);
      }
      if (week > thisWeek - KEEP_WEEKS && !weeks.has(week)) {
        weeks.add(week);
        keep.add(b.name);
      }
    } else {
      const n = safety.get(b.kind) ?? 0;
      if (n < KEEP_SAFETY[b.kind]) keep.add(b.name);
      safety.set(b.kind, n + 1);
    }
  }
  // The newest backup is kept whatever its age: it may be the only good one.
  if (newestFirst[0]) keep.add(newestFirst[0].name);
  return newestFirst.filter((b) => !keep.has(b.name));
}
