// Typing latency in Chromium: from the key event to the committed Slate
// value (the editor's performance mark), on an empty and a 50,000-character
// draft. Target: p95 under 16 ms, the large draft at most 1.5x the empty one.
import type { Page } from 'playwright-core';
import { launchBrowser, openApp, tempDir } from '../test/support/browser-app';
import { makeLongReport } from '../test/support/long-report';
import { openDraftStore } from '../electron/store/draft-store';
import { findTemplate } from '../electron/templates';
import { VALUE_COMMITTED_MARK } from '../renderer/editor/marks';
import { contentTitle } from '../shared/model';
import { defaultMetadata, instantiateTemplate } from '../shared/template';
import type { Figure } from './measure';
import { pageLayoutFigures } from './page-layout';

const KEYS = 120;
const WARMUP = 10;

function summarize(name: string, samples: number[]): Figure {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  return { name, unit: 'ms', median: at(50), p95: at(95), runs: sorted.length };
}

/** Types KEYS letters into the middle paragraph, one at a time, and returns each key's latency. */
async function typeAndMeasure(page: Page): Promise<number[]> {
  const paragraphs = page.locator('[data-slate-editor] > [data-block=paragraph]');
  const target = paragraphs.nth(Math.floor((await paragraphs.count()) / 2));
  await target.scrollIntoViewIfNeeded();
  await target.click();
  await page.keyboard.press('End');
  await page.evaluate((mark) => {
    const w = window as unknown as { __nextCommit: () => Promise<number> };
    let start = 0;
    let resolve: ((ms: number) => void) | null = null;
    document.addEventListener('keydown', (e) => (start = e.timeStamp), true);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntriesByName(mark)) {
        // Only the first commit after the awaited key counts: a late or second
        // commit of the previous key must not swallow the next key's wait.
        if (!start || !resolve || entry.startTime < start) continue;
        resolve(entry.startTime - start);
        start = 0;
        resolve = null;
      }
    }).observe({ entryTypes: ['mark'] });
    w.__nextCommit = () => new Promise<number>((r) => (resolve = r));
  }, VALUE_COMMITTED_MARK);
  const latencies: number[] = [];
  for (let i = 0; i < KEYS + WARMUP; i++) {
    const commit = page.evaluate(() => (window as unknown as { __nextCommit: () => Promise<number> }).__nextCommit());
    await page.keyboard.press('KeyA');
    const ms = await commit;
    if (i >= WARMUP) latencies.push(ms);
  }
  return latencies;
}

export async function benchTyping(): Promise<Figure[]> {
  const browser = await launchBrowser();
  const drafts = [
    { name: 'typing latency, empty draft', chars: 0 },
    { name: 'typing latency, 50,000-character draft', chars: 50_000 },
  ];
  const figures: Figure[] = [];
  /** The editor's page layouts made meanwhile (bench/page-layout.ts). */
  const layouts: Figure[] = [];
  try {
    for (const { name, chars } of drafts) {
      const data = await tempDir('bench-typing-');
      const store = openDraftStore(data.dir);
      if (chars) {
        const { title, metadata, content } = makeLongReport(chars);
        store.drafts.create({ title, template: 'rule-of-law-annual', metadata, content });
      } else {
        const metadata = defaultMetadata(new Date(), { unit: '某某县司法局' });
        const content = instantiateTemplate(findTemplate('rule-of-law-annual'), metadata);
        store.drafts.create({ title: contentTitle(content), template: 'rule-of-law-annual', metadata, content });
      }
      store.close();
      const app = await openApp(browser, { dataDir: data.dir });
      try {
        // The app opens on the 文稿库; open the one draft from it.
        await app.page.locator('.library-open').first().click();
        await app.page.locator('[data-block=title]').waitFor();
        figures.push(summarize(name, await typeAndMeasure(app.page)));
        layouts.push(...(await pageLayoutFigures(app.page, chars ? '50,000-character draft' : 'empty draft')));
      } finally {
        await app.close();
        await data.remove();
      }
    }
  } finally {
    await browser.close();
  }
  const [empty, large] = figures as [Figure, Figure];
  console.error(`typing latency: the 50,000-character draft's p95 is ${(large.p95 / empty.p95).toFixed(2)}x the empty draft's`);
  return [...figures, ...layouts];
}
