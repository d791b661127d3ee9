// layout: a draft's printed lines, page by page, as the export prints them.
import { resolve } from 'node:path';
import { layoutDraft, layoutJson } from '../../../shared/layout';
import { singlePositional, type CliCommand } from '../command';
import { readDraftFile } from '../draft-io';
import { LAYOUT } from './specs';

export const layoutCommand: CliCommand = {
  ...LAYOUT,
  async run(args, io) {
    const source = resolve(io.cwd ?? process.cwd(), singlePositional(args, '要排版的文稿文件'));
    const draft = await readDraftFile(source);
    const layout = layoutJson(layoutDraft({ content: draft.content, metadata: draft.metadata }));
    if (args.options.json) {
      io.stdout(`${JSON.stringify(layout)}\n`);
      return;
    }
    for (const page of layout.pages) {
      io.stdout(`第 ${page.number} 页\n`);
      for (const line of page.lines) io.stdout(`  ${line.text}\n`);
    }
    io.stdout(`共 ${layout.pages.length} 页\n`);
  },
};
