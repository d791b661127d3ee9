// Paste speed on hostile clipboard HTML (issue 11, item 11): 1 MB of each kind
// that made the old tag scanner or line joiner superlinear, from HTML to
// recognised blocks. Target: each under a second. The worst kind is reported.
import { recognizeHtml } from '../shared/recognize';
import { BAD_HTML_UNITS, repeatedTo } from '../test/support/bad-html';
import { measure, type Figure } from './measure';

export async function benchPaste(): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const [kind, unit] of Object.entries(BAD_HTML_UNITS)) {
    const html = repeatedTo(unit, 1024 * 1024);
    figures.push(await measure(`paste 1 MB of ${kind}`, () => recognizeHtml(html, { mode: 'fragment' }), { runs: 3, warmup: 1 }));
  }
  const worst = figures.reduce((a, b) => (b.median > a.median ? b : a));
  return [{ ...worst, name: `paste 1 MB of crafted clipboard HTML (worst: ${worst.name.replace('paste 1 MB of ', '')})` }];
}
