// Templates and drafts: list, create from a template, open, save; the
// bundled word list the checks use. Requests arrive checked against the
// contract (electron/ipc/validate.ts).
import { contentTitle } from '../../shared/model';
import { nextYearDraft } from '../../shared/next-year';
import { newDraftFromTemplate, summarizeTemplate } from '../../shared/template';
import { findTemplate, TEMPLATES } from '../templates';
import { WORD_LIST } from '../word-list';
import type { HandlerDeps, Impl } from './types';

export function draftHandlers(
  deps: HandlerDeps,
): Impl<
  'templates:list' | 'checks:words' | 'drafts:list' | 'drafts:create' | 'drafts:open' | 'drafts:save' | 'drafts:update-metadata' | 'drafts:next-year'
> {
  const now = deps.now ?? (() => new Date());
  return {
    'templates:list': () => TEMPLATES.map(summarizeTemplate),
    'checks:words': () => WORD_LIST,
    'drafts:list': () => deps.store.drafts.list(),
    'drafts:create': (request) => deps.store.drafts.create(newDraftFromTemplate(findTemplate(request.template), request.metadata, now())),
    'drafts:open': (request) => deps.store.drafts.get(request.id),
    'drafts:save': (request) => deps.store.drafts.saveContent(request.id, request.content),
    'drafts:update-metadata': (request) => deps.store.drafts.saveMetadata(request.id, request.metadata),
    'drafts:next-year': (request) => {
      const source = deps.store.drafts.get(request.id);
      const { metadata, content } = nextYearDraft(source.metadata, source.content, now());
      return deps.store.drafts.create({ title: contentTitle(content), template: source.template, metadata, content });
    },
  };
}
