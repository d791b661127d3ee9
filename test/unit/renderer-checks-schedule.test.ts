// The check run waits for quiet and idle time and never lands mid-composition:
// composing is asked again when the idle callback runs, not only when it was
// scheduled (requestIdleCallback may come up to a second later). A run not
// done in one slice goes on in the next idle time, within the slice budget.
import { describe, expect, it } from 'vitest';
import { CHECK_IDLE_MS, CHECK_SLICE_MS, scheduleCheck, type CheckScheduler } from '../../renderer/checks/use-checks';

/** Timers run by hand: `tick` fires the due timeouts, `idle` the pending idle callbacks. */
function fakeTimers() {
  let now = 0;
  let nextId = 1;
  const timeouts = new Map<number, { at: number; fn: () => void }>();
  const idles = new Map<number, () => void>();
  let idleLeft = 50;
  const timers: CheckScheduler = {
    setTimeout: (fn, ms) => {
      const id = nextId++;
      timeouts.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout: (id) => void timeouts.delete(id),
    whenIdle: (fn) => {
      const id = nextId++;
      idles.set(id, () => fn(() => idleLeft));
      return () => void idles.delete(id);
    },
  };
  return {
    timers,
    tick(ms: number) {
      now += ms;
      for (const [id, t] of [...timeouts]) {
        if (t.at <= now) {
          timeouts.delete(id);
          t.fn();
        }
      }
    },
    idle() {
      for (const [id, fn] of [...idles]) {
        idles.delete(id);
        fn();
      }
    },
    pending: () => timeouts.size + idles.size,
    setIdleLeft: (ms: number) => void (idleLeft = ms),
  };
}

describe('scheduleCheck', () => {
  it('runs after the quiet time, in idle time', () => {
    const t = fakeTimers();
    let runs = 0;
    scheduleCheck(() => ++runs > 0, () => false, t.timers);
    t.tick(CHECK_IDLE_MS - 1);
    t.idle();
    expect(runs).toBe(0);
    t.tick(1);
    expect(runs).toBe(0);
    t.idle();
    expect(runs).toBe(1);
    expect(t.pending()).toBe(0);
  });

  it('does not run when a composition began between scheduling and the idle callback, and runs once it ends', () => {
    const t = fakeTimers();
    let composing = false;
    let runs = 0;
    scheduleCheck(() => ++runs > 0, () => composing, t.timers);
    t.tick(CHECK_IDLE_MS); // not composing: the idle callback is requested
    composing = true; // the clerk starts an IME composition before the browser is idle
    t.idle();
    expect(runs).toBe(0);
    t.tick(CHECK_IDLE_MS); // still composing: looks again later
    t.idle();
    expect(runs).toBe(0);
    composing = false;
    t.tick(CHECK_IDLE_MS);
    t.idle();
    expect(runs).toBe(1);
  });

  it('waits while composing when the quiet time ends', () => {
    const t = fakeTimers();
    let composing = true;
    let runs = 0;
    scheduleCheck(() => ++runs > 0, () => composing, t.timers);
    t.tick(CHECK_IDLE_MS);
    t.idle();
    expect(runs).toBe(0);
    composing = false;
    t.tick(CHECK_IDLE_MS);
    t.idle();
    expect(runs).toBe(1);
  });

  it('cancels a pending wait or idle callback, including a rescheduled one', () => {
    const t = fakeTimers();
    let composing = false;
    let runs = 0;
    const cancel = scheduleCheck(() => ++runs > 0, () => composing, t.timers);
    t.tick(CHECK_IDLE_MS);
    composing = true;
    t.idle(); // rescheduled
    composing = false;
    cancel();
    expect(t.pending()).toBe(0);
    t.tick(CHECK_IDLE_MS);
    t.idle();
    expect(runs).toBe(0);

    const cancelIdle = scheduleCheck(() => ++runs > 0, () => false, t.timers);
    t.tick(CHECK_IDLE_MS);
    cancelIdle();
    t.idle();
    expect(runs).toBe(0);
  });

  it('goes on in the next idle time until the run is done, each slice within the budget', () => {
    const t = fakeTimers();
    const budgets: number[] = [];
    scheduleCheck((budget) => budgets.push(budget) === 3, () => false, t.timers);
    t.tick(CHECK_IDLE_MS);
    t.idle();
    t.setIdleLeft(0); // an idle callback that timed out still gets a small slice
    t.idle();
    t.setIdleLeft(6);
    t.idle();
    expect(budgets).toEqual([CHECK_SLICE_MS, 4, 6]);
    expect(t.pending()).toBe(0);
  });

  it('stops slicing when cancelled or when a composition begins, and resumes after it', () => {
    const t = fakeTimers();
    let composing = false;
    let slices = 0;
    const cancel = scheduleCheck(() => ++slices === 10, () => composing, t.timers);
    t.tick(CHECK_IDLE_MS);
    t.idle();
    composing = true;
    t.idle();
    expect(slices).toBe(1);
    composing = false;
    t.tick(CHECK_IDLE_MS);
    t.idle();
    expect(slices).toBe(2);
    cancel();
    expect(t.pending()).toBe(0);
  });
});
