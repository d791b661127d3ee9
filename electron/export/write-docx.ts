// 导出 Word: build the .docx and write it atomically.
import { writeFileAtomic } from '../fs/write-atomic';
import { buildDocx, type ExportInput } from './docx-document';

export async function exportDocx(target: string, input: ExportInput): Promise<void> {
  await writeFileAtomic(target, await buildDocx(input));
}
