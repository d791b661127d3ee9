// Pictures for the editor: the bytes of one the library keeps (to show it),
// keeping one the clerk inserts from a file or pastes, and reading one a
// paste names only by its file.
import { UserFacingError } from '../../shared/result';
import { readPastedPicture } from '../pasted-picture';
import type { HandlerDeps, Impl } from './types';

export function pictureHandlers(deps: HandlerDeps): Impl<'pictures:get' | 'pictures:add' | 'pictures:read-pasted'> {
  return {
    'pictures:get': ({ hash }) => {
      const p = deps.store.pictures.get(hash);
      return p ? { mime: p.mime, data: Buffer.from(p.bytes).toString('base64') } : null;
    },
    'pictures:add': ({ data }) => deps.store.pictures.add(Buffer.from(data, 'base64')),
    // Only a file the clipboard's HTML names: the page cannot make the main process read any other.
    'pictures:read-pasted': async ({ src }) => {
      if (!deps.readClipboard) throw new UserFacingError('clipboard', '无法读取剪贴板，粘贴的图片未能插入。');
      return readPastedPicture(src, (await deps.readClipboard()).html);
    },
  };
}
