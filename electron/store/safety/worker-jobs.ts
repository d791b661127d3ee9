// The slow safety work, off the main thread: PRAGMA quick_check and compact
// copies (VACUUM INTO) on a worker thread with its own read-only
// better-sqlite3 connection, so the window and every query stay responsive
// while a large library is checked or backed up. The worker's code is a
// string (no file to find inside the packaged app); better-sqlite3 is handed
// to it by its resolved path. Should a worker not start, the job runs here.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import Sqlite from 'better-sqlite3';

export type Job = { op: 'check'; file: string; check: 'quick_check' | 'integrity_check' } | { op: 'vacuum-into'; file: string; target: string };

type Reply = { ok: true; problems: string[] } | { ok: false; code: string; message: string };

/** The worker: runJob below, as plain JavaScript (kept the same as it). */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const Sqlite = require(workerData.sqlite);
const job = workerData.job;
function run() {
  try {
    const db = new Sqlite(job.file, { readonly: true, fileMustExist: true });
    try {
      if (job.op === 'check') {
        const rows = db.pragma(job.check + '(20)');
        return { ok: true, problems: rows.map((r) => String(Object.values(r)[0] ?? '')).filter((m) => m !== 'ok') };
      }
      db.prepare('VACUUM INTO ?').run(job.target);
    } finally {
      db.close();
    }
    const fd = fs.openSync(job.target, 'r+');
    try { fs.fsyncSync(fd); } finally { fs.closeSync(fd); }
    return { ok: true, problems: [] };
  } catch (e) {
    return { ok: false, code: typeof e.code === 'string' ? e.code : '', message: String(e.message ?? e) };
  }
}
parentPort.postMessage(run());
`;

/** The job on this thread, for when no worker starts. */
function runJob(Db: typeof Sqlite, fsm: typeof import('node:fs'), job: Job): Reply {
  try {
    const db = new Db(job.file, { readonly: true, fileMustExist: true });
    try {
      if (job.op === 'check') {
        const rows = db.pragma(`${job.check}(20)`) as Record<string, string>[];
        return { ok: true, problems: rows.map((r) => String(Object.values(r)[0] ?? '')).filter((m) => m !== 'ok') };
      }
      db.prepare('VACUUM INTO ?').run(job.target);
    } finally {
      db.close();
    }
    const fd = fsm.openSync(job.target, 'r+');
    try {
      fsm.fsyncSync(fd);
    } finally {
      fsm.closeSync(fd);
    }
    return { ok: true, problems: [] };
  } catch (error) {
    const e = error as { code?: unknown; message?: unknown };
    return { ok: false, code: typeof e.code === 'string' ? e.code : '', message: String(e.message ?? error) };
  }
}

const sqlitePath = (): string => createRequire(__filename).resolve('better-sqlite3');

async function runJobFs(job: Job): Promise<Reply> {
  return runJob(Sqlite, await import('node:fs'), job);
}

function inWorker(job: Job): Promise<Reply> {
  return new Promise<Reply>((resolve) => {
    let settled = false;
    let worker: Worker;
    try {
      worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { sqlite: sqlitePath(), job } });
    } catch {
      void runJobFs(job).then(resolve);
      return;
    }
    worker.once('message', (reply: Reply) => {
      settled = true;
      resolve(reply);
    });
    worker.once('error', () => {
      if (!settled) void runJobFs(job).then(resolve);
      settled = true;
    });
    worker.once('exit', () => {
      if (!settled) void runJobFs(job).then(resolve);
      settled = true;
    });
  });
}

function failure(reply: { code: string; message: string }): Error {
  return Object.assign(new Error(reply.message), { code: reply.code });
}

/** The problems the check finds (empty when sound); a failure to read the file rejects with its SQLite code. */
export async function checkOffThread(file: string, check: 'quick_check' | 'integrity_check' = 'quick_check'): Promise<string[]> {
  const reply = await inWorker({ op: 'check', file, check });
  if (!reply.ok) throw failure(reply);
  return reply.problems;
}

/** A compact, consistent copy of the database at `target` (VACUUM INTO), flushed to disk. */
export async function vacuumIntoOffThread(file: string, target: string): Promise<void> {
  const reply = await inWorker({ op: 'vacuum-into', file, target });
  if (!reply.ok) throw failure(reply);
}
