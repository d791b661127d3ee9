// Typing in Chromium at 0, 50,000 and 200,000 characters: each key timed
// from the keydown to the end of the redraw (bench/typing-page.ts), keys in
// bursts of ten with a pause after each (the pause lets autosave and the
// 规范检查 run, as they do when a clerk stops to think), long tasks counted
// over the whole session; and opening the 200,000-character draft from the
// 文稿库 (click → first commit → next frame). Targets: p95 under 16 ms, no
// long task over 50 ms while typing, open under 300 ms. Every wait is
// bounded: a key that draws nothing fails the suite instead of hanging it.
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp, tempDir } from '../test/support/browser-app';
import { makeLongReport } from '../test/support/long-report';
import { openDraftStore } from '../electron/store/draft-store';
import { findTemplate } from '../electron/templates';
import { contentTitle } from '../shared/model';
import { defaultMetadata, instantiateTemplate } from '../shared/template';
import { summarize, type Figure } from './measure';
import { pageLayoutFigures } from './page-layout';
import { PAGE_HOOKS } from './typing-page';

const KEYS = 120;
const WARMUP = 10;
const BURST = 10;
const PAUSE_MS = 900;
const OPEN_RUNS = 7;

function seed(dir: string, chars: number): void {
  const store = openDraftStore(dir);
  try {
    if (chars) {
      const { title, metadata, content } = makeLongReport(chars);
      store.drafts.create({ title, template: 'rule-of-law-annual', metadata, content });
    } else {
      const metadata = defaultMetadata(new Date(), { unit: '某某县司法局' });
      const content = instantiateTemplate(findTemplate('rule-of-law-annual'), metadata);
      store.drafts.create({ title: contentTitle(content), template: 'rule-of-law-annual', metadata, content });
    }
  } finally {
    store.close();
  }
}

async function openDraft(page: Page): Promise<number> {
  await page.locator('.library-open').first().click();
  await page.locator('[data-block=title]').waitFor({ timeout: 30_000 });
  const handle = await page.waitForFunction('window.__bench.opened', undefined, { timeout: 30_000 });
  return (await handle.jsonValue()) as number;
}

interface Session {
  latencies: number[];
  longTasks: number[];
}

/** Types KEYS letters (after WARMUP) at the end of the middle paragraph. */
async function typeAndMeasure(page: Page): Promise<Session> {
  const paragraphs = page.locator('[data-slate-editor] [data-block=paragraph]');
  const target = paragraphs.nth(Math.floor((await paragraphs.count()) / 2));
  await target.scrollIntoViewIfNeeded();
  await target.click();
  await page.keyboard.press('End');
  await page.evaluate('window.__longTasks()');
  const session: Session = { latencies: [], longTasks: [] };
  for (let i = 0; i < KEYS + WARMUP; i++) {
    await page.evaluate('window.__armKey()');
    await page.keyboard.press('KeyA');
    const ms = (await page.evaluate('window.__keyResult()')) as number;
    if (i >= WARMUP) session.latencies.push(ms);
    if (i % BURST === BURST - 1) await page.waitForTimeout(PAUSE_MS);
  }
  session.longTasks = (await page.evaluate('window.__longTasks()')) as number[];
  return session;
}

function longTaskNote(tasks: number[]): string {
  const longest = tasks.length ? Math.max(...tasks) : 0;
  return `${tasks.length} long tasks (> 50 ms), longest ${longest.toFixed(0)} ms`;
}

async function benchSize(browser: Browser, chars: number): Promise<Figure[]> {
  const label = chars ? `${chars.toLocaleString('en-US')}-character draft` : 'empty draft';
  const data = await tempDir('bench-typing-');
  try {
    seed(data.dir, chars);
    const app = await openApp(browser, { dataDir: data.dir });
    try {
      await app.page.addInitScript({ content: PAGE_HOOKS });
      const opens: number[] = [];
      for (let run = 0; run < (chars >= 200_000 ? OPEN_RUNS : 1); run++) {
        await app.page.reload();
        opens.push(await openDraft(app.page));
      }
      const s = await typeAndMeasure(app.page);
      const figures: Figure[] = [{ ...summarize(`typing latency, ${label}, key → redraw`, s.latencies), note: longTaskNote(s.longTasks) }];
      if (chars >= 200_000) figures.push(summarize(`open ${label} from the 文稿库 (click → drawn)`, opens.slice(1)));
      // The editor's page layouts made meanwhile, off the keystroke path (bench/page-layout.ts).
      figures.push(...(await pageLayoutFigures(app.page, label)));
      return figures;
    } finally {
      await app.close();
    }
  } finally {
    await data.remove();
  }
}

export async function benchTyping(): Promise<Figure[]> {
  const browser = await launchBrowser();
  try {
    const figures: Figure[] = [];
    for (const chars of [0, 50_000, 200_000]) figures.push(...(await benchSize(browser, chars)));
    return figures;
  } finally {
    await browser.close();
  }
}
