// Pictures in a report: what a picture's bytes are (PNG or JPEG, read from
// their header), how large it shows, and the size limit. Pure; the bytes
// themselves are stored once per content hash by the main process.
import type { ImageBlock, PictureType, ReportContent } from './model';

/** Largest picture a draft takes, in bytes. */
export const MAX_PICTURE_BYTES = 10 * 1024 * 1024;
/** The text block's width (GB/T 9704: 156 mm); no picture shows wider. */
export const TEXT_WIDTH_MM = 156;
/** Narrowest display width the editor allows, mm. */
export const MIN_PICTURE_MM = 10;
const MM_PER_PX = 25.4 / 96;

/**
 * A picture a paste names only by its file (Word and WPS put
 * file:///C:/Users/…/clip_image002.png in the clipboard's HTML): an absolute
 * file: URL on this computer (no server or share, no query, no backslash, no
 * empty, . or .. segment) ending in a picture's extension. Only such a URL
 * may be read for a paste.
 */
const SEGMENT = String.raw`\/(?!(?:\.|%2e){1,2}(?:\/|$))[^/?#\\\u0000-\u001f]+`;
export const PASTED_PICTURE_URL = new RegExp(String.raw`^file:\/\/(?:localhost)?(?:${SEGMENT})*${SEGMENT}\.(?:png|jpe?g|gif)$`, 'iu');

export interface PictureInfo {
  mime: PictureType;
  width: number;
  height: number;
}

const u16 = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const u32 = (b: Uint8Array, i: number) => ((b[i]! << 24) >>> 0) + (b[i + 1]! << 16) + (b[i + 2]! << 8) + b[i + 3]!;

function pngInfo(b: Uint8Array): PictureInfo | null {
  // Signature, then the IHDR chunk: length, "IHDR", width, height.
  if (b.length < 24 || u32(b, 12) !== 0x49484452) return null;
  const width = u32(b, 16);
  const height = u32(b, 20);
  return width > 0 && height > 0 ? { mime: 'image/png', width, height } : null;
}

/** SOF markers carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) are not frames. */
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function jpegInfo(b: Uint8Array): PictureInfo | null {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++;
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    if (SOF.has(marker)) {
      const height = u16(b, i + 5);
      const width = u16(b, i + 7);
      return width > 0 && height > 0 ? { mime: 'image/jpeg', width, height } : null;
    }
    if (marker === 0xd9 || marker === 0xda) return null;
    i += 2 + u16(b, i + 2);
  }
  return null;
}

/** The type and pixel size of a PNG or JPEG picture; null for any other bytes. */
export function pictureInfo(bytes: Uint8Array): PictureInfo | null {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return pngInfo(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return jpegInfo(bytes);
  return null;
}

/** The display width a picture of this pixel width starts at: its size at 96 dpi, at most the text width (mm). */
export function naturalWidthMm(pixelWidth: number): number {
  return Math.min(TEXT_WIDTH_MM, Math.round(pixelWidth * MM_PER_PX * 10) / 10);
}

/** A display width within what the page allows (mm). */
export function clampWidthMm(mm: number): number {
  return Math.round(Math.min(TEXT_WIDTH_MM, Math.max(MIN_PICTURE_MM, mm)) * 10) / 10;
}

/** The size an image block shows at on the page, mm. */
export function displaySizeMm(b: Pick<ImageBlock, 'picture' | 'width'>): { width: number; height: number } {
  const width = b.width !== undefined ? clampWidthMm(b.width) : naturalWidthMm(b.picture.width);
  return { width, height: (width * b.picture.height) / b.picture.width };
}

/** A size in bytes as a clerk reads it (12.3 MB). */
export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The hashes of the pictures a content shows, each once. */
export function pictureHashes(content: ReportContent): string[] {
  return [...new Set(content.flatMap((b) => (b.type === 'image' ? [b.picture.hash] : [])))];
}
