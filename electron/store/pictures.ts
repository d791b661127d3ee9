// Pictures in the library: one row per content hash, written when a picture
// is inserted or imported, never on autosave (drafts hold only the hash).
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { PictureRef, PictureType } from '../../shared/model';
import { MAX_PICTURE_BYTES, megabytes, pictureInfo } from '../../shared/pictures';
import { UserFacingError } from '../../shared/result';
import type { PictureStore } from './types';

/** Checks a picture's bytes: a PNG or JPEG within the size limit, else a message the clerk can act on. */
export function checkedPicture(bytes: Uint8Array): PictureRef {
  if (bytes.length > MAX_PICTURE_BYTES) {
    throw new UserFacingError('picture-too-large', `图片过大（${megabytes(bytes.length)}），每张图片不能超过 ${megabytes(MAX_PICTURE_BYTES)}。请压缩图片或降低分辨率后再插入。`);
  }
  const info = pictureInfo(bytes);
  if (!info) throw new UserFacingError('picture-unsupported', '只能插入 PNG 或 JPEG 格式的图片。请在画图等软件中将图片另存为 PNG 或 JPEG 后再插入。');
  return { hash: createHash('sha256').update(bytes).digest('hex'), ...info };
}

export function pictureStore(db: Database, now: () => Date): PictureStore {
  const insert = db.prepare<[string, string, number, number, Uint8Array, string]>(
    'INSERT INTO pictures (hash, mime, width, height, bytes, added) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING',
  );
  const select = db.prepare<[string], { mime: string; bytes: Buffer }>('SELECT mime, bytes FROM pictures WHERE hash = ?');
  const exists = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM pictures WHERE hash = ?');
  return {
    add(bytes) {
      const ref = checkedPicture(bytes);
      insert.run(ref.hash, ref.mime, ref.width, ref.height, bytes, now().toISOString());
      return ref;
    },
    get(hash) {
      const row = select.get(hash);
      return row ? { mime: row.mime as PictureType, bytes: new Uint8Array(row.bytes) } : null;
    },
    missing(hashes) {
      return [...new Set(hashes)].filter((h) => !exists.get(h));
    },
  };
}
