// Templates and drafts: list, create from a template, open, save.
import { contentTitle, validateContent, validateMetadata } from '../../shared/model';
import { nextYearDraft } from '../../shared/next-year';
import { UserFacingError } from '../../shared/result';
import { newDraftFromTemplate, summarizeTemplate } from '../../shared/template';
import { findTemplate, TEMPLATES } from '../templates';
import { checkId, type HandlerDeps, type Impl } from './types';

export function draftHandlers(
  deps: HandlerDeps,
): Impl<
  'templates:list' | 'drafts:list' | 'drafts:create' | 'drafts:open' | 'drafts:save' | 'drafts:update-metadata' | 'drafts:next-year'
> {
  const now = deps.now ?? (() => new Date());
  return {
    'templates:list': () => TEMPLATES.map(summarizeTemplate),
    'drafts:list': () => deps.store.list(),
    'drafts:create': (request) => {
      const template = findTemplate(String(request?.template ?? ''));
      return deps.store.create(newDraftFromTemplate(template, request?.metadata ?? {}, now()));
    },
    'drafts:open': (request) => deps.store.get(checkId(request)),
    'drafts:save': (request) => {
      const id = checkId(request);
      const reason = validateContent(request.content);
      if (reason) throw new UserFacingError('bad-content', `文稿内容无效，未保存（${reason}）。`);
      return deps.store.saveContent(id, request.content, contentTitle(request.content));
    },
    'drafts:update-metadata': (request) => {
      const id = checkId(request);
      const reason = validateMetadata(request.metadata);
      if (reason) throw new UserFacingError('bad-metadata', `文稿信息无效，未保存（${reason}）。`);
      return deps.store.saveMetadata(id, request.metadata);
    },
    'drafts:next-year': (request) => {
      const source = deps.store.get(checkId(request));
      const { metadata, content } = nextYearDraft(source.metadata, source.content, now());
      return deps.store.create({ title: contentTitle(content), template: source.template, metadata, content });
    },
  };
}
