// Reads a drafts row back into a Draft, refusing malformed JSON with a
// message about that one draft rather than crashing.
import type { Draft } from '../../shared/ipc';
import type { DraftMetadata } from '../../shared/model';
import { validateContent, validateMetadata } from '../../shared/model';
import { UserFacingError } from '../../shared/result';

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
  const metadata = parseJson(row, 'metadata');
  const metadataReason = validateMetadata(metadata);
  if (metadataReason) throw corrupt(row, metadataReason);
  const content = parseJson(row, 'content');
  const contentReason = validateContent(content);
  if (contentReason) throw corrupt(row, contentReason);
  const { id, title, template, created, updated } = row;
  return { id, title, template, metadata: metadata as DraftMetadata, content: content as Draft['content'], created, updated };
}
