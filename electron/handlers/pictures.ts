// Pictures for the editor: the bytes of one the library keeps (to show it),
// and keeping one the clerk inserts from a file or pastes.
import type { HandlerDeps, Impl } from './types';

export function pictureHandlers(deps: HandlerDeps): Impl<'pictures:get' | 'pictures:add'> {
  return {
    'pictures:get': ({ hash }) => {
      const p = deps.store.pictures.get(hash);
      return p ? { mime: p.mime, data: Buffer.from(p.bytes).toString('base64') } : null;
    },
    'pictures:add': ({ data }) => deps.store.pictures.add(Buffer.from(data, 'base64')),
  };
}
