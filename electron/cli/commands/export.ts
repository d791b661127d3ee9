// export: a draft file to an official-format .docx.
import { resolve } from 'node:path';
import { exportDocx } from '../../export/write-docx';
import { requireOption, singlePositional, type CliCommand } from '../command';
import { readDraftFile } from '../draft-io';

export const exportCommand: CliCommand = {
  name: 'export',
  usage: `  npm run cli -- export <文稿.json> -o <报告.docx>
      将文稿导出为符合 GB/T 9704-2012 的 Word 文档。`,
  valueOptions: ['o'],
  async run(args, io) {
    const cwd = io.cwd ?? process.cwd();
    const source = singlePositional(args, '要导出的文稿文件');
    const out = resolve(cwd, requireOption(args, 'o', '输出文件'));
    const draft = await readDraftFile(resolve(cwd, source));
    await exportDocx(out, { title: draft.title, metadata: draft.metadata, content: draft.content });
    io.stdout(`已导出：${out}\n`);
  },
};
