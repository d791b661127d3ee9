// 导入: ask for a .docx or .txt file, recognise its structure, and create one
// new draft from it. The file is read and recognised completely before the
// draft is created, so a failure leaves nothing half-imported in the library.
import { UserFacingError } from '../../shared/result';
import { importSummary } from '../../shared/recognize/summary';
import { importFile } from '../import/import-file';
import type { HandlerDeps, Impl } from './types';

export function importHandlers(deps: HandlerDeps): Impl<'drafts:import'> {
  const now = deps.now ?? (() => new Date());
  return {
    'drafts:import': async () => {
      if (!deps.chooseImportPath) throw new UserFacingError('import-unavailable', '此处不能导入文件。');
      const path = await deps.chooseImportPath();
      if (!path) return null;
      const { pictures, notes, ...imported } = await importFile(path, now());
      // Pictures first: a draft never refers to a picture the library lacks.
      for (const p of pictures.values()) deps.store.pictures.add(p.bytes);
      const draft = deps.store.drafts.create(imported);
      return { ...draft, summary: importSummary(draft.content, notes) };
    },
  };
}
