// The library (文稿库) as the renderer sees it: entries with deadlines,
// search hits with match ranges, versions, backups and settings. Types and
// the pure rules over them; the store and handlers fill them in.
import type { DraftMetadata, ReportContent } from './model';
import { newestFirst } from './dates';
import { daysToNextDeadline, type DatedDeadline } from './deadlines';
import { SettingsPatchSchema, type Settings, type SortKey, type VersionKind } from './schema/library';
import { reasonOf } from './schema/reason';

export type { Settings, SortKey, VersionKind } from './schema/library';
export { SORT_KEYS, VERSION_KINDS } from './schema/library';

export interface LibraryEntry {
  id: string;
  title: string;
  template: string;
  /** The template's display name, or its id when the template is unknown here. */
  templateName: string;
  /** metadata.year, or null when the stored metadata has none. */
  year: number | null;
  created: string;
  updated: string;
  /** When it went to 回收站; null for a draft in the library. */
  deletedAt: string | null;
  /** The draft's deadlines with days from today, soonest first. */
  deadlines: DatedDeadline[];
}

/** [start, end) in UTF-16 code units of the string it belongs to. */
export type TextRange = [number, number];

export interface Snippet {
  text: string;
  ranges: TextRange[];
}

export interface SearchHit {
  id: string;
  title: string;
  titleRanges: TextRange[];
  snippets: Snippet[];
  updated: string;
}

export interface VersionSummary {
  id: number;
  draftId: string;
  kind: VersionKind;
  /** The clerk's name for a named version; empty otherwise. */
  name: string;
  title: string;
  created: string;
  /** 字数 of the version. */
  chars: number;
}

export interface Version extends VersionSummary {
  metadata: DraftMetadata;
  content: ReportContent;
}

export type BackupKind = 'daily' | 'manual' | 'before-migration' | 'before-restore';

export interface BackupInfo {
  /** The file name inside the backups folder; it identifies the backup. */
  name: string;
  kind: BackupKind;
  created: string;
  bytes: number;
}

export const DEFAULT_SETTINGS: Settings = { defaultFontProfile: 'standard' };

/** Checks some settings (a change, or one stored value); returns a reason if any key or value is wrong. */
export function validateSettings(value: unknown): string | null {
  return reasonOf(SettingsPatchSchema, value, 'settings');
}

/** What opening the library did beyond opening it: told to the clerk once. */
export interface OpenNotice {
  kind: 'recovered' | 'recovery-failed';
  message: string;
}

/** The result of importing a library file or restoring a backup into the library. */
export interface MergeReport {
  added: number;
  replaced: number;
  unchanged: number;
  versionsAdded: number;
}

export const VERSION_KIND_LABELS: Record<VersionKind, string> = {
  named: '手动保存的版本',
  auto: '自动保存的版本',
  'before-export': '导出前的版本',
  'before-import': '导入前的版本',
  'before-restore': '恢复前的版本',
};

export const BACKUP_KIND_LABELS: Record<BackupKind, string> = {
  daily: '每日备份',
  manual: '手动备份',
  'before-migration': '升级前备份',
  'before-restore': '恢复前备份',
};

const collator = new Intl.Collator('zh-CN');

const nextDeadlineDays = (e: LibraryEntry) => daysToNextDeadline(e.deadlines);

/** Sorts a copy: newest first for times, A→Z (pinyin) for titles, soonest first for deadlines. */
export function sortEntries(entries: readonly LibraryEntry[], key: SortKey): LibraryEntry[] {
  const byUpdated = newestFirst((e: LibraryEntry) => e.updated);
  const compare: Record<SortKey, (a: LibraryEntry, b: LibraryEntry) => number> = {
    updated: byUpdated,
    created: newestFirst((e) => e.created),
    title: (a, b) => collator.compare(a.title, b.title),
    deadline: (a, b) => {
      const x = nextDeadlineDays(a);
      const y = nextDeadlineDays(b);
      return x === y ? 0 : x < y ? -1 : 1;
    },
    year: (a, b) => (b.year ?? 0) - (a.year ?? 0),
  };
  return [...entries].sort((a, b) => compare[key](a, b) || byUpdated(a, b) || (a.id < b.id ? -1 : 1));
}

/**
 * A draft's name in the library after its content is saved. The name is not
 * the printed title: it follows the title block while it reads as the title
 * did (a new draft, or one never renamed), and stays as the clerk gave it
 * once renamed (重命名, a copy's “（副本）”).
 */
export function nameAfterSave(name: string, titleBefore: string | null, titleAfter: string): string {
  return name === '' || name === titleBefore ? titleAfter : name;
}

