// The page layout the editor shows, computed off the keystroke path: in a
// worker (layout-worker.ts) that keeps its own line cache between drafts'
// versions, or, where a worker cannot start, on this thread when it is idle.
// The worker is sent only the blocks it does not hold yet: unchanged blocks
// go by number, so a layout of a long draft costs this thread what changed.
import { LayoutEngine, pageMarks, type LayoutInput, type Page, type PageMarks } from '../../../shared/layout';
import type { ReportBlock } from '../../../shared/model';

export interface PageLayout {
  pages: Page[];
  marks: PageMarks;
}

export interface LayoutRequest {
  id: number;
  /** The content as block numbers, in order. */
  order: number[];
  /** The blocks the worker does not hold yet, by number. */
  blocks: [number, ReportBlock][];
  metadata: LayoutInput['metadata'];
}

/** What a worker holds between requests: the blocks of the last one, by number. */
export class BlockHolder {
  private held = new Map<number, ReportBlock>();

  /** The request's content; afterwards only its blocks are held. */
  take(request: Pick<LayoutRequest, 'order' | 'blocks'>): ReportBlock[] {
    const fresh = new Map(request.blocks);
    const content = request.order.map((n) => {
      const b = fresh.get(n) ?? this.held.get(n);
      if (!b) throw new Error(`layout request names block ${n}, which the worker does not hold`);
      return b;
    });
    this.held = new Map(request.order.map((n, i) => [n, content[i]!]));
    return content;
  }
}

export interface BlockSender {
  /** The content as numbers, and the blocks the worker must be sent (those it does not hold). */
  request(content: readonly ReportBlock[]): Pick<LayoutRequest, 'order' | 'blocks'>;
  /** After a failed request: the next one sends every block. */
  reset(): void;
}

export function blockSender(): BlockSender {
  const numbers = new WeakMap<ReportBlock, number>();
  let next = 0;
  let held = new Set<number>();
  const request = (content: readonly ReportBlock[]) => {
    const blocks: [number, ReportBlock][] = [];
    const order = content.map((b) => {
      let n = numbers.get(b);
      if (n === undefined) numbers.set(b, (n = ++next));
      if (!held.has(n)) blocks.push([n, b]);
      return n;
    });
    held = new Set(order);
    return { order, blocks };
  };
  return { request, reset: () => void (held = new Set()) };
}

export interface LayoutReply {
  id: number;
  layout?: PageLayout;
  /** Why the layout failed (a bug): the editor keeps its last pages. */
  error?: string;
}

export function computePageLayout(engine: LayoutEngine, input: LayoutInput): PageLayout {
  const layout = engine.layout(input);
  return { pages: layout.pages, marks: pageMarks(input.content, layout) };
}

export interface LayoutRunner {
  /** Where the layout runs. */
  readonly where: 'worker' | 'idle';
  run(input: LayoutInput): Promise<PageLayout>;
  dispose(): void;
}

/** The built worker script, beside the app's script. */
export const WORKER_URL = 'layout-worker.js';

const idle = (run: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 500 }) : setTimeout(run, 0));

function idleRunner(): LayoutRunner {
  const engine = new LayoutEngine();
  return {
    where: 'idle',
    run: (input) =>
      new Promise((resolve, reject) =>
        idle(() => {
          try {
            resolve(computePageLayout(engine, input));
          } catch (e) {
            reject(e instanceof Error ? e : new Error(String(e)));
          }
        }),
      ),
    dispose: () => {},
  };
}

function workerRunner(worker: Worker): LayoutRunner {
  let next = 0;
  const waiting = new Map<number, { resolve: (l: PageLayout) => void; reject: (e: Error) => void }>();
  const send = blockSender();
  worker.onmessage = (e: MessageEvent<LayoutReply>) => {
    const w = waiting.get(e.data.id);
    waiting.delete(e.data.id);
    if (e.data.layout) return w?.resolve(e.data.layout);
    send.reset();
    w?.reject(new Error(e.data.error ?? 'layout failed'));
  };
  return {
    where: 'worker',
    run: (input) =>
      new Promise((resolve, reject) => {
        const id = ++next;
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, ...send.request(input.content), metadata: input.metadata } satisfies LayoutRequest);
      }),
    dispose: () => worker.terminate(),
  };
}

/**
 * A runner in a worker; if the worker cannot start or fails to load (an
 * error before its first answer), the layout runs on this thread instead.
 */
export function createLayoutRunner(): LayoutRunner {
  let worker: Worker;
  try {
    worker = new Worker(WORKER_URL);
  } catch {
    return idleRunner();
  }
  const inWorker = workerRunner(worker);
  let current: LayoutRunner = inWorker;
  let answered = false;
  worker.addEventListener('message', () => (answered = true));
  const failed = new Promise<void>((resolve) =>
    worker.addEventListener('error', () => {
      if (answered) return;
      worker.terminate();
      current = idleRunner();
      resolve();
    }),
  );
  return {
    get where() {
      return current.where;
    },
    run: (input) => (current === inWorker ? Promise.race([inWorker.run(input), failed.then(() => current.run(input))]) : current.run(input)),
    dispose: () => current.dispose(),
  };
}
