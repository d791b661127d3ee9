// The incremental checker: after a change only the changed block is checked
// again (an unchanged block's findings are the very objects of the last run),
// blocks that move keep their findings at their new place, and the results
// are always those of a check from scratch — also for the document-wide rules
// (the year, the leads of a section, one way of writing ％).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDraft, createChecker } from '../../shared/checks';
import { blockText, type ReportBlock, type ReportContent } from '../../shared/model';
import { recognizeText } from '../../shared/recognize';
import { guessMetadata } from '../../shared/recognize';
import { ENV, para } from '../support/check-content';

const township = recognizeText(readFileSync(path.resolve(import.meta.dirname, '../fixtures/import/township-annual-2023.txt'), 'utf8'));
const metadata = guessMetadata(township);

/** The content with one block's text replaced, every other block the same object (as Slate does). */
const edit = (content: ReportContent, i: number, text: string): ReportContent =>
  content.map((b, k) => (k === i ? ({ ...b, children: [{ text }] } as ReportBlock) : b));

describe('the incremental checker', () => {
  it('gives the findings of a full check after every change', () => {
    const checker = createChecker();
    let content = township;
    const steps: [number, (t: string) => string][] = [
      [4, (t) => t.replace('，', ',')],
      [2, () => '2022年法治政府建设情况'],
      [9, (t) => t.replace(/^二是/u, '一是')],
      [12, (t) => `${t}参与率99％。`],
      [4, (t) => t.replace(',', '，')],
    ];
    expect(checker.check(content, metadata, undefined, ENV)).toEqual(checkDraft(content, metadata, undefined, ENV));
    for (const [i, change] of steps) {
      content = edit(content, i, change(blockText(content[i]!)));
      expect(checker.check(content, metadata, undefined, ENV), `block ${i}`).toEqual(checkDraft(content, metadata, undefined, ENV));
    }
  });

  it('checks again only the changed block: the others’ findings are the same objects', () => {
    const checker = createChecker();
    const before = checker.check(township, metadata, undefined, ENV).findings;
    const changed = edit(township, 4, blockText(township[4]!).replace('，', ','));
    const after = checker.check(changed, metadata, undefined, ENV).findings;
    const heading = before.find((f) => f.rule === 'heading-end-punct')!;
    expect(after).toContain(heading);
    expect(after.filter((f) => f.block === 4 && f.rule === 'punct-halfwidth')).toHaveLength(1);
  });

  it('moves the findings of a block that moves', () => {
    const checker = createChecker();
    const content = [para('依法行政,严格执法。'), para('正文。')];
    checker.check(content, {}, undefined, ENV);
    const moved = [para('新的一段。'), ...content];
    const { findings } = checker.check(moved, {}, undefined, ENV);
    expect(findings.map((f) => [f.block, f.excerpt, f.fix!.edits.map((e) => e.block)])).toEqual([[1, ',', [1]]]);
    expect(findings).toEqual(checkDraft(moved, {}, undefined, ENV).findings);
  });

  it('checks every block again when what the block rules read changes (the word list, the hints)', () => {
    const checker = createChecker();
    const content = [para('工作布署。')];
    expect(checker.check(content, {}, undefined, {}).findings).toEqual([]);
    expect(checker.check(content, {}, undefined, ENV).findings.map((f) => f.rule)).toEqual(['word-typo']);
    const hinted = [{ ...para(''), hint: '写明本年度的主要工作。' }, para('写明本年度的主要工作。')];
    expect(checker.check(hinted, {}, undefined, ENV).findings.map((f) => f.rule)).toEqual(['template-hint']);
  });
});
