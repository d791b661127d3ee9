// Which backups to keep (pure): the newest of each of the last 7 days and of
// each of the last 4 weeks for the rolling (daily and manual) backups; the
// newest few of the backups made before a migration or a restore.
import { localDay, newestFirst, weekOf } from '../../../shared/dates';
import type { BackupInfo, BackupKind } from '../../../shared/library';

export const KEEP_DAYS = 7;
export const KEEP_WEEKS = 4;
const KEEP_SAFETY: Record<Exclude<BackupKind, 'daily' | 'manual'>, number> = { 'before-migration': 3, 'before-restore': 5 };

/** Backups, newest first (also the order listBackups gives). */
export const byNewest = newestFirst((b: BackupInfo) => b.created);

/** The backups to delete; `backups` may be in any order. */
export function backupsToPrune(backups: readonly BackupInfo[], now: Date): BackupInfo[] {
  const newest = [...backups].sort(byNewest);
  const keep = new Set<string>();
  const today = localDay(now);
  const thisWeek = weekOf(today);
  const days = new Set<number>();
  const weeks = new Set<number>();
  const safety = new Map<BackupKind, number>();
  for (const b of newest) {
    const t = new Date(b.created);
    if (b.kind === 'daily' || b.kind === 'manual') {
      const day = localDay(t);
      const week = weekOf(day);
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
  if (newest[0]) keep.add(newest[0].name);
  return newest.filter((b) => !keep.has(b.name));
}
