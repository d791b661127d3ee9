// import: a report (.docx or .txt) to a draft file, its structure recognised.
import { resolve } from 'node:path';
import { serializeDraftFile } from '../../../shared/draft-file';
import { importSummary } from '../../../shared/recognize/summary';
import { writeFileAtomic } from '../../fs/write-atomic';
import { importFile } from '../../import/import-file';
import { requireOption, singlePositional, type CliCommand } from '../command';

export const importCommand: CliCommand = {
  name: 'import',
  usage: `  npm run cli -- import <报告.docx|报告.txt> -o <文稿.json>
      导入往年的报告（Word 文档或纯文本），识别标题、主送机关、各级标题、署名和日期，生成文稿文件。`,
  valueOptions: ['o'],
  async run(args, io) {
    const cwd = io.cwd ?? process.cwd();
    const source = resolve(cwd, singlePositional(args, '要导入的文件'));
    const out = resolve(cwd, requireOption(args, 'o', '输出文件'));
    const { pictures, notes, ...draft } = await importFile(source, io.today ?? new Date());
    const encoded = Object.fromEntries([...pictures].map(([hash, p]) => [hash, Buffer.from(p.bytes).toString('base64')]));
    await writeFileAtomic(out, Buffer.from(serializeDraftFile({ ...draft, pictures: encoded }), 'utf8'));
    io.stdout(`已导入：${out}（${importSummary(draft.content, notes)}）\n`);
  },
};
