// Autosave cost: saving the whole content of a 50,000-character draft.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ImageBlock, ReportContent, TextBlock } from '../shared/model';
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

/** A PNG of about `bytes` bytes (a real header, filler after it), different for each seed. */
function picture(seed: number, bytes = 1_500_000): Uint8Array {
  const png = new Uint8Array(bytes);
  png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0x07, 0x80, 0, 0, 0x04, 0x38]);
  for (let i = 24; i < bytes; i++) png[i] = (i * 31 + seed * 97) & 0xff;
  return png;
}

/** The draft with five pictures spread through it, their bytes in the library. */
function withPictures(content: ReportContent, store: ReturnType<typeof openDraftStore>): ReportContent {
  const out = [...content];
  for (let k = 5; k >= 1; k--) {
    const image: ImageBlock = { type: 'image', picture: store.pictures.add(picture(k)), children: [{ text: `图${k} 工作现场` }] };
    out.splice(Math.floor((out.length * k) / 6), 0, image);
  }
  return out;
}

async function autosaveFigure(name: string, store: ReturnType<typeof openDraftStore>, content: ReportContent, metadata: ReturnType<typeof makeLongReport>['metadata']): Promise<Figure> {
  const { id } = store.drafts.create({ title: '报告', template: 'rule-of-law-annual', metadata, content });
  // Prepared outside the timed runs: only the save itself is measured.
  const versions = Array.from({ length: 64 }, (_, run) => withOneChange(content, run));
  let run = 0;
  // 100 runs: p95 is a real percentile, not the slowest of a few fsyncs.
  return measure(
    name,
    () => {
      store.drafts.saveContent(id, versions[run++ % versions.length]!);
    },
    { runs: 100, warmup: 5 },
  );
}

export async function benchAutosave(): Promise<Figure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-autosave-'));
  const store = openDraftStore(dir);
  try {
    const { metadata, content } = makeLongReport(50_000);
    const plain = await autosaveFigure('autosave, 50,000-character draft', store, content, metadata);
    const pictures = await autosaveFigure('autosave, 50,000-character draft with five pictures', store, withPictures(content, store), metadata);
    // Issue 13: within 1.2× of the same draft without pictures.
    return [plain, { ...pictures, peer: { name: 'without pictures', median: plain.median, p95: plain.p95 } }];
  } finally {
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
