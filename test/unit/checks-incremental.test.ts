// The incremental checker against a check from scratch, over seeded random
// edit sequences: after any edit (typing, deleting, splitting, inserting,
// removing, moving and re-levelling blocks, changing the year), and whether
// the run went through `warm` in slices of any size or not, its findings and
// report year are exactly those of a full check. A failure names its seed
// and step, so it can be replayed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDraft, createChecker } from '../../shared/checks';
import { block, blockText, type DraftMetadata, type HeadingLevel, type ReportBlock, type ReportContent } from '../../shared/model';
import { guessMetadata, recognizeText } from '../../shared/recognize';
import { ENV } from '../support/check-content';
import { makeLongReport } from '../support/long-report';

const township = recognizeText(readFileSync(path.resolve(import.meta.dirname, '../fixtures/import/township-annual-2023.txt'), 'utf8'));

/** mulberry32: a small seeded generator, so every sequence can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pieces a clerk types that the rules care about: punctuation of both widths, years, leads, numbers, spaces, misused words. */
const PIECES = ['，', ',', '。', '.', '2022年', '2023年', '二〇二三年', '23年', '一是', '二是', '三是', '首先', '12.5%', '12.5％', '三十', ' ', '　', '（', '(', '）', '布署', '工作', '依法行政', '“', '"', '；', '一、', '（一）', '1.', '附件：'];

const textEdit = (b: ReportBlock, text: string): ReportBlock => ({ ...b, children: [{ text }] }) as ReportBlock;

type Edit = (content: ReportContent, next: () => number, pick: <T>(xs: readonly T[]) => T) => ReportContent;

const textBlocks = (content: ReportContent) => content.flatMap((b, i) => (b.type === 'table' || b.type === 'image' || b.type === 'omitted' ? [] : [i]));

const EDITS: readonly Edit[] = [
  // Type a piece somewhere in a block.
  (c, next, pick) => {
    const i = pick(textBlocks(c));
    const text = blockText(c[i]!);
    const at = Math.floor(next() * (text.length + 1));
    return c.map((b, k) => (k === i ? textEdit(b, text.slice(0, at) + pick(PIECES) + text.slice(at)) : b));
  },
  // Delete a few characters.
  (c, next, pick) => {
    const i = pick(textBlocks(c));
    const text = blockText(c[i]!);
    const at = Math.floor(next() * text.length);
    return c.map((b, k) => (k === i ? textEdit(b, text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 4))) : b));
  },
  // Split a paragraph (Enter).
  (c, next, pick) => {
    const i = pick(textBlocks(c));
    const text = blockText(c[i]!);
    const at = Math.floor(next() * (text.length + 1));
    return [...c.slice(0, i), textEdit(c[i]!, text.slice(0, at)), block('paragraph', text.slice(at), {}), ...c.slice(i + 1)];
  },
  // Insert a heading or a paragraph.
  (c, next, pick) => {
    const i = Math.floor(next() * (c.length + 1));
    const added = next() < 0.5 ? block('heading', pick(['工作成效', '存在问题', '下一步打算', '2022年主要工作']), { level: pick([1, 2, 3] as HeadingLevel[]) }) : block('paragraph', pick(PIECES) + '加强法治建设。', {});
    return [...c.slice(0, i), added, ...c.slice(i)];
  },
  // Remove a block.
  (c, next) => (c.length > 3 ? c.filter((_, k) => k !== 1 + Math.floor(next() * (c.length - 1))) : c),
  // Move a block elsewhere (the same object, as Slate moves it).
  (c, next) => {
    const from = Math.floor(next() * c.length);
    const rest = c.filter((_, k) => k !== from);
    const to = Math.floor(next() * (rest.length + 1));
    return [...rest.slice(0, to), c[from]!, ...rest.slice(to)];
  },
  // Change a heading's level.
  (c, _next, pick) => {
    const headings = c.flatMap((b, i) => (b.type === 'heading' ? [i] : []));
    if (headings.length === 0) return c;
    const i = pick(headings);
    return c.map((b, k) => (k === i && b.type === 'heading' ? { ...b, level: pick([1, 2, 3, 4] as HeadingLevel[]) } : b));
  },
];

function run(seed: number, start: ReportContent, steps: number): void {
  const next = random(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const checker = createChecker();
  let content = start;
  let metadata: Partial<DraftMetadata> = guessMetadata(start);
  for (let step = 0; step < steps; step++) {
    content = pick(EDITS)(content, next, pick);
    if (next() < 0.05) metadata = { ...metadata, year: pick([2022, 2023, 2024]) };
    if (next() < 0.5) {
      // As the editor does: some slices of block work first (possibly not all), then the run.
      let budget = Math.floor(next() * 20);
      checker.warm(content, metadata, () => budget-- > 0, undefined, ENV);
    }
    const incremental = checker.check(content, metadata, undefined, ENV);
    const full = checkDraft(content, metadata, undefined, ENV);
    expect(incremental, `seed ${seed}, step ${step}`).toEqual(full);
  }
}

describe('the incremental checker over random edits', () => {
  it('finds what a full check finds after every edit (township report, 10 seeds)', () => {
    for (let seed = 1; seed <= 10; seed++) run(seed, township, 40);
  });

  it('finds what a full check finds on a long mixed report', () => {
    const { content } = makeLongReport(20_000, { mixed: true });
    run(2026, content, 25);
  });

  it('checks a draft in slices: every block once, the findings those of a full check', () => {
    const { content, metadata } = makeLongReport(20_000, { mixed: true });
    const checker = createChecker();
    let slices = 0;
    for (;;) {
      slices++;
      let budget = 10;
      if (checker.warm(content, metadata, () => budget-- > 0, undefined, ENV)) break;
    }
    expect(slices).toBeGreaterThan(content.length / 10 - 1);
    expect(checker.check(content, metadata, undefined, ENV)).toEqual(checkDraft(content, metadata, undefined, ENV));
    // Nothing is left to warm, and a changed block is the only one to check again.
    let asked = 0;
    expect(checker.warm(content, metadata, () => ++asked > 0, undefined, ENV)).toBe(true);
    expect(asked).toBe(0);
    const edited = content.map((b, i) => (i === 5 ? textEdit(b, `${blockText(b)},`) : b));
    expect(checker.warm(edited, metadata, () => ++asked > 0, undefined, ENV)).toBe(true);
    expect(asked).toBe(1);
  });
});
