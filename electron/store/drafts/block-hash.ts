// What the search index remembers of a block's text: 52 bits of its SHA-1,
// enough to tell whether a save changed the block (an integer SQLite stores
// in eight bytes, instead of a second copy of the text).
import crypto from 'node:crypto';

export function blockHash(text: string): number {
  return Number.parseInt(crypto.createHash('sha1').update(text).digest('hex').slice(0, 13), 16);
}
