// The library as one file for moving between machines: JSON with a format
// name and version, holding drafts (回收站 included) with all their versions.
// A plain draft file (gongwen-report-draft) is read as a library of one.
import { DRAFT_FILE_FORMAT, DraftFileError, parseDraftFile } from '../../shared/draft-file';
import type { Draft } from '../../shared/ipc';
import { VERSION_KINDS, type VersionKind } from '../../shared/library';
import { validateContent, validateMetadata, type DraftMetadata, type ReportContent } from '../../shared/model';
import { UserFacingError } from '../../shared/result';
import { id as ipcId } from '../ipc-validate';
import { importedStamp } from './timestamps';

export const LIBRARY_FILE_FORMAT = 'gongwen-report-library';
export const LIBRARY_FILE_VERSION = 1;
export const LIBRARY_FILE_EXTENSION = 'gwlib';

export interface LibraryFileVersion {
  kind: VersionKind;
  name: string;
  title: string;
  metadata: DraftMetadata;
  content: ReportContent;
  created: string;
}

export type LibraryFileDraft = Omit<Draft, 'id'> & {
  /** Null for a draft that comes without one (a plain draft file): it is always added. */
  id: string | null;
  deletedAt: string | null;
  versions: LibraryFileVersion[];
};

export interface LibraryFile {
  format: typeof LIBRARY_FILE_FORMAT;
  version: typeof LIBRARY_FILE_VERSION;
  exported: string;
  drafts: LibraryFileDraft[];
}

export function serializeLibraryFile(file: LibraryFile): string {
  return JSON.stringify(file) + '\n';
}

function bad(where: string, reason: string): UserFacingError {
  return new UserFacingError('library-file-invalid', `文稿库文件内容有误，未导入任何文稿（${where}：${reason}）。请确认文件来自本软件的“导出文稿库”。`);
}

/**
 * A time as the store keeps it: fixed-width ISO 8601 UTC (text order is time
 * order) and never later than now (a stamp from the future would drag every
 * later change stamp after it).
 */
function stamp(where: string, field: string, v: unknown, now: Date): string {
  const s = typeof v === 'string' ? importedStamp(v, now) : null;
  if (s === null) throw bad(where, `${field} is not a time`);
  return s;
}

function checkDocument(where: string, d: Record<string, unknown>, now: Date): void {
  if (typeof d.title !== 'string') throw bad(where, 'title is not text');
  const reason = validateMetadata(d.metadata) ?? validateContent(d.content);
  if (reason) throw bad(where, reason);
  d.created = stamp(where, 'created', d.created, now);
}

function checkDraft(value: unknown, i: number, now: Date): LibraryFileDraft {
  const where = `第 ${i + 1} 份文稿`;
  if (typeof value !== 'object' || value === null) throw bad(where, 'not an object');
  const d = { ...(value as Record<string, unknown>) };
  checkDocument(where, d, now);
  if (d.id !== null && typeof d.id !== 'string') throw bad(where, 'id is not text');
  // An id the program's own requests could not name (the IPC rule) would
  // leave a draft that cannot be opened: it is added under a new id instead.
  if (typeof d.id === 'string' && ipcId.check(d.id) !== null) d.id = null;
  if (typeof d.template !== 'string') throw bad(where, 'template is not text');
  d.updated = stamp(where, 'updated', d.updated, now);
  if (d.deletedAt !== null) d.deletedAt = stamp(where, 'deletedAt', d.deletedAt, now);
  if (!Array.isArray(d.versions)) throw bad(where, 'versions is not a list');
  d.versions = d.versions.map((v: unknown, j) => {
    const vw = `${where}的第 ${j + 1} 个版本`;
    if (typeof v !== 'object' || v === null) throw bad(vw, 'not an object');
    const r = { ...(v as Record<string, unknown>) };
    checkDocument(vw, r, now);
    if (!VERSION_KINDS.includes(r.kind as VersionKind)) throw bad(vw, `unknown kind ${String(r.kind)}`);
    if (typeof r.name !== 'string') throw bad(vw, 'name is not text');
    return r;
  });
  return d as unknown as LibraryFileDraft;
}

/**
 * Reads a library file or a plain draft file; throws UserFacingError saying
 * what is wrong. Times come back fixed-width and no later than now; a draft
 * id the program could not use comes back null (the draft gets a new one).
 */
export function parseLibraryFile(text: string, now: Date): LibraryFile {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch {
    throw new UserFacingError('library-file-invalid', '文件不是本软件导出的文稿库文件（内容不是有效的 JSON），未导入任何文稿。');
  }
  const f = data as Omit<Partial<LibraryFile>, 'format'> & { format?: unknown };
  if (f && typeof f === 'object' && f.format === DRAFT_FILE_FORMAT) {
    try {
      const d = parseDraftFile(text);
      const stamp = now.toISOString();
      const draft = { id: null, title: d.title, template: d.template, metadata: d.metadata, content: d.content };
      return { format: LIBRARY_FILE_FORMAT, version: LIBRARY_FILE_VERSION, exported: stamp, drafts: [{ ...draft, created: stamp, updated: stamp, deletedAt: null, versions: [] }] };
    } catch (error) {
      if (error instanceof DraftFileError) throw new UserFacingError('library-file-invalid', `${error.message}未导入任何文稿。`);
      throw error;
    }
  }
  if (!f || typeof f !== 'object' || f.format !== LIBRARY_FILE_FORMAT) {
    throw new UserFacingError('library-file-invalid', '文件不是本软件导出的文稿库文件，未导入任何文稿。');
  }
  if (typeof f.version !== 'number' || !Number.isInteger(f.version) || f.version < 1) throw bad('文件头', 'version is not a whole number');
  if (f.version > LIBRARY_FILE_VERSION) {
    throw new UserFacingError('library-file-too-new', '文稿库文件由更新版本的软件导出，本程序无法读取。请升级本软件后再导入。');
  }
  if (!Array.isArray(f.drafts)) throw bad('文件头', 'drafts is not a list');
  return { format: LIBRARY_FILE_FORMAT, version: LIBRARY_FILE_VERSION, exported: String(f.exported ?? ''), drafts: f.drafts.map((d, i) => checkDraft(d, i, now)) };
}
