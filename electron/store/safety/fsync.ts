// Flushing a file to the disk before it is renamed into place, so a power cut
// leaves either the old file or the whole new one.
import fs from 'node:fs';

export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
