// export: a draft file to an official-format .docx.
import { extname, resolve } from 'node:path';
import { FONT_PROFILE_IDS, type FontProfileId } from '../../../shared/model';
import { exportDocx } from '../../export/write-docx';
import { requireOption, singlePositional, UsageError, type CliCommand } from '../command';
import { readDraftFile } from '../draft-io';
import { EXPORT, PROFILE_LIST } from './specs';

export function fontProfileOption(value: string | undefined): FontProfileId | undefined {
  if (value === undefined) return undefined;
  if (!FONT_PROFILE_IDS.includes(value as FontProfileId)) {
    throw new UsageError(`字体方案“${value}”不存在，可选：${PROFILE_LIST}。`);
  }
  return value as FontProfileId;
}

export const exportCommand: CliCommand = {
  ...EXPORT,
  async run(args, io) {
    const cwd = io.cwd ?? process.cwd();
    const source = singlePositional(args, '要导出的文稿文件');
    const out = resolve(cwd, requireOption(args, 'o', '输出文件'));
    const format = extname(out).toLowerCase();
    if (format !== '.docx' && format !== '.pdf') throw new UsageError(`输出文件“${out}”的扩展名须为 .docx（Word 文档）或 .pdf。`);
    const fontProfile = fontProfileOption(args.options['font-profile']);
    const draft = await readDraftFile(resolve(cwd, source));
    const metadata = fontProfile ? { ...draft.metadata, format: { ...draft.metadata.format, fontProfile } } : draft.metadata;
    const pictures = draft.pictures ?? {};
    const input = { title: draft.title, metadata, content: draft.content, pictures: (hash: string) => (pictures[hash] ? Buffer.from(pictures[hash], 'base64') : undefined) };
    // pdfkit is loaded only for a PDF: a .docx export starts faster without it.
    await (format === '.pdf' ? (await import('../../export/pdf')).exportPdf(out, input) : exportDocx(out, input));
    io.stdout(`已导出：${out}\n`);
  },
};
