// Reads a drafts row back into a Draft, refusing malformed JSON with a
// message about that one draft rather than crashing.
import type { Draft } from '../../../shared/ipc';
import { UserFacingError } from '../../../shared/result';
import { ReportContentSchema } from '../../../shared/schema/content';
import { DraftMetadataSchema } from '../../../shared/schema/metadata';
import { check } from '../../../shared/schema/reason';

export interface DraftRow {
  id: string;
  title: string;
  template: string;
  metadata: string;
  content: string;
  created: string;
  updated: string;
}

function corrupt(row: DraftRow, reason: string): UserFacingError {
  return new UserFacingError(
    'draft-corrupt',
    `文稿“${row.title || row.id}”的数据已损坏，无法打开（${reason}）。其他文稿不受影响。` +
      '请不要删除数据文件，并联系技术支持人员尝试恢复。',
  );
}

function parseJson(row: DraftRow, column: 'metadata' | 'content'): unknown {
  try {
    return JSON.parse(row[column]);
  } catch {
    throw corrupt(row, `${column} is not valid JSON`);
  }
}

export function rowToDraft(row: DraftRow): Draft {
  const metadata = check(DraftMetadataSchema, parseJson(row, 'metadata'), 'metadata');
  if (!metadata.ok) throw corrupt(row, metadata.reason);
  const content = check(ReportContentSchema, parseJson(row, 'content'), 'content');
  if (!content.ok) throw corrupt(row, content.reason);
  const { id, title, template, created, updated } = row;
  return { id, title, template, metadata: metadata.value, content: content.value, created, updated };
}
