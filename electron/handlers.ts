// The IPC handlers, defined once. Main registers them with ipcMain.handle;
// end-to-end tests expose the very same object to a browser page.
import { contentTitle, validateContent, type DraftMetadata } from '../shared/model';
import type { Handlers, RequestOf, ResponseOf, Channel } from '../shared/ipc';
import { fail, ok, UserFacingError, type Result } from '../shared/result';
import { defaultMetadata, instantiateTemplate, summarizeTemplate } from '../shared/template';
import { exportDocx } from './export/write-docx';
import type { DraftStore } from './store/types';
import { findTemplate, TEMPLATES } from './templates';

export interface HandlerDeps {
  store: DraftStore;
  /** Asks the clerk where to save the .docx; null when cancelled. */
  chooseExportPath: (suggestedName: string) => Promise<string | null>;
  now?: () => Date;
  log?: (message: string, error: unknown) => void;
}

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

/** A file name Windows, Linux and WPS all accept, from the draft title. */
export function exportFileName(title: string): string {
  // Cut by code points, so a CJK extension-B character is never split in half.
  const clean = Array.from(title.replace(/[\\/:*?"<>|\u0000-\u001f]/gu, '').trim()).slice(0, 80).join('').trim();
  return `${clean || '未命名报告'}.docx`;
}

function checkId(request: { id?: unknown } | null): string {
  if (!request || typeof request.id !== 'string' || !request.id) {
    throw new UserFacingError('bad-request', '请求无效：缺少文稿编号。');
  }
  return request.id;
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const now = deps.now ?? (() => new Date());
  const impl: { [C in Channel]: (request: RequestOf<C>) => ResponseOf<C> | Promise<ResponseOf<C>> } = {
    'templates:list': () => TEMPLATES.map(summarizeTemplate),
    'drafts:list': () => deps.store.list(),
    'drafts:create': (request) => {
      const template = findTemplate(String(request?.template ?? ''));
      const metadata: DraftMetadata = defaultMetadata(now(), request?.metadata ?? {});
      const content = instantiateTemplate(template, metadata);
      return deps.store.create({ title: contentTitle(content), template: template.id, metadata, content });
    },
    'drafts:open': (request) => deps.store.get(checkId(request)),
    'drafts:save': (request) => {
      const id = checkId(request);
      const reason = validateContent(request.content);
      if (reason) throw new UserFacingError('bad-content', `文稿内容无效，未保存（${reason}）。`);
      return deps.store.saveContent(id, request.content, contentTitle(request.content));
    },
    'drafts:export-docx': async (request) => {
      const draft = deps.store.get(checkId(request));
      const target = await deps.chooseExportPath(exportFileName(draft.title));
      if (!target) return null;
      await exportDocx(target, { title: draft.title, metadata: draft.metadata, content: draft.content });
      return { path: target };
    },
  };
  const handlers = {} as Record<Channel, (request: never) => Promise<Result<unknown>>>;
  for (const channel of Object.keys(impl) as Channel[]) {
    const run = impl[channel] as (request: unknown) => unknown;
    handlers[channel] = (request: unknown) => guarded(channel, deps.log, () => run(request));
  }
  return handlers as unknown as Handlers;
}
