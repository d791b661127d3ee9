import fs from 'node:fs';
import Sqlite from 'better-sqlite3';
const src = new Sqlite('/tmp/scale-size/drafts.sqlite3', { readonly: true });
const rows = src.prepare('select id, text from draft_text').all() as { id: number; text: string }[];
const WORD = /[\p{L}\p{N}]+/gu;
function bigrams(text: string): string {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const run = [...m[0]];
    for (let i = 0; i + 1 < run.length; i++) out.push(run[i]! + run[i + 1]!);
    out.push(run.at(-1)!);
  }
  return out.join(' ');
}
for (const [name, ddl, tok] of [
  ['trigram contentless', "create virtual table f using fts5(text, content='', contentless_delete=1, tokenize='trigram')", false],
  ['bigram full', "create virtual table f using fts5(text, content='', contentless_delete=1, tokenize='unicode61')", true],
  ['bigram column', "create virtual table f using fts5(text, content='', contentless_delete=1, tokenize='unicode61', detail=column)", true],
  ['bigram none', "create virtual table f using fts5(text, content='', contentless_delete=1, tokenize='unicode61', detail=none)", true],
] as const) {
  const file = '/tmp/scale-fts.db'; fs.rmSync(file, { force: true });
  const db = new Sqlite(file); db.exec(ddl);
  const ins = db.prepare('insert into f(rowid, text) values (?, ?)');
  const t0 = performance.now();
  db.transaction(() => { for (const r of rows) ins.run(r.id, tok ? bigrams(r.text) : r.text); })();
  const t1 = performance.now();
  db.exec("insert into f(f) values('optimize')");
  const size = (db.prepare("select sum(pgsize) s from dbstat where name like 'f%'").get() as { s: number }).s;
  console.log(name, (size / 1e6).toFixed(2), 'MB', (t1 - t0).toFixed(0), 'ms insert');
  db.close();
}
