// Importing a report file: .docx, .txt or .html → a new draft's title, metadata and
// structured content. Checks come first (size, format, encryption), so a bad
// file is refused with a clear message before anything is created.
import { open, type FileHandle } from 'node:fs/promises';
import { basename, dirname, extname } from 'node:path';
import type { ReportContent } from '../../shared/model';
import { UserFacingError } from '../../shared/result';
import { importedDraft, recognize, recognizeText, type ImportedDraft } from '../../shared/recognize';
import { NO_NOTES, type ImportNotes } from '../../shared/recognize/summary';
import type { ImportedPicture } from './collected';
import { docxParagraphs, readDocxParts } from './docx';
import { readHtml } from './html-file';
import { importErrors, MAX_IMPORT_BYTES } from './errors';
import { decodeText } from './text-encoding';
import { XmlError } from './xml';
import { ZipError, ZipReader } from './zip';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Does an OLE compound file hold an encrypted OOXML package (Word's password protection)? */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  const needle = Buffer.from('EncryptionInfo', 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

/** What an import brings besides the draft: the pictures its content shows, and what it could not bring over. */
export interface ImportExtras {
  pictures: Map<string, ImportedPicture>;
  notes: ImportNotes;
}

export type ImportedFile = ImportedDraft & ImportExtras;

const NOTHING_ELSE = (): ImportExtras => ({ pictures: new Map(), notes: NO_NOTES });

/** The report's blocks from a .docx file's bytes. */
export function docxContent(bytes: Uint8Array, name: string): ReportContent {
  return readDocx(bytes, name).content;
}

/** The report's blocks from a .docx file's bytes, with its pictures and what was left out. */
export function readDocx(bytes: Uint8Array, name: string): { content: ReportContent } & ImportExtras {
  if (startsWith(bytes, OLE)) throw isEncryptedPackage(bytes) ? importErrors.encrypted(name) : importErrors.legacyWord(name);
  try {
    const zip = new ZipReader(bytes);
    if (zip.has('EncryptionInfo') || zip.has('EncryptedPackage')) throw importErrors.encrypted(name);
    const parts = readDocxParts(zip);
    if (!parts) throw importErrors.notDocx(name);
    const { paragraphs, found } = docxParagraphs(parts);
    const content = recognize(paragraphs);
    return { content, pictures: found.pictures, notes: found.notes() };
  } catch (error) {
    if (error instanceof ZipError) {
      if (error.kind === 'limit') throw importErrors.zipBomb(name);
      if (error.kind === 'entries') throw importErrors.tooManyParts(name);
      if (error.kind === 'encrypted') throw importErrors.encrypted(name);
      throw importErrors.notDocx(name);
    }
    if (error instanceof XmlError) throw error.tooDeep ? importErrors.tooDeep(name) : importErrors.notDocx(name);
    throw error;
  }
}

/** What an import could not take over whole, for the clerk's report. */
export interface ImportReport {
  /** Bytes of a text file that could not be read (replaced by “�”) or were NUL (dropped). */
  unreadableBytes: number;
}

/** The report's blocks from a text file's bytes, whatever its encoding. */
export function txtContent(bytes: Uint8Array, report?: ImportReport): ReportContent {
  const decoded = decodeText(bytes);
  if (report) report.unreadableBytes = decoded.unreadableBytes;
  return recognizeText(decoded.text);
}

/** The sentence of an import report about unreadable bytes, or '' when there were none. */
export function unreadableNote(report: ImportReport): string {
  if (report.unreadableBytes === 0) return '';
  return `文件中有 ${report.unreadableBytes} 个字节无法识别为文字，已替换为“�”或略去；请在文稿中查找“�”，对照原文改正。`;
}

type Kind = 'docx' | 'txt' | 'html';

function kindOf(name: string, bytes: Uint8Array): Kind {
  const ext = extname(name).toLowerCase();
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46]) || ext === '.pdf') throw importErrors.pdf(name);
  if (ext === '.doc' || ext === '.dot') throw importErrors.legacyWord(name);
  if (ext === '.wps' || ext === '.wpt') throw importErrors.wps(name);
  if (ext === '.rtf' || startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) throw importErrors.rtf(name);
  if (ext === '.docx' || ext === '.docm' || ext === '.dotx' || ext === '.wpsx') return 'docx';
  if (ext === '' && startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'docx';
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.txt' || ext === '.text' || ext === '') return 'txt';
  throw importErrors.unsupported(name);
}

/** A draft from a file's bytes; `name` is used in messages and as the title of last resort. */
export function importBytes(name: string, bytes: Uint8Array, today: Date, report?: ImportReport, folder = '.'): ImportedFile {
  if (bytes.length === 0) throw importErrors.empty(name);
  if (bytes.length > MAX_IMPORT_BYTES) throw importErrors.tooLarge(name, bytes.length);
  const kind = kindOf(name, bytes);
  const { content, ...extras } =
    kind === 'docx' ? readDocx(bytes, name) : kind === 'html' ? readHtml(bytes, folder) : { content: txtContent(bytes, report), ...NOTHING_ELSE() };
  if (content.length === 0) throw importErrors.noText(name);
  return { ...importedDraft(content, today, basename(name, extname(name))), ...extras };
}

/**
 * A file's bytes for import or checking, after the checks that need no reading:
 * a folder, a device or pipe, an empty file and one over the size limit are
 * refused first, so a huge file is never read into memory.
 */
export async function readImportFile(path: string): Promise<Uint8Array> {
  const name = basename(path);
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    const s = await handle.stat();
    if (s.isDirectory()) throw importErrors.folder(name);
    if (!s.isFile()) throw importErrors.notAFile(name);
    if (s.size === 0) throw importErrors.empty(name);
    if (s.size > MAX_IMPORT_BYTES) throw importErrors.tooLarge(name, s.size);
    // Read what stat said, no more: a file that grows meanwhile cannot push past the limit.
    const bytes = new Uint8Array(s.size);
    let filled = 0;
    while (filled < bytes.length) {
      const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return bytes.subarray(0, filled);
  } catch (error) {
    throw fsError(error, name);
  } finally {
    await handle?.close();
  }
}

/** A draft from a file on disk. Nothing is written anywhere. */
export async function importFile(path: string, today: Date, report?: ImportReport): Promise<ImportedFile> {
  return importBytes(basename(path), await readImportFile(path), today, report, dirname(path));
}

function fsError(error: unknown, name: string): unknown {
  if (error instanceof UserFacingError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return importErrors.missing(name);
  if (code === 'EISDIR') return importErrors.folder(name);
  if (code) return importErrors.unreadable(name, code);
  return error;
}
