// What killed backups leave behind (full-size *.partial copies, their
// -journal files, a restore's .restoring copy) is swept when the library opens
// and before each backup, once untouched for a minute; a backup being written
// right now, and every real backup, is left alone.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/store/database';
import { backupDir, listBackups, STALE_AFTER_MS, sweepStaleBackupFiles } from '../../electron/store/safety/backups';
import { openLibrary } from '../../electron/store/open-library';
import { newDraft, tempDirs } from '../support/library-fixtures';

const temp = tempDirs('store-leftovers-');
afterEach(() => temp.cleanup());

const NOW = Date.parse('2026-03-02T09:00:00.000Z');

/** Files as killed backups leave them, `ageMs` old, in the backups folder and the data folder. */
function leftovers(dir: string, ageMs: number, tag: string): string[] {
  fs.mkdirSync(backupDir(dir), { recursive: true });
  const files = [
    path.join(backupDir(dir), `drafts-20260301T0800000${tag}Z-daily.sqlite3.partial`),
    path.join(backupDir(dir), `drafts-20260301T0800000${tag}Z-daily.sqlite3.partial-journal`),
    path.join(backupDir(dir), `drafts-20260301T0900000${tag}Z-manual.sqlite3-journal`),
  ];
  if (tag === '1') files.push(path.join(dir, `${DATABASE_FILE}.restoring`));
  const at = new Date(NOW - ageMs);
  for (const f of files) {
    fs.writeFileSync(f, Buffer.alloc(64 * 1024, 7));
    fs.utimesSync(f, at, at);
  }
  return files;
}

describe('leftovers of killed backups', () => {
  it('are swept when the library opens, except those still being written', async () => {
    const dir = temp.make();
    const { store } = await openLibrary(dir, { now: () => new Date(NOW - 86_400_000) });
    store.drafts.create(newDraft('甲报告'));
    store.close();
    const real = listBackups(dir).map((b) => b.name);
    const stale = leftovers(dir, 2 * STALE_AFTER_MS, '1');
    const live = leftovers(dir, 1_000, '2');
    const { store: reopened } = await openLibrary(dir, { now: () => new Date(NOW) });
    reopened.close();
    for (const f of stale) expect(fs.existsSync(f), f).toBe(false);
    for (const f of live) expect(fs.existsSync(f), f).toBe(true);
    for (const name of real) expect(fs.existsSync(path.join(backupDir(dir), name))).toBe(true);
  });

  it('are swept before each backup', async () => {
    const dir = temp.make();
    const { store } = await openLibrary(dir, { now: () => new Date(NOW) });
    const stale = leftovers(dir, 10 * STALE_AFTER_MS, '1');
    await store.backups.create('manual');
    store.close();
    for (const f of stale) expect(fs.existsSync(f), f).toBe(false);
    expect(fs.readdirSync(backupDir(dir)).filter((n) => !n.endsWith('.sqlite3'))).toEqual([]);
  });

  it('the sweep touches nothing else, and says how much it removed', () => {
    const dir = temp.make();
    const stale = leftovers(dir, 2 * STALE_AFTER_MS, '1');
    const others = [path.join(backupDir(dir), 'notes.txt'), path.join(dir, `${DATABASE_FILE}-journal`), path.join(dir, DATABASE_FILE)];
    for (const f of others) {
      fs.writeFileSync(f, 'x');
      fs.utimesSync(f, new Date(0), new Date(0));
    }
    expect(sweepStaleBackupFiles(dir, new Date(NOW))).toBe(stale.length);
    for (const f of others) expect(fs.existsSync(f)).toBe(true);
    expect(sweepStaleBackupFiles(temp.make(), new Date(NOW))).toBe(0);
  });
});
