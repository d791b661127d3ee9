// A small, defensive .zip reader for .docx files: reads the central directory,
// checks it against limits before inflating anything (entry count, declared
// total size; for each entry read: declared size and compression ratio), and
// inflates an entry in chunks, stopping as soon as its actual size exceeds
// what was declared or allowed (zip bombs). Only the parts that are read are
// inflated: images and other media are never touched.
import { Inflate } from 'fflate';

export interface ZipLimits {
  maxEntries: number;
  /** Largest uncompressed size of one entry that is read. */
  maxEntryBytes: number;
  /** Largest sum of the declared uncompressed sizes of all entries. */
  maxTotalBytes: number;
  /** Largest uncompressed : compressed ratio of an entry read that is bigger than `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
}

export const DOCX_ZIP_LIMITS: ZipLimits = {
  maxEntries: 5000,
  maxEntryBytes: 200 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
};

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** Why a zip could not be read: not a zip at all, over a limit, or damaged. */
export class ZipError extends Error {
  constructor(
    /** 'entries': more parts than any document has (or a ZIP64 archive, which no document needs). */
    readonly kind: 'not-zip' | 'limit' | 'entries' | 'damaged' | 'encrypted',
    message: string,
  ) {
    super(message);
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function findEndOfCentralDirectory(bytes: Uint8Array, dv: DataView): number {
  const min = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= min; i--) if (dv.getUint32(i, true) === EOCD) return i;
  throw new ZipError('not-zip', 'no end of central directory');
}

export class ZipReader {
  readonly entries = new Map<string, ZipEntry>();

  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: ZipLimits = DOCX_ZIP_LIMITS,
  ) {
    if (bytes.length < 22 || view(bytes).getUint32(0, true) !== LOCAL) throw new ZipError('not-zip', 'no zip signature');
    const dv = view(bytes);
    const end = findEndOfCentralDirectory(bytes, dv);
    const count = dv.getUint16(end + 10, true);
    const offset = dv.getUint32(end + 16, true);
    if (count === 0xffff || offset === 0xffffffff) throw new ZipError('entries', 'zip64 archives are not supported');
    if (count > limits.maxEntries) throw new ZipError('entries', `${count} entries`);
    let p = offset;
    let total = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > bytes.length || dv.getUint32(p, true) !== CENTRAL) throw new ZipError('damaged', 'central directory is cut short');
      const nameLength = dv.getUint16(p + 28, true);
      const entry: ZipEntry = {
        flags: dv.getUint16(p + 8, true),
        method: dv.getUint16(p + 10, true),
        compressedSize: dv.getUint32(p + 20, true),
        size: dv.getUint32(p + 24, true),
        localOffset: dv.getUint32(p + 42, true),
        name: new TextDecoder('utf-8').decode(bytes.subarray(p + 46, p + 46 + nameLength)).replace(/\\/gu, '/'),
      };
      p += 46 + nameLength + dv.getUint16(p + 30, true) + dv.getUint16(p + 32, true);
      total += entry.size;
      if (total > limits.maxTotalBytes) throw new ZipError('limit', 'declared total size over the limit');
      this.entries.set(entry.name.replace(/^\//u, ''), entry);
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The entry's bytes, or null if there is no such entry. */
  read(name: string): Uint8Array | null {
    const entry = this.entries.get(name);
    if (!entry) return null;
    if (entry.flags & 1) throw new ZipError('encrypted', `${name} is encrypted`);
    if (entry.size > this.limits.maxEntryBytes) throw new ZipError('limit', `${name}: declared size over the limit`);
    if (entry.size > this.limits.ratioFloorBytes && entry.size > entry.compressedSize * this.limits.maxRatio) {
      throw new ZipError('limit', `${name}: compression ratio over the limit`);
    }
    const dv = view(this.bytes);
    const at = entry.localOffset;
    if (at + 30 > this.bytes.length || dv.getUint32(at, true) !== LOCAL) throw new ZipError('damaged', `${name}: no local header`);
    const start = at + 30 + dv.getUint16(at + 26, true) + dv.getUint16(at + 28, true);
    const data = this.bytes.subarray(start, start + entry.compressedSize);
    if (data.length < entry.compressedSize) throw new ZipError('damaged', `${name} is cut short`);
    if (entry.method === 0) return data.slice();
    if (entry.method !== 8) throw new ZipError('damaged', `${name}: compression method ${entry.method}`);
    return this.inflate(entry, data);
  }

  private inflate(entry: ZipEntry, data: Uint8Array): Uint8Array {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const allowed = Math.min(entry.size, this.limits.maxEntryBytes);
    const inflater = new Inflate((chunk) => {
      size += chunk.length;
      if (size > allowed) throw new ZipError('limit', `${entry.name}: inflates beyond its declared size`);
      chunks.push(chunk);
    });
    const STEP = 16 * 1024;
    try {
      for (let i = 0; i < data.length; i += STEP) inflater.push(data.subarray(i, i + STEP), i + STEP >= data.length);
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (error) {
      if (error instanceof ZipError) throw error;
      throw new ZipError('damaged', `${entry.name}: ${(error as Error).message}`);
    }
    if (size !== entry.size) throw new ZipError('damaged', `${entry.name}: inflated to ${size} bytes, ${entry.size} declared`);
    const out = new Uint8Array(size);
    let p = 0;
    for (const c of chunks) {
      out.set(c, p);
      p += c.length;
    }
    return out;
  }
}
