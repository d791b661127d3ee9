// What the parts of the store share: the connection, the clock, change
// stamps and the drafts rows (whose writes keep the search index in step).
import type { Database } from 'better-sqlite3';
import { UserFacingError } from '../../shared/result';
import type { DraftRows } from './drafts/draft-rows';

export interface StoreContext {
  db: Database;
  dataDir: string;
  now: () => Date;
  /** A change stamp later than any stored `updated` (see nextStamp for a clock once set far ahead). */
  stamp: () => string;
  /** Every read of a whole row and every write of a draft's text. */
  rows: DraftRows;
}

export function notFound(): UserFacingError {
  return new UserFacingError('draft-not-found', '找不到这份文稿，它可能已被删除。');
}
