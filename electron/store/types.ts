import type { Draft, DraftSummary } from '../../shared/ipc';
import type { DraftMetadata, ReportContent } from '../../shared/model';

export interface NewDraft {
  title: string;
  template: string;
  metadata: DraftMetadata;
  content: ReportContent;
}

/** The drafts kept in the local SQLite database. */
export interface DraftStore {
  /** Newest change first. */
  list(): DraftSummary[];
  create(draft: NewDraft): Draft;
  /** Throws UserFacingError('draft-not-found') when there is no such draft. */
  get(id: string): Draft;
  /** Saves the whole content and its derived title; returns the new `updated` stamp. */
  saveContent(id: string, content: ReportContent, title: string): { updated: string };
  close(): void;
}
