import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../../shared/result';
import { storageError } from '../../electron/store/storage-errors';

const err = (code: string) => Object.assign(new Error(`raw ${code}`), { code });
const map = (e: unknown) => storageError(e, '/data/drafts.sqlite3', '/data');

describe('storage errors', () => {
  it.each([
    ['SQLITE_BUSY', 'database-locked'],
    ['SQLITE_LOCKED', 'database-locked'],
    ['SQLITE_NOTADB', 'database-not-a-database'],
    ['SQLITE_CORRUPT', 'database-corrupt'],
    ['SQLITE_READONLY', 'data-dir-not-writable'],
    ['SQLITE_READONLY_DIRECTORY', 'data-dir-not-writable'],
    ['SQLITE_CANTOPEN', 'data-dir-not-writable'],
    ['EACCES', 'data-dir-not-writable'],
    ['EROFS', 'data-dir-not-writable'],
    ['ENOTDIR', 'data-dir-not-a-folder'],
    ['SQLITE_FULL', 'disk-full'],
    ['SQLITE_IOERR_WRITE', 'disk-error'],
    ['SQLITE_MISUSE', 'database-error'],
  ])('maps %s to %s with a Chinese message', (code, expected) => {
    const mapped = map(err(code));
    expect(mapped).toBeInstanceOf(UserFacingError);
    expect(mapped.code).toBe(expected);
    expect(mapped.message).toMatch(/[\u4e00-\u9fff]/u);
  });

  it('names the folder for a read-only folder', () => {
    expect(map(err('SQLITE_CANTOPEN')).message).toContain('“/data”');
  });

  it('passes a UserFacingError through unchanged', () => {
    const e = new UserFacingError('x', '说明');
    expect(map(e)).toBe(e);
  });
});
