// A report file of any kind the batch commands take (.docx, .txt, .html), as
// a draft with its pictures, through the importer and its checks of size,
// format and encryption.
import { extname } from 'node:path';
import { importFile, type ImportedFile } from '../import/import-file';

export const isHtml = (file: string) => /^\.html?$/iu.test(extname(file));

export function readReportFile(path: string, today: Date): Promise<ImportedFile> {
  return importFile(path, today);
}
