// The IPC handlers, defined once. Main registers them with ipcMain.handle;
// end-to-end tests expose the very same object to a browser page. Each domain
// implements its channels in its own file; this turns them into Results.
import path from 'node:path';
import type { Channel, Handlers } from '../../shared/ipc';
import { fail, ok, UserFacingError, type Result } from '../../shared/result';
import { draftHandlers } from './drafts';
import { exportHandlers } from './export';
import { importHandlers } from './import';
import { libraryHandlers } from './library';
import { pictureHandlers } from './pictures';
import { DATABASE_FILE } from '../store/database';
import { BACKUP_DIR } from '../store/safety/backups';
import type { HandlerDeps, Impl } from './types';

export { exportFileName } from './export';
export type { HandlerDeps } from './types';

const UNEXPECTED = '操作没有完成，发生了意外错误。请重试；如果问题仍然存在，请联系信息化管理员。';

async function guarded<T>(channel: string, log: HandlerDeps['log'], run: () => T | Promise<T>): Promise<Result<T>> {
  try {
    return ok(await run());
  } catch (error) {
    if (error instanceof UserFacingError) return fail(error.code, error.message);
    log?.(`handler ${channel} failed`, error);
    return fail('unexpected', UNEXPECTED);
  }
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const impl: Impl<Channel> = {
    ...draftHandlers(deps),
    ...exportHandlers(deps),
    ...importHandlers(deps),
    ...libraryHandlers(deps),
    ...pictureHandlers(deps),
    'clipboard:read': () => {
      if (!deps.readClipboard) throw new UserFacingError('clipboard', '无法读取剪贴板。请按 Ctrl+V 粘贴。');
      return deps.readClipboard();
    },
    'app:data-location': () => {
      const folder = deps.dataDir ?? '';
      return { folder, library: folder && path.join(folder, DATABASE_FILE), backups: folder && path.join(folder, BACKUP_DIR) };
    },
  };
  const handlers = {} as Record<Channel, (request: unknown) => Promise<Result<unknown>>>;
  for (const channel of Object.keys(impl) as Channel[]) {
    const run = impl[channel] as (request: unknown) => unknown;
    handlers[channel] = (request: unknown) => guarded(channel, deps.log, () => run(request));
  }
  return handlers as unknown as Handlers;
}
