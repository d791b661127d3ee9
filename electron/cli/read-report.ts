// A report file of any kind the batch commands take, as a draft: .docx and
// .txt through the importer (its checks of size, format and encryption first),
// .html (a page saved from Word, WPS or a browser) through the paste
// recognizer, with the same limits.
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { importedDraft, recognizeHtml, type ImportedDraft } from '../../shared/recognize';
import { importErrors, MAX_IMPORT_BYTES } from '../import/errors';
import { importFile } from '../import/import-file';
import { decodeText } from '../import/text-encoding';

export const isHtml = (file: string) => /^\.html?$/iu.test(extname(file));

async function importHtml(path: string, today: Date): Promise<ImportedDraft> {
  const name = basename(path);
  let bytes: Buffer;
  try {
    const s = await stat(path);
    if (s.isDirectory()) throw importErrors.folder(name);
    if (s.size > MAX_IMPORT_BYTES) throw importErrors.tooLarge(name, s.size);
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw importErrors.missing(name);
    if (code) throw importErrors.unreadable(name, code);
    throw error;
  }
  if (bytes.length === 0) throw importErrors.empty(name);
  const content = recognizeHtml(decodeText(bytes).text);
  if (content.length === 0) throw importErrors.noText(name);
  return importedDraft(content, today, basename(name, extname(name)));
}

export function readReportFile(path: string, today: Date): Promise<ImportedDraft> {
  return isHtml(path) ? importHtml(path, today) : importFile(path, today);
}
