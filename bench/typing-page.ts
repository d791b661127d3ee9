// The typing bench's page side, as source text the bench evaluates in the
// page (a string, so no bundler helper leaks into the page). It hooks
// performance.mark so the editor's marks are seen the moment React commits.
//
// A key's latency runs from the keydown event's timestamp to the end of the
// redraw: React's commit of the new value, then the next animation frame and
// the task after it (the frame's style, layout and paint are done by then).
// (Chromium begins a frame at once after input, so no 60 Hz wait is in it.)
import { DRAFT_SHOWN_MARK, VALUE_COMMITTED_MARK } from '../renderer/editor/marks';

/** Installed before the app loads (addInitScript): the mark hook, the long-task log and the open timing. */
export const PAGE_HOOKS = `(() => {
  const COMMIT = ${JSON.stringify(VALUE_COMMITTED_MARK)};
  const SHOWN = ${JSON.stringify(DRAFT_SHOWN_MARK)};
  const bench = { key: null, longTasks: [], openStart: 0, opened: null };
  window.__bench = bench;
  const nextTask = (fn) => { const c = new MessageChannel(); c.port1.onmessage = () => fn(performance.now()); c.port2.postMessage(0); };
  const afterFrame = (fn) => requestAnimationFrame(() => { const r = performance.now(); nextTask((p) => fn(r, p)); });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) bench.longTasks.push(e.duration); }).observe({ type: 'longtask' });
  document.addEventListener('keydown', (e) => { if (bench.key && !bench.key.start) bench.key.start = e.timeStamp; }, true);
  document.addEventListener('click', (e) => { if (e.target instanceof Element && e.target.closest('.library-open')) bench.openStart = e.timeStamp; }, true);
  const mark = performance.mark.bind(performance);
  performance.mark = (name, options) => {
    const entry = mark(name, options);
    const key = bench.key;
    if (name === COMMIT && key && key.start && !key.committed) {
      key.committed = true;
      afterFrame((r, p) => key.done(p - key.start));
    }
    if (name === SHOWN && bench.openStart) {
      const start = bench.openStart;
      bench.openStart = 0;
      afterFrame((r, p) => { bench.opened = p - start; });
    }
    return entry;
  };
  window.__armKey = () => {
    let done;
    const result = new Promise((resolve, reject) => {
      done = resolve;
      setTimeout(() => reject(new Error('no redraw within 5 s of the key')), 5000);
    });
    bench.key = { start: 0, committed: false, done, result };
  };
  window.__keyResult = () => bench.key.result;
  window.__longTasks = () => bench.longTasks.splice(0);
})();`;
