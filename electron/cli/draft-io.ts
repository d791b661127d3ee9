// Reading a draft file for a CLI command, with messages a clerk or IT can act on.
import { readFile } from 'node:fs/promises';
import { DraftFileError, parseDraftFile, type DraftFile } from '../../shared/draft-file';
import { UserFacingError } from '../../shared/result';

export async function readDraftFile(path: string): Promise<DraftFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserFacingError('draft-missing', `找不到文稿文件“${path}”。`);
    if (code === 'EISDIR') throw new UserFacingError('draft-missing', `“${path}”是文件夹，不是文稿文件。`);
    throw new UserFacingError('draft-unreadable', `无法读取文稿文件“${path}”（错误代码 ${code ?? '未知'}）。`);
  }
  try {
    return parseDraftFile(text);
  } catch (error) {
    if (error instanceof DraftFileError) throw new UserFacingError('draft-invalid', `“${path}”：${error.message}`);
    throw error;
  }
}
