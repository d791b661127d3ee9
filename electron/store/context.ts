// What the parts of the store share: the connection, the clock, change
// stamps and the draft-text index writer.
import type { Database } from 'better-sqlite3';
import type { ReportContent } from '../../shared/model';
import { UserFacingError } from '../../shared/result';

export interface StoreContext {
  db: Database;
  dataDir: string;
  now: () => Date;
  /** A change stamp later than any stored `updated`. */
  stamp: () => string;
  /** Rewrites the search text of a draft's blocks that changed. */
  indexText: (draftId: string, content: ReportContent) => void;
}

export function notFound(): UserFacingError {
  return new UserFacingError('draft-not-found', '找不到这份文稿，它可能已被删除。');
}
