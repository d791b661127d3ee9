// The library's figures beside bench/autosave.ts (which times the save itself,
// search index and automatic versions included): opening a 50,000-character
// draft, saving after Enter near its top (the search index moves the blocks
// below without re-indexing them), and searching across 500 drafts. Targets:
// open < 100 ms, search < 50 ms.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDraftStore } from '../electron/store/draft-store';
import { block, contentTitle } from '../shared/model';
import { chineseText, makeLongReport } from '../test/support/long-report';
import { measure, type Figure } from './measure';

const DRAFTS = 500;

export async function benchLibrary(): Promise<Figure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-library-'));
  const store = openDraftStore(dir);
  try {
    const long = makeLongReport(50_000);
    const { id } = store.drafts.create({ title: long.title, template: 'rule-of-law-annual', metadata: long.metadata, content: long.content });
    const open = await measure('open 50,000-character draft', () => store.drafts.get(id), { runs: 30, warmup: 3 });
    const withBreak = [...long.content.slice(0, 3), block('paragraph', '', {}), ...long.content.slice(3)];
    let broken = false;
    const enter = await measure(
      `save after Enter near the top of a ${long.content.length}-block draft`,
      () => store.drafts.saveContent(id, (broken = !broken) ? withBreak : long.content),
      { runs: 30, warmup: 3 },
    );

    // 500 reports of about 5,000 characters, each with a few words of its own.
    const base = makeLongReport(5_000);
    for (let i = 0; i < DRAFTS; i++) {
      const content = base.content.map((b, j) =>
        b.type === 'paragraph' && b.children[0]!.text ? block('paragraph', chineseText(240, i * 31 + j) + `第${i}号台账`, {}) : b,
      );
      store.drafts.create({ title: `${contentTitle(content)}（${i}）`, template: 'rule-of-law-annual', metadata: base.metadata, content });
    }
    const common = await measure(`search ${DRAFTS} drafts, common phrase`, () => store.library.search('行政复议'), { runs: 20, warmup: 2 });
    const rare = await measure(`search ${DRAFTS} drafts, one draft's words`, () => store.library.search('第377号台账'), { runs: 20, warmup: 2 });
    const short = await measure(`search ${DRAFTS} drafts, two-character word`, () => store.library.search('普法'), { runs: 20, warmup: 2 });
    return [open, enter, common, rare, short];
  } finally {
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
