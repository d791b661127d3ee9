// The one IPC contract: channel names with their request and response types.
// electron/handlers/ implements it, electron/preload.ts exposes it to the
// renderer, and end-to-end tests expose the same handlers to a browser page.
import type { DraftMetadata, ReportContent } from './model';
import type { Result } from './result';
import type { DiffLine } from './diff';
import type { BackupInfo, LibraryEntry, MergeReport, OpenNotice, SearchHit, Settings, SortKey, Version, VersionSummary } from './library';
import type { TemplateSummary } from './template';

export interface Draft {
  id: string;
  title: string;
  template: string;
  metadata: DraftMetadata;
  content: ReportContent;
  created: string;
  updated: string;
}

export type DraftSummary = Pick<Draft, 'id' | 'title' | 'template' | 'created' | 'updated'>;

export interface Contract {
  'templates:list': { request: null; response: TemplateSummary[] };
  'drafts:list': { request: null; response: DraftSummary[] };
  'drafts:create': { request: { template: string; metadata: Partial<DraftMetadata> }; response: Draft };
  'drafts:open': { request: { id: string }; response: Draft };
  'drafts:save': { request: { id: string; content: ReportContent }; response: { updated: string } };
  /** Saves the draft's metadata; the renderer refills the bound text itself. */
  'drafts:update-metadata': { request: { id: string; metadata: DraftMetadata }; response: { updated: string } };
  /** 从往年报告新建: a copy of a draft as next year's report. */
  'drafts:next-year': { request: { id: string }; response: Draft };
  /** Asks where to save, then writes the .docx; null when the clerk cancels. */
  'drafts:export-docx': { request: { id: string }; response: { path: string } | null };
  /** Asks for a .docx or .txt file, then creates a draft from it; null when the clerk cancels. */
  'drafts:import': { request: null; response: Draft | null };
  // 文稿库 (issue 6): the library, 回收站, versions, backups, settings, moving drafts.
  'library:list': { request: { sort: SortKey; trash: boolean }; response: LibraryEntry[] };
  'library:search': { request: { query: string }; response: SearchHit[] };
  'library:rename': { request: { id: string; title: string }; response: { updated: string } };
  'library:duplicate': { request: { id: string }; response: DraftSummary };
  /** To 回收站. */
  'library:delete': { request: { id: string }; response: null };
  /** Back from 回收站. */
  'library:restore': { request: { id: string }; response: null };
  /** Deletes a draft in 回收站 for good. */
  'library:purge': { request: { id: string }; response: null };
  /** What opening the library must tell the clerk (a recovery from backup); null when nothing. */
  'library:notice': { request: null; response: OpenNotice | null };
  /** Asks where, then writes the drafts (all when ids is null) with their versions as one file; null when cancelled. */
  'library:export': {
    request: { ids: string[] | null };
    /** `damaged`: drafts left out because their stored data is damaged. */
    response: { path: string; drafts: number; damaged: number } | null;
  };
  /** Asks which file, then adds its drafts; null when cancelled. */
  'library:import': { request: null; response: MergeReport | null };
  'versions:list': { request: { id: string }; response: VersionSummary[] };
  'versions:get': { request: { versionId: number }; response: Version };
  /** What changed from the version to the current text, block by block. */
  'versions:diff': { request: { versionId: number }; response: DiffLine[] };
  /** Ctrl+S (named) or before an export: keeps a version of the saved draft. */
  'versions:keep': { request: { id: string; kind: 'named' | 'before-export'; name: string }; response: VersionSummary };
  /** Makes the version current, keeping a version of what it replaces. */
  'versions:restore': { request: { versionId: number }; response: Draft };
  'backups:list': { request: null; response: BackupInfo[] };
  /** Brings a backup's drafts back, keeping what they replace as versions. */
  'backups:restore': { request: { name: string }; response: MergeReport };
  'settings:get': { request: null; response: Settings };
  'settings:set': { request: Partial<Settings>; response: Settings };
}

export type Channel = keyof Contract;
export type RequestOf<C extends Channel> = Contract[C]['request'];
export type ResponseOf<C extends Channel> = Contract[C]['response'];

export const CHANNELS = [
  'templates:list',
  'drafts:list',
  'drafts:create',
  'drafts:open',
  'drafts:save',
  'drafts:update-metadata',
  'drafts:next-year',
  'drafts:export-docx',
  'drafts:import',
  'library:list',
  'library:search',
  'library:rename',
  'library:duplicate',
  'library:delete',
  'library:restore',
  'library:purge',
  'library:notice',
  'library:export',
  'library:import',
  'versions:list',
  'versions:get',
  'versions:diff',
  'versions:keep',
  'versions:restore',
  'backups:list',
  'backups:restore',
  'settings:get',
  'settings:set',
] as const satisfies readonly Channel[];

// Every channel is listed once: this fails to compile if one is missing.
type Missing = Exclude<Channel, (typeof CHANNELS)[number]>;
const _allListed: Missing extends never ? true : Missing = true;
void _allListed;

export type Handlers = { [C in Channel]: (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>> };

/** Commands the application menu sends to the renderer. */
export type MenuCommand = 'new-draft' | 'export-docx' | 'open-draft' | 'import-file';
export const MENU_COMMAND_EVENT = 'menu:command';

/** What the renderer sees as `window.reportApi`. */
export interface Bridge {
  invoke: <C extends Channel>(channel: C, request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;
  onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
}

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}
