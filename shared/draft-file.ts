// The draft as a file (CLI, moving drafts around): the document model as JSON
// with a format name and version, so later versions can read older files.
import { validateContent, validateMetadata, type DraftMetadata, type ReportContent } from './model';

export const DRAFT_FILE_FORMAT = 'gongwen-report-draft';
export const DRAFT_FILE_VERSION = 1;

export interface DraftFile {
  format: typeof DRAFT_FILE_FORMAT;
  version: typeof DRAFT_FILE_VERSION;
  title: string;
  template: string;
  metadata: DraftMetadata;
  content: ReportContent;
}

export class DraftFileError extends Error {}

export function serializeDraftFile(d: Omit<DraftFile, 'format' | 'version'>): string {
  const file: DraftFile = { format: DRAFT_FILE_FORMAT, version: DRAFT_FILE_VERSION, ...d };
  return JSON.stringify(file, null, 2) + '\n';
}

/** Parses a draft file; throws DraftFileError with a message a clerk can act on. */
export function parseDraftFile(text: string): DraftFile {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch {
    throw new DraftFileError('文件不是有效的文稿文件（JSON 格式有误）。');
  }
  const d = data as Partial<DraftFile> | null;
  if (!d || typeof d !== 'object' || d.format !== DRAFT_FILE_FORMAT) {
    throw new DraftFileError('文件不是本软件的文稿文件。');
  }
  if (typeof d.version !== 'number' || !Number.isInteger(d.version) || d.version < 1) {
    throw new DraftFileError('文稿文件的版本信息无效，无法打开。');
  }
  if (d.version > DRAFT_FILE_VERSION) {
    throw new DraftFileError('文稿文件由更新版本的软件生成，请升级本软件后再打开。');
  }
  const reason = validateContent(d.content);
  if (reason) throw new DraftFileError(`文稿内容已损坏（${reason}）。`);
  if (validateMetadata(d.metadata)) throw new DraftFileError('文稿文件缺少单位、年度等信息。');
  if (typeof d.title !== 'string' || typeof d.template !== 'string') {
    throw new DraftFileError('文稿文件缺少标题或模板信息。');
  }
  return d as DraftFile;
}
