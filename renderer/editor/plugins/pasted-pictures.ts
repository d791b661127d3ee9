// The pictures of a paste: those the clipboard's HTML carries as data: URLs,
// and those it names only by a file (Word and WPS: file:///…/clip_image002.png,
// read by the main process, pictures:read-pasted), kept in the library
// (pictures:add). Each one that cannot be brought over stays in the text as a
// marked placeholder saying why.
import type { ImageBlock, OmittedBlock } from '../../../shared/model';
import { clampWidthMm } from '../../../shared/pictures';
import type { HtmlImage } from '../../../shared/recognize';
import { ok, type Result } from '../../../shared/result';
import { call } from '../../api';

const NOT_LOCAL = '图片位于网络地址，本软件不联网，未能粘贴。可先将图片保存到电脑，再用“插入图片”插入。';

/** The picture's bytes (base64), or why there are none. */
async function pastedData(src: string): Promise<Result<string>> {
  const data = /^data:image\/[\w+.-]+;base64,(.*)$/isu.exec(src)?.[1];
  if (data !== undefined) return ok(data.replace(/\s+/gu, ''));
  if (/^file:/iu.test(src)) {
    const read = await call('pictures:read-pasted', { src });
    return read.ok ? ok(read.value.data) : read;
  }
  return { ok: false, error: { code: 'picture-remote', message: NOT_LOCAL } };
}

/** The block a pasted <img> becomes: the picture, or a placeholder holding its alternative text and the reason. */
export async function pastedPicture(img: HtmlImage): Promise<ImageBlock | OmittedBlock> {
  const data = await pastedData(img.src.trim());
  const added = data.ok ? await call('pictures:add', { data: data.value }) : data;
  if (!added.ok) {
    const text = img.alt ? `${img.alt}：${added.error.message}` : added.error.message;
    return { type: 'omitted', kind: 'picture', children: [{ text }] };
  }
  const width = img.width ? clampWidthMm((img.width * 25.4) / 96) : undefined;
  return { type: 'image', picture: added.value, ...(width ? { width } : {}), children: [{ text: '' }] };
}
