// The draft as a file (CLI, moving drafts around): the document model as JSON
// with a format name and version (schema/draft-file.ts), so later versions
// can read older files. Every refusal says what is wrong, and where.
import * as v from 'valibot';
import { DraftFileHeaderSchema, DraftFileSchema, DRAFT_FILE_FORMAT, DRAFT_FILE_VERSION, type DraftFile } from './schema/draft-file';
import { upgradeAnnexes } from './annexes';
import { nestsDeeperThan } from './json-depth';
import { METADATA_LABELS } from './schema/metadata';
import { check, topKey } from './schema/reason';

export { DRAFT_FILE_FORMAT, DRAFT_FILE_VERSION, type DraftFile } from './schema/draft-file';

export class DraftFileError extends Error {}

export function serializeDraftFile(d: Omit<DraftFile, 'format' | 'version'>): string {
  const { pictures, ...rest } = d;
  const file: DraftFile = { format: DRAFT_FILE_FORMAT, version: DRAFT_FILE_VERSION, ...rest, ...(pictures && Object.keys(pictures).length ? { pictures } : {}) };
  return JSON.stringify(file, null, 2) + '\n';
}

/** The hash of the first picture the content shows that the file does not carry, or null. */
function missingPicture(file: DraftFile): string | null {
  for (const b of file.content) if (b.type === 'image' && !Object.hasOwn(file.pictures ?? {}, b.picture.hash)) return b.picture.hash;
  return null;
}

/** The metadata field an issue is about, as the clerk knows it (单位全称, 字体方案), or null. */
function metadataLabel(issue: v.BaseIssue<unknown>): string | null {
  const [, field, inner] = (issue.path ?? []).map((p) => String(p.key));
  const key = (field === 'format' || field === 'redHeader' || field === 'colophon') && inner ? inner : field;
  return key !== undefined && Object.hasOwn(METADATA_LABELS, key) ? METADATA_LABELS[key as keyof typeof METADATA_LABELS] : null;
}

/** Parses a draft file; throws DraftFileError with a message a clerk can act on, keeping the reason. */
export function parseDraftFile(text: string): DraftFile {
  if (nestsDeeperThan(text)) throw new DraftFileError('文件不是有效的文稿文件：其中的内容嵌套层数异常（远多于本软件写出的文件），未读取。请确认文件来自本软件的“导出文稿”。');
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch {
    throw new DraftFileError('文件不是有效的文稿文件（JSON 格式有误）。');
  }
  if (!v.is(v.object({ format: v.literal(DRAFT_FILE_FORMAT) }), data)) throw new DraftFileError('文件不是本软件的文稿文件。');
  const header = check(DraftFileHeaderSchema, data);
  if (!header.ok) throw new DraftFileError(`文稿文件的版本信息无效，无法打开（${header.reason}）。`);
  if (header.value.version > DRAFT_FILE_VERSION) {
    throw new DraftFileError('文稿文件由更新版本的软件生成，请升级本软件后再打开。');
  }
  const file = check(DraftFileSchema, data);
  if (file.ok) {
    const missing = missingPicture(file.value);
    if (missing) throw new DraftFileError(`文稿文件缺少文中的图片（${missing.slice(0, 12)}），文件可能不完整，请重新导出该文稿。`);
    // Before version 3 an attachment could only follow the date as paragraphs: it becomes an attachment.
    return file.value.version < 3 ? { ...file.value, content: upgradeAnnexes(file.value.content) } : file.value;
  }
  const { issue, reason } = file;
  switch (topKey(issue)) {
    case 'content':
      throw new DraftFileError(`文稿内容已损坏（${reason}）。`);
    case 'metadata': {
      if (issue.path?.length === 1 && issue.input === undefined) throw new DraftFileError(`文稿文件缺少单位、年度等信息（${reason}）。`);
      const label = metadataLabel(issue);
      throw new DraftFileError(`文稿文件中的${label ? `“${label}”` : '单位、年度等信息'}有误（${reason}）。请改正该项后再试，或在本软件中重新导出该文稿。`);
    }
    default:
      throw new DraftFileError(`文稿文件缺少标题或模板信息（${reason}）。`);
  }
}
