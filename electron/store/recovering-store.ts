// A store that recovers itself. Opening no longer checks the whole file
// first, so damage can surface later: in the background check, or in any
// query that reads a damaged page (SQLITE_CORRUPT, "not a database"). Either
// way the recovery opening used to do runs then: the damaged file is moved
// aside, the newest good backup put in its place, the clerk told; and the
// call that met the damage runs once more, on the recovered library.
import { UserFacingError } from '../../shared/result';
import { isDamage } from './safety/integrity';
import type { DraftStore } from './types';

const DAMAGE_CODES = new Set(['database-corrupt', 'database-not-a-database']);

/** True for damage worth recovering from, raw from SQLite or already in the clerk's words. */
export function isDamageError(error: unknown): boolean {
  return error instanceof UserFacingError ? DAMAGE_CODES.has(error.code) : isDamage(error);
}

const PARTS = ['drafts', 'library', 'versions', 'settings', 'files', 'backups', 'pictures'] as const;

export interface RecoveringStore {
  store: DraftStore;
  /** Recovers now (the background check found `problem`); false when it was recovered since `generation`. */
  recover(problem: string, generation: number): boolean;
  /** Counts recoveries, so a check that began before one does not recover the library again. */
  generation(): number;
}

/**
 * Wraps `first`. `recover` closes nothing: it is handed the damaged store,
 * closes it, and returns the recovered one (or throws the clerk's message).
 */
export function recoveringStore(first: DraftStore, recover: (damaged: DraftStore, problem: string) => DraftStore): RecoveringStore {
  let current = first;
  let generation = 0;
  let broken: unknown = null;

  const recoverNow = (problem: string): void => {
    if (broken) throw broken;
    try {
      current = recover(current, problem);
      generation++;
    } catch (error) {
      broken = error;
      throw error;
    }
  };

  const call = (part: (typeof PARTS)[number], method: string, args: unknown[]): unknown => {
    if (broken) throw broken;
    const attempt = () => (current[part] as unknown as Record<string, (...a: unknown[]) => unknown>)[method]!(...args);
    const seen = generation;
    const again = (error: unknown) => {
      if (!isDamageError(error)) throw error;
      // A call that failed on the library another call already recovered just runs again.
      if (generation === seen) recoverNow(error instanceof Error ? error.message : String(error));
      return attempt();
    };
    try {
      const result = attempt();
      return result instanceof Promise ? result.catch(again) : result;
    } catch (error) {
      return again(error);
    }
  };

  const wrapped = Object.fromEntries(
    PARTS.map((part) => [part, Object.fromEntries(Object.keys(first[part] as object | undefined ?? {}).map((m) => [m, (...args: unknown[]) => call(part, m, args)]))]),
  ) as unknown as Pick<DraftStore, (typeof PARTS)[number]>;

  return {
    store: { dataDir: first.dataDir, ...wrapped, close: () => current.close() },
    recover: (problem, since) => {
      if (generation !== since) return false;
      recoverNow(problem);
      return true;
    },
    generation: () => generation,
  };
}
