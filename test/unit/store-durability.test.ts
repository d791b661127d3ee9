// Durability: the process holding the database is killed (SIGKILL) while it
// is saving; on reopening, every edit acknowledged more than a second before
// the kill is there, and PRAGMA integrity_check is ok.
import { spawn } from 'node:child_process';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/store/database';
import { openDraftStore } from '../../electron/store/draft-store';
import { blockText } from '../../shared/model';
import { tempDirs } from '../support/library-fixtures';

const ROOT = path.resolve(import.meta.dirname, '../..');
const temp = tempDirs('store-durability-');
afterEach(() => temp.cleanup());

interface Ack {
  n: number;
  at: number;
}

/** Runs the saving child for `ms` after its first save, then SIGKILLs it; returns its acknowledgements. */
function runAndKill(dir: string, ms: number): Promise<{ acks: Ack[]; killedAt: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'test/support/durability-child.ts'), dir], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acks: Ack[] = [];
    let buffer = '';
    let stderr = '';
    let killedAt = 0;
    let scheduled = false;
    child.stdout.on('data', (chunk: Buffer) => {
      const now = Date.now();
      buffer += chunk.toString('utf8');
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        const m = /^saved (\d+)$/u.exec(line);
        if (m) acks.push({ n: Number(m[1]), at: now });
      }
      // The first chunk may carry several acknowledgements when the machine is busy.
      if (acks.length > 0 && !scheduled) {
        scheduled = true;
        setTimeout(() => {
          killedAt = Date.now();
          child.kill('SIGKILL');
        }, ms);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`child ended by itself (${String(signal)}): ${stderr}`));
      else resolve({ acks, killedAt });
    });
  });
}

describe('durability', () => {
  it('keeps every edit older than one second when the saving process is SIGKILLed', async () => {
    for (let round = 0; round < 2; round++) {
      const dir = temp.make();
      const { acks, killedAt } = await runAndKill(dir, 2000);
      const settled = acks.filter((a) => a.at <= killedAt - 1000);
      expect(settled.length).toBeGreaterThan(5);
      const lastSettled = settled.at(-1)!.n;

      const raw = new Sqlite(path.join(dir, DATABASE_FILE));
      expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
      raw.close();
      const store = openDraftStore(dir);
      const [summary] = store.drafts.list();
      const texts = store.drafts.get(summary!.id).content.map(blockText);
      // Every acknowledged edit up to a second before the kill, in order.
      for (let n = 0; n <= lastSettled; n++) expect(texts[2 + n]).toBe(`第${n}次修改：我局持续推进法治政府建设。`);
      // Nothing newer than the last save the process reported is missing either.
      expect(texts.length - 2).toBeGreaterThanOrEqual(acks.at(-1)!.n + 1);
      // The search index follows the saved text.
      expect(store.library.search(`第${lastSettled}次修改`).length).toBe(1);
      store.close();
    }
  });
});
