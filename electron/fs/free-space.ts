// How much room is left on the disk holding a folder, for messages that say
// what to free. Null when the system cannot tell.
import fs from 'node:fs';
import path from 'node:path';

/** Below this, SQLite cannot make its shared-memory file or grow its log: the disk counts as full. */
export const LOW_SPACE_BYTES = 1024 * 1024;

export function freeBytes(folder: string): number | null {
  let dir = path.resolve(folder);
  while (!fs.existsSync(dir) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  try {
    const s = fs.statfsSync(dir);
    return s.bavail * s.bsize;
  } catch {
    return null;
  }
}

/** A size as the clerk reads it: 350 KB, 12.5 MB, 1.2 GB. */
export function readableSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(0, Math.round(bytes / 1024))} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(1)} GB`;
}
