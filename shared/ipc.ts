// The one IPC contract: channel names with their request and response types.
// electron/handlers.ts implements it, electron/preload.ts exposes it to the
// renderer, and end-to-end tests expose the same handlers to a browser page.
import type { DraftMetadata, ReportContent } from './model';
import type { Result } from './result';
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
  /** Asks where to save, then writes the .docx; null when the clerk cancels. */
  'drafts:export-docx': { request: { id: string }; response: { path: string } | null };
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
  'drafts:export-docx',
] as const satisfies readonly Channel[];

// Every channel is listed once: this fails to compile if one is missing.
type Missing = Exclude<Channel, (typeof CHANNELS)[number]>;
const _allListed: Missing extends never ? true : Missing = true;
void _allListed;

export type Handlers = { [C in Channel]: (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>> };

/** Commands the application menu sends to the renderer. */
export type MenuCommand = 'new-draft' | 'export-docx' | 'open-draft';
export const MENU_COMMAND_EVENT = 'menu:command';

/** What the renderer sees as `window.reportApi`. */
export interface Bridge {
  invoke: <C extends Channel>(channel: C, request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;
  onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
}

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}
