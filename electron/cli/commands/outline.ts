// outline: the outline of a report or a draft as JSON (title, addressee,
// headings with level, text and runIn), in the form of the import fixtures.
import { extname, resolve } from 'node:path';
import { formatOutline, readerOutline } from '../../../shared/recognize';
import { importFile } from '../../import/import-file';
import { singlePositional, type CliCommand } from '../command';
import { readDraftFile } from '../draft-io';
import { OUTLINE } from './specs';

export const outlineCommand: CliCommand = {
  ...OUTLINE,
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
