// 导出 Word: ask where, then write the .docx atomically.
import { exportDocx } from '../export/write-docx';
import type { HandlerDeps, Impl } from './types';

/** A file name Windows, Linux and WPS all accept, from the draft title. */
export function exportFileName(title: string): string {
  // Cut by code points, so a CJK extension-B character is never split in half.
  const clean = Array.from(title.replace(/[\\/:*?"<>|\u0000-\u001f]/gu, '').trim()).slice(0, 80).join('').trim();
  return `${clean || '未命名报告'}.docx`;
}

export function exportHandlers(deps: HandlerDeps): Impl<'drafts:export-docx'> {
  return {
    'drafts:export-docx': async (request) => {
      const draft = deps.store.drafts.get(request.id);
      const target = await deps.chooseExportPath(exportFileName(draft.title));
      if (!target) return null;
      await exportDocx(target, {
        title: draft.title,
        metadata: draft.metadata,
        content: draft.content,
        defaultFontProfile: deps.store.settings.get().defaultFontProfile,
        created: new Date(draft.created),
        modified: new Date(draft.updated),
      });
      return { path: target };
    },
  };
}
