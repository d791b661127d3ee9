// Reading a draft file for a CLI command, with messages a clerk or IT can act on.
import { readFile, stat } from 'node:fs/promises';
import { DraftFileError, parseDraftFile, type DraftFile } from '../../shared/draft-file';
import { UserFacingError } from '../../shared/result';
import { MAX_IMPORT_BYTES } from '../import/errors';

export async function readDraftFile(path: string): Promise<DraftFile> {
  let text: string;
  try {
    // The import's size limit, checked before reading: a huge file never comes into memory.
    const { size } = await stat(path);
    if (size > MAX_IMPORT_BYTES) {
      throw new UserFacingError('draft-too-large', `“${path}”有 ${(size / 1024 / 1024).toFixed(1)} MB，超过了 50 MB 的上限，不是本软件写出的文稿文件。请确认选择的文件是否正确。`);
    }
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof UserFacingError) throw error;
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
