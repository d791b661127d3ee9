// Shared by every benchmark: repeated timing and the figures' printed form.
import { performance } from 'node:perf_hooks';

export interface Figure {
  /** What was measured, e.g. "export 50,000 characters". */
  name: string;
  unit: 'ms';
  median: number;
  p95: number;
  runs: number;
  /** A remark printed after the figure (e.g. long tasks seen while it was measured). */
  note?: string;
  /** The same work done by a peer tool, where one is named. */
  peer?: { name: string; median: number; p95: number };
}

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)]!;
}

/** Median and p95 of samples already taken. */
export function summarize(name: string, samples: number[]): Figure {
  const sorted = [...samples].sort((a, b) => a - b);
  return { name, unit: 'ms', median: percentile(sorted, 50), p95: percentile(sorted, 95), runs: sorted.length };
}

/** Runs fn `runs` times after `warmup` untimed runs; returns median and p95 in ms. */
export async function measure(
  name: string,
  fn: () => unknown | Promise<unknown>,
  { runs = 20, warmup = 2 }: { runs?: number; warmup?: number } = {},
): Promise<Figure> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return summarize(name, times);
}

export function formatFigure(f: Figure): string {
  const own = `${f.name}: median ${f.median.toFixed(2)} ms, p95 ${f.p95.toFixed(2)} ms (${f.runs} runs)${f.note ? `; ${f.note}` : ''}`;
  if (!f.peer) return own;
  const ratio = f.peer.median / f.median;
  return `${own}; ${f.peer.name}: median ${f.peer.median.toFixed(2)} ms, p95 ${f.peer.p95.toFixed(2)} ms; ${ratio.toFixed(1)}x`;
}
