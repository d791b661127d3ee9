// 规范检查: one run of every rule over a 10,000- and a 50,000-character draft.
// The editor runs it only after 400 ms without typing, in idle time; this is
// the pause it costs there (target: well under one frame of idle time per
// 10,000 characters, under 50 ms for 50,000).
import { runChecks } from '../shared/checks';
import { makeLongReport } from '../test/support/long-report';
import { measure, type Figure } from './measure';

export async function benchChecks(): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const chars of [10_000, 50_000]) {
    const { content, metadata } = makeLongReport(chars);
    figures.push(await measure(`check ${chars.toLocaleString('en-US')} characters`, () => runChecks(content, metadata, { id: 'rule-of-law-annual' })));
  }
  return figures;
}
