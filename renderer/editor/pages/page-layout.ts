// The page layout the editor shows, computed off the keystroke path: in a
// worker (layout-worker.ts) that keeps its own line cache between drafts'
// versions, or, where a worker cannot start, on this thread when it is idle.
import { LayoutEngine, pageMarks, type LayoutInput, type Page, type PageMarks } from '../../../shared/layout';

export interface PageLayout {
  pages: Page[];
  marks: PageMarks;
}

export interface LayoutRequest {
  id: number;
  input: LayoutInput;
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
  worker.onmessage = (e: MessageEvent<LayoutReply>) => {
    const w = waiting.get(e.data.id);
    waiting.delete(e.data.id);
    if (e.data.layout) w?.resolve(e.data.layout);
    else w?.reject(new Error(e.data.error ?? 'layout failed'));
  };
  return {
    where: 'worker',
    run: (input) =>
      new Promise((resolve, reject) => {
        const id = ++next;
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, input } satisfies LayoutRequest);
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
