// import: a report (.docx or .txt) to a draft file, its structure recognised.
import { resolve } from 'node:path';
import { serializeDraftFile } from '../../../shared/draft-file';
import { importSummary } from '../../../shared/recognize/summary';
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
    const { pictures, notes, ...draft } = await importFile(source, io.today ?? new Date(), report);
    const encoded = Object.fromEntries([...pictures].map(([hash, p]) => [hash, Buffer.from(p.bytes).toString('base64')]));
    await writeFileAtomic(out, Buffer.from(serializeDraftFile({ ...draft, pictures: encoded }), 'utf8'));
    io.stdout(`已导入：${out}（${importSummary(draft.content, notes)}）\n`);
    const note = unreadableNote(report);
    if (note) io.stdout(`注意：${note}\n`);
  },
};
