// The files a batch command (format, check) works through: files named on the
// command line as they are, and the reports inside named folders (with their
// subfolders), in name order, each with the path it is shown and saved under.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserFacingError } from '../../shared/result';

export interface InputFile {
  /** Absolute path. */
  path: string;
  /** Its path below the folder it was found in (its name when named itself): shown, and kept in the output. */
  relative: string;
}

/** Word documents, text files (and files named without an extension) and web pages. */
const REPORT = /\.(docx|txt|html?)$/iu;

/** Word's lock files (~$报告.docx) and hidden files are no reports. */
const skipped = (name: string) => name.startsWith('~$') || name.startsWith('.');

async function walk(root: string, dir: string, out: InputFile[], accept: RegExp): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  for (const entry of entries) {
    if (skipped(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(root, full, out, accept);
    else if (entry.isFile() && accept.test(entry.name)) out.push({ path: full, relative: path.relative(root, full) });
  }
}

/**
 * Every input, in order: a named file as it is (its kind is checked when it is
 * read), a named folder's reports of the accepted kinds. A path that does not
 * exist is an error before anything is done.
 */
export async function collectInputs(names: readonly string[], cwd: string, accept: RegExp = REPORT): Promise<InputFile[]> {
  const out: InputFile[] = [];
  for (const name of names) {
    const full = path.resolve(cwd, name);
    let isDir: boolean;
    try {
      isDir = (await stat(full)).isDirectory();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new UserFacingError('input-missing', `找不到“${name}”，请确认文件或文件夹的路径。`);
      throw new UserFacingError('input-unreadable', `无法读取“${name}”（错误代码 ${code ?? '未知'}）。`);
    }
    if (isDir) await walk(full, full, out, accept);
    else out.push({ path: full, relative: path.basename(full) });
  }
  return out;
}
