// Creating a folder (the data folder, its backups folder) with an error that
// names the real cause. Node's recursive mkdir says ENOENT when a parent
// cannot be written (a read-only disk): the nearest existing folder is asked
// why, so the clerk hears "read-only", not "no such file or directory".
import fs from 'node:fs';
import path from 'node:path';

export function makeFolder(folder: string): void {
  try {
    fs.mkdirSync(folder, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    let parent = path.dirname(folder);
    while (!fs.existsSync(parent) && path.dirname(parent) !== parent) parent = path.dirname(parent);
    if (!fs.statSync(parent).isDirectory()) throw Object.assign(new Error(`${parent} is not a folder`), { code: 'ENOTDIR' });
    fs.accessSync(parent, fs.constants.W_OK); // throws EROFS or EACCES: the real cause
    throw error;
  }
}
