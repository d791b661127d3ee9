// The one IPC contract: channel names with their request and response types.
// electron/handlers/ implements it, electron/preload.ts exposes it to the
// renderer, and end-to-end tests expose the same handlers to a browser page.
// Requests are defined once as schemas (schema/requests.ts), responses here.
import type { PictureRef, PictureType } from './model';
import type { Result } from './result';
import type { DiffLine } from './diff';
import type { BackupInfo, LibraryEntry, MergeReport, OpenNotice, SearchHit, Settings, Version, VersionSummary } from './library';
import type { Draft, DraftSummary } from './schema/draft';
import type { Requests } from './schema/requests';
import type { WordList } from './checks/word-list';
import type { TemplateSummary } from './template';

export type { Draft, DraftSummary } from './schema/draft';

type R<C extends keyof Requests> = Requests[C];

export interface Contract {
  'templates:list': { request: R<'templates:list'>; response: TemplateSummary[] };
  /** The list of misused words the checks use (bundled data, like the templates). */
  'checks:words': { request: R<'checks:words'>; response: WordList };
  'drafts:list': { request: R<'drafts:list'>; response: DraftSummary[] };
  'drafts:create': { request: R<'drafts:create'>; response: Draft };
  'drafts:open': { request: R<'drafts:open'>; response: Draft };
  'drafts:save': { request: R<'drafts:save'>; response: { updated: string } };
  /** Saves the draft's metadata; the renderer refills the bound text itself. */
  'drafts:update-metadata': { request: R<'drafts:update-metadata'>; response: { updated: string } };
  /** 从往年报告新建: a copy of a draft as next year's report. */
  'drafts:next-year': { request: R<'drafts:next-year'>; response: Draft };
  /** Asks where to save, then writes the .docx; null when the clerk cancels. */
  'drafts:export-docx': { request: R<'drafts:export-docx'>; response: { path: string } | null };
  /** Asks where to save, then writes the PDF drawn from the page-true layout (fonts embedded); null when the clerk cancels. */
  'drafts:export-pdf': { request: R<'drafts:export-pdf'>; response: { path: string } | null };
  /**
   * Asks for a .docx or .txt file, then creates a draft from it; null when the clerk cancels. The draft comes
   * with the import's report ("34 段，其中标题 6 个、表格 1 个；1 个文本框未能导入，已在文中标出").
   */
  'drafts:import': { request: R<'drafts:import'>; response: (Draft & { summary: string }) | null };
  // 文稿库 (issue 6): the library, 回收站, versions, backups, settings, moving drafts.
  'library:list': { request: R<'library:list'>; response: LibraryEntry[] };
  'library:search': { request: R<'library:search'>; response: SearchHit[] };
  'library:rename': { request: R<'library:rename'>; response: { updated: string } };
  'library:duplicate': { request: R<'library:duplicate'>; response: DraftSummary };
  /** To 回收站. */
  'library:delete': { request: R<'library:delete'>; response: null };
  /** Back from 回收站. */
  'library:restore': { request: R<'library:restore'>; response: null };
  /** Deletes a draft in 回收站 for good. */
  'library:purge': { request: R<'library:purge'>; response: null };
  /** What opening the library must tell the clerk (a recovery from backup); null when nothing. */
  'library:notice': { request: R<'library:notice'>; response: OpenNotice | null };
  /** Asks where, then writes the drafts (all when ids is null) with their versions as one file; null when cancelled. */
  'library:export': {
    request: R<'library:export'>;
    /** `damaged`: drafts left out because their stored data is damaged. */
    response: { path: string; drafts: number; damaged: number } | null;
  };
  /** Asks which file, then adds its drafts; null when cancelled. */
  'library:import': { request: R<'library:import'>; response: MergeReport | null };
  'versions:list': { request: R<'versions:list'>; response: VersionSummary[] };
  'versions:get': { request: R<'versions:get'>; response: Version };
  /** What changed from the version to the current text, block by block. */
  'versions:diff': { request: R<'versions:diff'>; response: DiffLine[] };
  /** Ctrl+S (named) or before an export: keeps a version of the saved draft. */
  'versions:keep': { request: R<'versions:keep'>; response: VersionSummary };
  /** Makes the version current, keeping a version of what it replaces. */
  'versions:restore': { request: R<'versions:restore'>; response: Draft };
  'backups:list': { request: R<'backups:list'>; response: BackupInfo[] };
  /** Brings a backup's drafts back, keeping what they replace as versions. */
  'backups:restore': { request: R<'backups:restore'>; response: MergeReport };
  'settings:get': { request: R<'settings:get'>; response: Settings };
  'settings:set': { request: R<'settings:set'>; response: Settings };
  /** A picture the library keeps, its bytes in base64; null when the library lacks it. */
  'pictures:get': { request: R<'pictures:get'>; response: { mime: PictureType; data: string } | null };
  /** Keeps a picture (inserted from a file or pasted) once per content; refuses other formats and pictures over 10 MB. */
  'pictures:add': { request: R<'pictures:add'>; response: PictureRef };
  /**
   * For a paste whose HTML names a picture only by its file (Word, WPS: file:///…/clip_image002.png): reads that file,
   * if the clipboard's HTML names it, and returns its bytes (base64) when it is a PNG or JPEG within the size limit.
   */
  'pictures:read-pasted': { request: R<'pictures:read-pasted'>; response: { data: string; mime: PictureType; width: number; height: number } };
  /** The clipboard's text and HTML, for the right-click menu's 粘贴 (the page may not read the clipboard itself). */
  'clipboard:read': { request: R<'clipboard:read'>; response: { text: string; html: string } };
  /** Where the drafts are kept, for 帮助: the data folder, the library file in it, the backups folder. */
  'app:data-location': { request: R<'app:data-location'>; response: { folder: string; library: string; backups: string } };
}

export type Channel = keyof Contract;
export type RequestOf<C extends Channel> = Contract[C]['request'];
export type ResponseOf<C extends Channel> = Contract[C]['response'];

export const CHANNELS = [
  'templates:list',
  'checks:words',
  'drafts:list',
  'drafts:create',
  'drafts:open',
  'drafts:save',
  'drafts:update-metadata',
  'drafts:next-year',
  'drafts:export-docx',
  'drafts:export-pdf',
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
  'pictures:get',
  'pictures:add',
  'pictures:read-pasted',
  'clipboard:read',
  'app:data-location',
] as const satisfies readonly Channel[];

// Every channel is listed once: this fails to compile if one is missing.
type Missing = Exclude<Channel, (typeof CHANNELS)[number]>;
const _allListed: Missing extends never ? true : Missing = true;
void _allListed;

// Every request schema belongs to a channel of the contract.
type Unlisted = Exclude<keyof Requests, Channel>;
const _allInContract: Unlisted extends never ? true : Unlisted = true;
void _allInContract;

// File paths come only from dialogs in the main process (HandlerDeps'
// choose*Path): no request may name one. This fails to compile if a channel's
// request gains a key that looks like a path.
type PathWord = 'path' | 'file' | 'dir' | 'folder' | 'directory';
type PathLikeKey = PathWord | `${PathWord}${Capitalize<string>}` | `${string}${Capitalize<PathWord>}${string}`;
type RequestKey = { [C in Channel]: RequestOf<C> extends object ? keyof RequestOf<C> & string : never }[Channel];
type PathKeysInRequests = Extract<RequestKey, PathLikeKey>;
const _noPathInRequests: [PathKeysInRequests] extends [never] ? true : PathKeysInRequests = true;
void _noPathInRequests;

export type Handlers = { [C in Channel]: (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>> };

/**
 * Commands the main process sends to the renderer: the application menu's,
 * and 'library-notice' when the library recovered from damage after the
 * window opened (the renderer then asks library:notice and shows it).
 */
export type MenuCommand = 'new-draft' | 'export-docx' | 'export-pdf' | 'print' | 'open-draft' | 'import-file' | 'find' | 'replace' | 'word-count' | 'help' | 'library-notice';
export const MENU_COMMAND_EVENT = 'menu:command';

/** What the renderer sees as `window.reportApi`. */
export interface Bridge {
  invoke: <C extends Channel>(channel: C, request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;
  onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
}

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}
