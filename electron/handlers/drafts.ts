// Templates and drafts: list, create from a template, open, save.
import { contentTitle, validateContent, type DraftMetadata } from '../../shared/model';
import { UserFacingError } from '../../shared/result';
import { defaultMetadata, instantiateTemplate, summarizeTemplate } from '../../shared/template';
import { findTemplate, TEMPLATES } from '../templates';
import { checkId, type HandlerDeps, type Impl } from './types';

export function draftHandlers(
  deps: HandlerDeps,
): Impl<'templates:list' | 'drafts:list' | 'drafts:create' | 'drafts:open' | 'drafts:save'> {
  const now = deps.now ?? (() => new Date());
  return {
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
  };
}
