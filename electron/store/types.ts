import type { Draft, DraftSummary } from '../../shared/ipc';
import type {
  BackupInfo,
  BackupKind,
  MergeReport,
  SearchHit,
  Settings,
  Version,
  VersionKind,
  VersionSummary,
} from '../../shared/library';
import type { Deadline, DraftMetadata, PictureRef, PictureType, ReportContent } from '../../shared/model';
import type { LibraryFile } from './library-files/library-file';

/** A draft to add: the store gives it its id and stamps. */
export type NewDraft = Pick<Draft, 'title' | 'template' | 'metadata' | 'content'>;

/** A library row as stored; the handlers add template names and deadlines. */
export interface StoredEntry {
  id: string;
  title: string;
  template: string;
  year: number | null;
  /** The draft's own deadlines (metadata.deadlines), if it has any. */
  deadlines: Deadline[] | null;
  created: string;
  updated: string;
  deletedAt: string | null;
}

/** A library file made from the store, and what could not go into it. */
export interface LibraryExport {
  file: LibraryFile;
  /** Drafts and versions left out because their stored data is damaged (the clerk is told how many). */
  damaged: { drafts: number; versions: number };
}

/** What restoring a backup did, and how many of its rows were damaged and left out. */
export interface RestoreReport extends MergeReport {
  skipped: number;
}

/** Drafts themselves: the list the window opens from, and reading and saving one. */
export interface Drafts {
  /** Drafts in the library (not in 回收站), newest change first. */
  list(): DraftSummary[];
  create(draft: NewDraft): Draft;
  /** Throws UserFacingError('draft-not-found') when there is no such draft. */
  get(id: string): Draft;
  /**
   * Saves the whole content and the title it gives (contentTitle); returns the
   * new `updated` stamp. Keeps an automatic version when ten minutes have
   * passed since the draft's last version (or its creation). Content and
   * metadata come checked from their boundary (IPC, a file, the importer).
   */
  saveContent(id: string, content: ReportContent): { updated: string };
  /** Saves the draft's metadata (unit, year, dates, format); returns the new `updated` stamp. */
  saveMetadata(id: string, metadata: DraftMetadata): { updated: string };
}

/** 文稿库 housekeeping: the list with 回收站, search, rename, duplicate, delete and restore. */
export interface Library {
  /** The library (trash false) or 回收站 (trash true), newest change first. */
  entries(options: { trash: boolean }): StoredEntry[];
  /** Drafts in the library whose title or text holds every word of the query. */
  search(query: string): SearchHit[];
  rename(id: string, title: string): { updated: string };
  duplicate(id: string): Draft;
  /** Moves to 回收站. */
  trash(id: string): void;
  /** Brings back from 回收站. */
  restore(id: string): void;
  /** Deletes for good, with its versions; only from 回收站. */
  purge(id: string): void;
}

/** 历史版本 of the drafts. */
export interface Versions {
  list(id: string): VersionSummary[];
  get(versionId: number): Version;
  /** Keeps a copy of the stored draft; automatic kinds are skipped when the newest version is identical. */
  keep(id: string, kind: VersionKind, name?: string): VersionSummary;
  /** Makes a version the current text, keeping a version of what it replaces. */
  restore(versionId: number): Draft;
}

export interface SettingsStore {
  get(): Settings;
  update(patch: Partial<Settings>): Settings;
}

/** Moving drafts in and out as one library file. */
export interface LibraryFiles {
  /**
   * The given drafts (all, 回收站 included, when ids is omitted) with their
   * versions; damaged ones are left out and counted. With keepVersions, first
   * keeps a before-export version of each exported draft (when exporting all,
   * of each one not in 回收站), as 导出文稿库 does.
   */
  export(ids?: readonly string[], options?: { keepVersions?: boolean }): LibraryExport;
  /**
   * Adds a library file's drafts: new ones are added; a draft already here
   * whose text differs takes the incoming text, and what it replaces is kept as
   * a version of `kind`. Nothing is ever removed.
   */
  import(file: LibraryFile, kind: 'before-import' | 'before-restore'): MergeReport;
}

export interface Backups {
  /** Writes a backup with SQLite's online backup API into `<dataDir>/backups/`, then prunes old ones. */
  create(kind: BackupKind): Promise<BackupInfo>;
  /** A daily backup unless one (daily or manual) was made today; null when none was needed. */
  ifDue(): Promise<BackupInfo | null>;
  list(): BackupInfo[];
  /**
   * Brings the drafts of a backup back into the library (see LibraryFiles.import),
   * after backing up the current state. Damaged rows of the backup are left
   * out and counted; the others are restored.
   */
  restore(name: string): Promise<RestoreReport>;
}

/**
 * The drafts kept in the local SQLite database, as sub-stores by concern.
 * Every method's failure reaches the caller as a UserFacingError in Chinese.
 */
/** Pictures by content hash: each stored once, whichever drafts and versions show it. */
export interface PictureStore {
  /**
   * Keeps a PNG or JPEG picture (once per content) and returns its reference.
   * Refuses other formats and pictures over the size limit with a Chinese message.
   */
  add(bytes: Uint8Array): PictureRef;
  /** The picture's type and bytes, or null when the library does not have it. */
  get(hash: string): { mime: PictureType; bytes: Uint8Array } | null;
  /** Which of these hashes the library lacks. */
  missing(hashes: readonly string[]): string[];
}

export interface DraftStore {
  /** The data folder: the database and its backups folder. */
  readonly dataDir: string;
  readonly drafts: Drafts;
  readonly library: Library;
  readonly versions: Versions;
  readonly settings: SettingsStore;
  readonly files: LibraryFiles;
  readonly backups: Backups;
  readonly pictures: PictureStore;
  close(): void;
}
