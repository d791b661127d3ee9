// export: a draft file to an official-format .docx.
import { extname, resolve } from 'node:path';
import { FONT_PROFILES } from '../../../shared/font-profiles';
import { FONT_PROFILE_IDS, type FontProfileId } from '../../../shared/model';
import { exportPdf } from '../../export/pdf';
import { exportDocx } from '../../export/write-docx';
import { requireOption, singlePositional, UsageError, type CliCommand } from '../command';
import { readDraftFile } from '../draft-io';

const PROFILE_LIST = FONT_PROFILE_IDS.map((id) => `${id}（${FONT_PROFILES[id].label}）`).join('、');

function fontProfileOption(value: string | undefined): FontProfileId | undefined {
  if (value === undefined) return undefined;
  if (!FONT_PROFILE_IDS.includes(value as FontProfileId)) {
    throw new UsageError(`字体方案“${value}”不存在，可选：${PROFILE_LIST}。`);
  }
  return value as FontProfileId;
}

export const exportCommand: CliCommand = {
  name: 'export',
  usage: `  npm run cli -- export <文稿.json> -o <报告.docx|报告.pdf> [--font-profile <字体方案>]
      将文稿导出为符合 GB/T 9704-2012 的 Word 文档或 PDF（按输出文件的扩展名），
      PDF 的每页每行与排版一致，嵌入所用字体。
        --font-profile <字体方案>  ${PROFILE_LIST}；
                                   指定后代替文稿中的设置，默认用文稿的设置或 standard。`,
  valueOptions: ['o', 'font-profile'],
  async run(args, io) {
    const cwd = io.cwd ?? process.cwd();
    const source = singlePositional(args, '要导出的文稿文件');
    const out = resolve(cwd, requireOption(args, 'o', '输出文件'));
    const format = extname(out).toLowerCase();
    if (format !== '.docx' && format !== '.pdf') throw new UsageError(`输出文件“${out}”的扩展名须为 .docx（Word 文档）或 .pdf。`);
    const fontProfile = fontProfileOption(args.options['font-profile']);
    const draft = await readDraftFile(resolve(cwd, source));
    const metadata = fontProfile ? { ...draft.metadata, format: { ...draft.metadata.format, fontProfile } } : draft.metadata;
    const input = { title: draft.title, metadata, content: draft.content };
    await (format === '.pdf' ? exportPdf(out, input) : exportDocx(out, input));
    io.stdout(`已导出：${out}\n`);
  },
};
