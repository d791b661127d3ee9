// Autosave cost: saving the whole content of a 50,000-character draft, and
// of the same draft with five pictures (issue 13: p95 within 1.2×), as the
// main process does it, the two measured in turn.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ImageBlock, ReportContent, TextBlock } from '../shared/model';
import { makeLongReport } from '../test/support/long-report';
import { appInvoke } from '../test/support/main-ipc';
import { createHandlers } from '../electron/handlers';
import { openDraftStore } from '../electron/store/draft-store';
import { summarize, type Figure } from './measure';

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

type Store = ReturnType<typeof openDraftStore>;

/** The draft with five pictures spread through it, their bytes in the library. */
function withPictures(content: ReportContent, store: Store): ReportContent {
  const out = [...content];
  for (let k = 5; k >= 1; k--) {
    const image: ImageBlock = { type: 'image', picture: store.pictures.add(picture(k)), children: [{ text: `图${k} 工作现场` }] };
    out.splice(Math.floor((out.length * k) / 6), 0, image);
  }
  return out;
}

/**
 * One autosave as the main process does it: the drafts:save request through
 * the sender check and the request validation (ReportContentSchema) to the
 * handler and the store's transaction.
 */
function saver(store: Store, content: ReportContent, metadata: ReturnType<typeof makeLongReport>['metadata']): () => Promise<void> {
  const invoke = appInvoke(createHandlers({ store, chooseExportPath: async () => null }));
  const { id } = store.drafts.create({ title: '报告', template: 'rule-of-law-annual', metadata, content });
  // Prepared outside the timed runs: only the save itself is measured.
  const versions = Array.from({ length: 64 }, (_, run) => withOneChange(content, run));
  let run = 0;
  return async () => {
    const saved = (await invoke('drafts:save', { id, content: versions[run++ % versions.length]! })) as { ok: boolean };
    if (!saved.ok) throw new Error('a bench save failed');
  };
}

const RUNS = 200;
const WARMUP = 10;

export async function benchAutosave(): Promise<Figure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-autosave-'));
  const store = openDraftStore(dir);
  try {
    const { metadata, content } = makeLongReport(50_000);
    const plain = saver(store, content, metadata);
    const pictured = saver(store, withPictures(content, store), metadata);
    // Interleaved, first one then the other in turn: both meet the same disk
    // and the same neighbours on the machine, so their ratio is about the pictures.
    for (let i = 0; i < WARMUP; i++) {
      await plain();
      await pictured();
    }
    const times: [number[], number[]] = [[], []];
    for (let i = 0; i < RUNS; i++) {
      for (const k of i % 2 ? [1, 0] : [0, 1]) {
        const t0 = performance.now();
        await (k ? pictured : plain)();
        times[k]!.push(performance.now() - t0);
      }
    }
    const without = summarize('autosave, 50,000-character draft', times[0]);
    const withFive = summarize('autosave, 50,000-character draft with five pictures', times[1]);
    // Issue 13: p95 within 1.2× of the same draft without pictures.
    const ratio = withFive.p95 / without.p95;
    return [without, { ...withFive, note: `p95 ${ratio.toFixed(2)}× the draft without pictures (${ratio <= 1.2 ? 'within' : 'NOT within'} 1.2×)` }];
  } finally {
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
