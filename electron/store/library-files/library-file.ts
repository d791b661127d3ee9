// Reading and writing the library file (shared/schema/library-file.ts). A
// plain draft file (gongwen-report-draft) is read as a library of one.
import * as v from 'valibot';
import { DRAFT_FILE_FORMAT, DraftFileError, parseDraftFile } from '../../../shared/draft-file';
import { nestsDeeperThan } from '../../../shared/json-depth';
import { isId } from '../../../shared/schema/id';
import { check, issueReason } from '../../../shared/schema/reason';
import {
  LibraryFileHeaderSchema,
  LibraryFileSchema,
  LIBRARY_FILE_FORMAT,
  LIBRARY_FILE_VERSION,
  LibraryFileVersionSchema,
  type LibraryFile,
  type LibraryFileDraft,
  type LibraryFileVersion,
} from '../../../shared/schema/library-file';
import { UserFacingError } from '../../../shared/result';
import { importedStamp } from '../drafts/timestamps';

export {
  LIBRARY_FILE_EXTENSION,
  LIBRARY_FILE_FORMAT,
  LIBRARY_FILE_VERSION,
  type LibraryFile,
  type LibraryFileDraft,
  type LibraryFileVersion,
} from '../../../shared/schema/library-file';

export function serializeLibraryFile(file: LibraryFile): string {
  return JSON.stringify(file) + '\n';
}

/** A row of the versions table, as read for a library file (kind unchecked, JSON as text). */
export interface StoredVersion {
  kind: string;
  name: string;
  title: string;
  metadata: string;
  content: string;
  created: string;
}

/** A stored version as it goes into a library file; null when it is damaged (the file would be refused on import). */
export function fileVersion(row: StoredVersion): LibraryFileVersion | null {
  try {
    const { kind, name, title, created } = row;
    const version = { kind, name, title, metadata: JSON.parse(row.metadata), content: JSON.parse(row.content), created };
    const parsed = v.safeParse(LibraryFileVersionSchema, version, { abortEarly: true });
    return parsed.success ? parsed.output : null;
  } catch {
    return null;
  }
}

function bad(where: string, reason: string): UserFacingError {
  return new UserFacingError('library-file-invalid', `文稿库文件内容有误，未导入任何文稿（${where}：${reason}）。请确认文件来自本软件的“导出文稿库”。`);
}

/** Where in the file an issue is (第 2 份文稿的第 1 个版本), and the path inside it. */
function place(issue: v.BaseIssue<unknown>): { where: string; from: number } {
  const keys = (issue.path ?? []).map((p) => p.key);
  if (keys[0] !== 'drafts' || typeof keys[1] !== 'number') return { where: '文件头', from: 0 };
  const draft = `第 ${keys[1] + 1} 份文稿`;
  if (keys[2] !== 'versions' || typeof keys[3] !== 'number') return { where: draft, from: 2 };
  return { where: `${draft}的第 ${keys[3] + 1} 个版本`, from: 4 };
}

/**
 * Times as the store keeps them: fixed-width ISO 8601 UTC (text order is time
 * order) and never later than now (a stamp from the future would drag every
 * later change stamp after it). An id the program's own requests could not
 * name (the IPC rule) would leave a draft that cannot be opened: it is added
 * under a new id instead.
 */
function normalised(d: LibraryFileDraft, now: Date): LibraryFileDraft {
  const at = (stamp: string) => importedStamp(stamp, now)!;
  return {
    ...d,
    id: d.id !== null && isId(d.id) ? d.id : null,
    created: at(d.created),
    updated: at(d.updated),
    deletedAt: d.deletedAt === null ? null : at(d.deletedAt),
    versions: d.versions.map((x) => ({ ...x, created: at(x.created) })),
  };
}

function fromDraftFile(text: string, now: Date): LibraryFile {
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

/**
 * Reads a library file or a plain draft file; throws UserFacingError saying
 * what is wrong, and where. Times come back fixed-width and no later than now;
 * a draft id the program could not use comes back null (the draft gets a new one).
 */
export function parseLibraryFile(text: string, now: Date): LibraryFile {
  if (nestsDeeperThan(text)) {
    throw new UserFacingError('library-file-invalid', '文件不是本软件导出的文稿库文件：其中的内容嵌套层数异常（远多于本软件写出的文件），未导入任何文稿。请确认文件来自本软件的“导出文稿库”。');
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch {
    throw new UserFacingError('library-file-invalid', '文件不是本软件导出的文稿库文件（内容不是有效的 JSON），未导入任何文稿。');
  }
  if (v.is(v.object({ format: v.literal(DRAFT_FILE_FORMAT) }), data)) return fromDraftFile(text, now);
  if (!v.is(v.object({ format: v.literal(LIBRARY_FILE_FORMAT) }), data)) {
    throw new UserFacingError('library-file-invalid', '文件不是本软件导出的文稿库文件，未导入任何文稿。');
  }
  const header = check(LibraryFileHeaderSchema, data);
  if (!header.ok) throw bad('文件头', header.reason);
  if (header.value.version > LIBRARY_FILE_VERSION) {
    throw new UserFacingError('library-file-too-new', '文稿库文件由更新版本的软件导出，本程序无法读取。请升级本软件后再导入。');
  }
  const file = v.safeParse(LibraryFileSchema, data, { abortEarly: true });
  if (!file.success) {
    const issue = file.issues[0];
    const { where, from } = place(issue);
    throw bad(where, issueReason(issue, { from }));
  }
  return { ...file.output, drafts: file.output.drafts.map((d) => normalised(d, now)) };
}
