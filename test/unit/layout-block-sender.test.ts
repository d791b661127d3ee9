// The layout worker is sent only the blocks it does not hold: after any
// sequence of versions — blocks edited, inserted, removed, moved, and old
// block objects coming back (as an undo brings them) — the worker's content is
// the editor's, and an unchanged block is never sent again.
import { describe, expect, it } from 'vitest';
import { block, type ReportBlock } from '../../shared/model';
import { BlockHolder, blockSender } from '../../renderer/editor/pages/page-layout';

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('the blocks sent to the layout worker', () => {
  it('rebuild the editor content in the worker after any sequence of versions', () => {
    const next = random(7);
    const send = blockSender();
    const worker = new BlockHolder();
    let content: ReportBlock[] = Array.from({ length: 30 }, (_, i) => block('paragraph', `段落${i}`, {}));
    const seen: ReportBlock[] = [...content];
    for (let step = 0; step < 300; step++) {
      const i = Math.floor(next() * content.length);
      const r = next();
      if (r < 0.4) content = content.map((b, k) => (k === i ? block('paragraph', `段落${step}`, {}) : b));
      else if (r < 0.55) content = [...content.slice(0, i), block('paragraph', `新${step}`, {}), ...content.slice(i)];
      else if (r < 0.7 && content.length > 2) content = content.filter((_, k) => k !== i);
      else if (r < 0.85) content = [...content.slice(i), ...content.slice(0, i)];
      else content = content.map((b, k) => (k === i ? seen[Math.floor(next() * seen.length)]! : b));
      seen.push(...content);
      const request = send.request(content);
      expect(worker.take(structuredClone(request)), `step ${step}`).toEqual(content);
    }
  });

  it('sends a block once while the worker holds it, and again after a failed request', () => {
    const send = blockSender();
    const a = block('paragraph', '甲', {});
    const b = block('paragraph', '乙', {});
    expect(send.request([a, b]).blocks).toHaveLength(2);
    const c = block('paragraph', '丙', {});
    expect(send.request([a, c, b]).blocks.map(([, x]) => x)).toEqual([c]);
    send.reset();
    expect(send.request([a, c, b]).blocks).toHaveLength(3);
  });

  it('refuses a request naming a block the worker does not hold', () => {
    expect(() => new BlockHolder().take({ order: [1], blocks: [] })).toThrow(/does not hold/);
  });
});
