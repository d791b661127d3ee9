// A picture a paste names only by its file: Word and WPS put
// <img src="file:///C:/Users/…/clip_image002.png"> in the clipboard's HTML,
// and the sandboxed page cannot read files. The main process reads it, but
// only a file: URL to a picture that the clipboard's HTML itself names (no
// arbitrary file read), only within the size limit, and returns its bytes
// only when they are a PNG or JPEG picture.
import { open } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { PictureType } from '../shared/model';
import { MAX_PICTURE_BYTES, megabytes, PASTED_PICTURE_URL, pictureInfo } from '../shared/pictures';
import { htmlObjects } from '../shared/recognize';
import { UserFacingError } from '../shared/result';

export interface PastedPicture {
  /** The file's bytes, base64. */
  data: string;
  mime: PictureType;
  width: number;
  height: number;
}

const AGAIN = '可在原文档中右键图片选择“另存为图片”，再用“插入图片”插入。';

function refuse(code: string, message: string): never {
  throw new UserFacingError(code, message);
}

/** The bytes of the file, at most the size limit; the errors say in Chinese what went wrong. */
async function readLimited(file: string): Promise<Buffer> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') refuse('picture-missing', `找不到粘贴的图片文件（${file}），原文档可能已关闭，临时图片已被删除。${AGAIN}`);
    refuse('picture-unreadable', `无法读取粘贴的图片文件（${file}），可能没有读取权限。${AGAIN}`);
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) refuse('picture-unreadable', `粘贴的图片位置（${file}）不是一个文件。${AGAIN}`);
    if (stat.size > MAX_PICTURE_BYTES) {
      refuse('picture-too-large', `图片过大（${megabytes(stat.size)}），每张图片不能超过 ${megabytes(MAX_PICTURE_BYTES)}。请压缩图片或降低分辨率后再插入。`);
    }
    // Never more than the limit, even if the file grows while it is read.
    const buffer = Buffer.alloc(Math.min(stat.size, MAX_PICTURE_BYTES));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } catch (error) {
    if (error instanceof UserFacingError) throw error;
    refuse('picture-unreadable', `无法读取粘贴的图片文件（${file}）。${AGAIN}`);
  } finally {
    await handle.close();
  }
}

/**
 * Reads the picture at `src` for a paste whose clipboard holds `clipboardHtml`:
 * `src` must be an absolute file: URL to a picture file (PASTED_PICTURE_URL)
 * that an <img> of that HTML names. PNG and JPEG come back with their type and
 * pixel size; a GIF or anything else is refused with a message for the clerk.
 */
export async function readPastedPicture(src: string, clipboardHtml: string): Promise<PastedPicture> {
  if (!PASTED_PICTURE_URL.test(src)) refuse('picture-unsupported', `粘贴的图片不是本机上的 PNG 或 JPEG 图片文件，未能插入。${AGAIN}`);
  if (!htmlObjects(clipboardHtml).images.some((img) => img.src.trim() === src)) {
    refuse('picture-not-pasted', '只能读取剪贴板中正在粘贴的图片。请在原文档中重新复制后再粘贴。');
  }
  let file: string;
  try {
    file = fileURLToPath(src);
  } catch {
    refuse('picture-unsupported', `粘贴的图片位置无法识别，未能插入。${AGAIN}`);
  }
  const bytes = await readLimited(file);
  if (bytes.subarray(0, 4).toString('latin1') === 'GIF8') {
    refuse('picture-unsupported', '这张图片是 GIF 格式，报告只能插入 PNG 或 JPEG 图片。请在画图等软件中将它另存为 PNG 后再插入。');
  }
  const info = pictureInfo(bytes);
  if (!info) refuse('picture-unsupported', `粘贴的图片文件（${file}）不是 PNG 或 JPEG 图片，未能插入。请在画图等软件中将它另存为 PNG 或 JPEG 后再插入。`);
  return { data: bytes.toString('base64'), ...info };
}
