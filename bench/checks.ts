// 规范检查: a full check of a 10,000- and a 50,000-character draft (what the
// CLI and the before-export summary run), and the check after a keystroke in
// the editor, where only the changed block is checked again and the
// document-wide rules (the report year, leads, one way of writing numbers)
// run over the blocks' summaries (p95 is the figure that matters there: the
// editor runs it in idle time after 400 ms without typing).
import { WORD_LIST } from '../electron/word-list';
import { createChecker, runChecks } from '../shared/checks';
import { blockText, type ReportBlock, type ReportContent } from '../shared/model';
import { makeLongReport } from '../test/support/long-report';
import { measure, type Figure } from './measure';

const TEMPLATE = { id: 'rule-of-law-annual' };
const ENV = { words: WORD_LIST };

/** One keystroke: a character typed at the end of a paragraph, every other block the same object (as Slate does). */
function typeInto(content: ReportContent, i: number, ch: string): ReportContent {
  const next = content.slice();
  const b = content[i]!;
  next[i] = { ...b, children: [{ text: `${blockText(b)}${ch}` }] } as ReportBlock;
  return next;
}

export async function benchChecks(): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const chars of [10_000, 50_000]) {
    const { content, metadata } = makeLongReport(chars);
    figures.push(await measure(`check ${chars.toLocaleString('en-US')} characters (full)`, () => runChecks(content, metadata, TEMPLATE, ENV)));
  }
  const { content, metadata } = makeLongReport(50_000);
  const paragraphs = content.flatMap((b, i) => (b.type === 'paragraph' ? [i] : []));
  const checker = createChecker();
  let current = content;
  checker.check(current, metadata, TEMPLATE, ENV);
  let k = 0;
  figures.push(
    await measure(
      'check after a keystroke, 50,000 characters (changed block only)',
      () => {
        current = typeInto(current, paragraphs[(k * 7) % paragraphs.length]!, '法,'[k % 2]!);
        k++;
        return checker.check(current, metadata, TEMPLATE, ENV);
      },
      { runs: 200, warmup: 10 },
    ),
  );
  return figures;
}
