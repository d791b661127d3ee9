// outline: the outline of a report or a draft as JSON (title, addressee,
// headings with level, text and runIn), in the form of the import fixtures.
import { extname, resolve } from 'node:path';
import { formatOutline, readerOutline } from '../../../shared/recognize';
import { importFile } from '../../import/import-file';
import { singlePositional, type CliCommand } from '../command';
import { readDraftFile } from '../draft-io';

export const outlineCommand: CliCommand = {
  name: 'outline',
  usage: `  npm run cli -- outline <报告.docx|报告.txt|文稿.json>
      以 JSON 输出报告的提纲：标题、主送机关、各级标题（层级、文字、是否与正文同段）。`,
  async run(args, io) {
    const cwd = io.cwd ?? process.cwd();
    const source = resolve(cwd, singlePositional(args, '报告或文稿文件'));
    const content =
      extname(source).toLowerCase() === '.json'
        ? (await readDraftFile(source)).content
        : (await importFile(source, io.today ?? new Date())).content;
    io.stdout(`${formatOutline(readerOutline(content))}\n`);
  },
};
