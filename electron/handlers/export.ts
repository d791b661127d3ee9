// 导出 Word and 导出 PDF: ask where, then write the file atomically.
import type { Draft } from '../../shared/ipc';
import type { ExportInput } from '../export/docx-document';
import { exportPdf } from '../export/pdf';
import { exportDocx } from '../export/write-docx';
import type { HandlerDeps, Impl } from './types';

/** Device names Windows reserves whatever the extension (CON.docx opens the console), compared case-blind. */
const WINDOWS_RESERVED = /^(?:CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])$/iu;

/**
 * A name Windows can create: a stem whose part before the first dot (trailing
 * spaces aside) is a device name gets a “_”, and trailing dots and spaces,
 * which Windows drops, are dropped here.
 */
export function windowsSafeStem(stem: string): string {
  const clean = stem.replace(/[. ]+$/u, '');
  const device = clean.split('.')[0]!.replace(/ +$/u, '');
  return WINDOWS_RESERVED.test(device) ? `${device}_${clean.slice(device.length)}` : clean;
}

/** A file name Windows, Linux and WPS all accept, from the draft title. */
export function exportFileName(title: string, extension: 'docx' | 'pdf' = 'docx'): string {
  // Cut by code points, so a CJK extension-B character is never split in half.
  const clean = windowsSafeStem(Array.from(title.replace(/[\\/:*?"<>|\u0000-\u001f]/gu, '').trim()).slice(0, 80).join('').trim());
  return `${clean || '未命名报告'}.${extension}`;
}

export function exportHandlers(deps: HandlerDeps): Impl<'drafts:export-docx' | 'drafts:export-pdf'> {
  const input = (draft: Draft): ExportInput => ({
    title: draft.title,
    metadata: draft.metadata,
    content: draft.content,
    defaultFontProfile: deps.store.settings.get().defaultFontProfile,
    created: new Date(draft.created),
    modified: new Date(draft.updated),
  });
  return {
    'drafts:export-docx': async (request) => {
      const draft = deps.store.drafts.get(request.id);
      const target = await deps.chooseExportPath(exportFileName(draft.title));
      if (!target) return null;
      await exportDocx(target, input(draft));
      return { path: target };
    },
    'drafts:export-pdf': async (request) => {
      const draft = deps.store.drafts.get(request.id);
      const target = await deps.chooseExportPath(exportFileName(draft.title, 'pdf'), 'pdf');
      if (!target) return null;
      await exportPdf(target, input(draft));
      return { path: target };
    },
  };
}
