// The editor's page layout while the clerk types (issue 12): read from the
// editor's performance measures after the typing bench's keys. Each layout
// runs in a worker; what it costs the editor's own thread is taking the
// pages in and marking the text.
import type { Page } from 'playwright-core';
import { PAGE_LAYOUT_APPLY_MEASURE, PAGE_LAYOUT_MEASURE } from '../renderer/editor/marks';
import type { Figure } from './measure';

function figure(name: string, samples: number[]): Figure {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
  return { name, unit: 'ms', median: at(50), p95: at(95), runs: sorted.length };
}

/** The page layouts made while the keys were typed: change to pages shown, and the editor thread's part of it. */
export async function pageLayoutFigures(page: Page, draft: string): Promise<Figure[]> {
  const [whole, apply] = await page.evaluate(
    ([a, b]) => [performance.getEntriesByName(a).map((e) => e.duration), performance.getEntriesByName(b).map((e) => e.duration)],
    [PAGE_LAYOUT_MEASURE, PAGE_LAYOUT_APPLY_MEASURE] as const,
  );
  // The first layout is the one of opening the draft, before any key.
  return [figure(`page layout while typing, ${draft} (change to 共 N 页 shown)`, whole.slice(1)), figure(`page layout while typing, ${draft} (on the editor's thread)`, apply.slice(1))];
}
