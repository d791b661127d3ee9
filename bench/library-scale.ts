// The library at the scale a clerk reaches: 2,000 generated drafts of about
// 10,000 characters (ten years of an office's reports). Times opening until
// the list is read (what the window waits for), the check and the day's
// backup that run after it, search warm and cold (a fresh connection each
// run), and the database's size against the text it holds. Targets: list
// shown < 300 ms, search p95 < 50 ms warm (two-character words included),
// database ≤ 2× the text.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { DATABASE_FILE } from '../electron/store/database';
import { openDraftStore } from '../electron/store/draft-store';
import { openLibrary } from '../electron/store/open-library';
import { blockText, block, contentTitle, type ReportContent } from '../shared/model';
import { makeLongReport, mixedText } from '../test/support/long-report';
import { measure, type Figure } from './measure';

const DRAFTS = 2_000;

function seed(dir: string): number {
  const store = openDraftStore(dir);
  let textBytes = 0;
  try {
    const bases = [makeLongReport(10_000), makeLongReport(10_000, { mixed: true })];
    for (let i = 0; i < DRAFTS; i++) {
      const base = bases[i % 2]!;
      // Each draft's paragraphs differ (seeded prose) and carry a number of their own.
      const content: ReportContent = base.content.map((b, j) =>
        b.type === 'paragraph' && blockText(b) ? block('paragraph', mixedText(240, i * 37 + j) + `第${i}号台账`, {}) : b,
      );
      for (const b of content) textBytes += Buffer.byteLength(blockText(b));
      store.drafts.create({ title: `${contentTitle(content)}（${i}）`, template: 'rule-of-law-annual', metadata: base.metadata, content });
    }
  } finally {
    store.close();
  }
  return textBytes;
}

export async function benchLibraryScale(): Promise<Figure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-library-2000-'));
  try {
    const textBytes = seed(dir);
    const file = path.join(dir, DATABASE_FILE);
    const label = `${DRAFTS.toLocaleString('en-US')} drafts`;
    const figures: Figure[] = [];
    figures.push(
      await measure(`open a library of ${label} until its list is read`, async () => {
        const opened = await openLibrary(dir);
        opened.store.library.entries({ trash: false });
        opened.store.close();
      }, { runs: 10, warmup: 1 }),
    );
    const opened = await openLibrary(dir);
    figures.push(await measure(`check after opening, ${label} (worker thread)`, () => opened.check(), { runs: 3, warmup: 0 }));
    figures.push(await measure(`backup, ${label} (VACUUM INTO, worker thread)`, () => opened.store.backups.create('manual'), { runs: 3, warmup: 0 }));
    const queries: [string, string][] = [
      ['common phrase', '行政复议'],
      ['two-character word', '普法'],
      ["one draft's words", '第1377号台账'],
    ];
    for (const [what, q] of queries) {
      figures.push(await measure(`search ${label}, ${what}, warm`, () => opened.store.library.search(q), { runs: 30, warmup: 3 }));
    }
    opened.store.close();
    for (const [what, q] of queries) {
      figures.push(
        await measure(`search ${label}, ${what}, cold (fresh connection)`, () => {
          const s = openDraftStore(dir);
          s.library.search(q);
          s.close();
        }, { runs: 5, warmup: 0 }),
      );
    }
    const db = new Sqlite(file);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const bytes = fs.statSync(file).size;
    const backups = fs.readdirSync(path.join(dir, 'backups')).map((n) => fs.statSync(path.join(dir, 'backups', n)).size);
    console.error(
      `library of ${label}: database ${(bytes / 2 ** 20).toFixed(1)} MiB for ${(textBytes / 2 ** 20).toFixed(1)} MiB of text (${(bytes / textBytes).toFixed(2)}×); ` +
        `newest backup ${(Math.max(...backups) / 2 ** 20).toFixed(1)} MiB`,
    );
    return figures.map((f) => (f.name.startsWith('open') ? { ...f, note: `database ${(bytes / textBytes).toFixed(2)}× the text (${(bytes / 2 ** 20).toFixed(1)} MiB)` } : f));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
