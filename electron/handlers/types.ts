import type { Channel, RequestOf, ResponseOf } from '../../shared/ipc';
import type { OpenNotice } from '../../shared/library';
import type { DraftStore } from '../store/types';

/** What the handlers need from their host (Electron's main process, or a test). */
export interface HandlerDeps {
  store: DraftStore;
  /** Asks the clerk where to save the .docx (or, with 'pdf', the PDF); null when cancelled. */
  chooseExportPath: (suggestedName: string, format?: 'pdf') => Promise<string | null>;
  /** Asks the clerk for a .docx or .txt file to import; null when cancelled. Absent: import is unavailable. */
  chooseImportPath?: () => Promise<string | null>;
  /** Asks where to write a library file (文稿库导出); null when cancelled. */
  chooseLibraryExportPath?: (suggestedName: string) => Promise<string | null>;
  /** Asks which library or draft file to import; null when cancelled. */
  chooseLibraryImportPath?: () => Promise<string | null>;
  /** What opening the library must tell the clerk once (a recovery from backup). */
  openNotice?: OpenNotice | null;
  /** A recovery after opening (the background check or a query met damage), taken once. */
  laterNotice?: () => OpenNotice | null;
  /** The data folder the library was opened from (shown in 帮助). */
  dataDir?: string;
  /** Reads the system clipboard (text and HTML); absent: the menu's 粘贴 is unavailable. */
  readClipboard?: () => Promise<{ text: string; html: string }>;
  now?: () => Date;
  log?: (message: string, error: unknown) => void;
}

/** Plain implementations of some channels: they return values or throw UserFacingError. */
export type Impl<K extends Channel> = {
  [C in K]: (request: RequestOf<C>) => ResponseOf<C> | Promise<ResponseOf<C>>;
};

