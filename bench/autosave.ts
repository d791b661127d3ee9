// Autosave cost: saving the whole content of a 50,000-character draft.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ReportContent, TextBlock } from '../shared/model';
import { makeLongReport } from '../test/support/long-report';
import { openDraftStore } from '../electron/store/draft-store';
import { measure, type Figure } from './measure';

/** A copy of content with one character of a paragraph replaced, different for each run. */
function withOneChange(content: ReportContent, run: number): ReportContent {
  const copy = structuredClone(content);
  const i = 1 + (run % (copy.length - 1));
  const child = (copy[i] as TextBlock).children[0]!;
  const at = run % child.text.length;
  child.text = child.text.slice(0, at) + (run % 2 ? '改' : '修') + child.text.slice(at + 1);
  return copy;
}

export async function benchAutosave(): Promise<Figure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-autosave-'));
  const store = openDraftStore(dir);
  try {
    const { title, metadata, content } = makeLongReport(50_000);
    const { id } = store.drafts.create({ title, template: 'rule-of-law-annual', metadata, content });
    // Prepared outside the timed runs: only the save itself is measured.
    const versions = Array.from({ length: 64 }, (_, run) => withOneChange(content, run));
    let run = 0;
    // 100 runs: p95 is a real percentile, not the slowest of a few fsyncs.
    const figure = await measure(
      'autosave, 50,000-character draft',
      () => {
        store.drafts.saveContent(id, versions[run++ % versions.length]!);
      },
      { runs: 100, warmup: 5 },
    );
    return [figure];
  } finally {
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
