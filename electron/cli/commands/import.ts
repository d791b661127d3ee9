// import: a report (.docx or .txt) to a draft file, its structure recognised.
import { resolve } from 'node:path';
import { serializeDraftFile } from '../../../shared/draft-file';
import { writeFileAtomic } from '../../fs/write-atomic';
import { importFile, unreadableNote, type ImportReport } from '../../import/import-file';
import { requireOption, singlePositional, type CliCommand } from '../command';
import { IMPORT } from './specs';

export const importCommand: CliCommand = {
  ...IMPORT,
  async run(args, io) {
    const cwd = io.cwd ?? process.cwd();
    const source = resolve(cwd, singlePositional(args, '要导入的文件'));
    const out = resolve(cwd, requireOption(args, 'o', '输出文件'));
    const report: ImportReport = { unreadableBytes: 0 };
    const draft = await importFile(source, io.today ?? new Date(), report);
    await writeFileAtomic(out, Buffer.from(serializeDraftFile(draft), 'utf8'));
    const headings = draft.content.filter((b) => b.type === 'heading').length;
    io.stdout(`已导入：${out}（${draft.content.length} 段，其中标题 ${headings} 个）\n`);
    const note = unreadableNote(report);
    if (note) io.stdout(`注意：${note}\n`);
  },
};
