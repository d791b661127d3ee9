import type { Database } from 'better-sqlite3';

/** One step of the schema's history. Versions count up from 1 without gaps. */
export interface Migration {
  version: number;
  name: string;
  /** Runs inside a transaction that migrate() opens and commits. */
  up(db: Database): void;
}
