// new: a draft file from a template.
import { resolve } from 'node:path';
import { serializeDraftFile } from '../../../shared/draft-file';
import { isReportYear } from '../../../shared/dates';
import { isIsoDate, type DraftMetadata } from '../../../shared/model';
import { newDraftFromTemplate } from '../../../shared/template';
import { writeFileAtomic } from '../../fs/write-atomic';
import { findTemplate } from '../../templates';
import { requireOption, UsageError, type CliCommand, type ParsedArgs } from '../command';
import { NEW } from './specs';

function givenMetadata(args: ParsedArgs): Partial<DraftMetadata> {
  const { unit, short, year, addressee, signature, date } = args.options;
  if (year !== undefined && !isReportYear(year)) throw new UsageError(`年度“${year}”有误，应为 2000 至 2100 之间的四位数字，如 2025。`);
  if (date !== undefined && !isIsoDate(date)) throw new UsageError(`成文日期“${date}”有误，格式应为 2026-03-01。`);
  return {
    ...(unit !== undefined ? { unit } : {}),
    ...(short !== undefined ? { unitShort: short } : {}),
    ...(year !== undefined ? { year: Number(year) } : {}),
    ...(addressee !== undefined ? { addressee } : {}),
    ...(signature !== undefined ? { signature } : {}),
    ...(date !== undefined ? { date } : {}),
  };
}

export const newCommand: CliCommand = {
  ...NEW,
  async run(args, io) {
    if (args.positional.length) throw new UsageError(`多余的参数“${args.positional.join(' ')}”。`);
    const templateId = requireOption(args, 'template', '模板名称');
    const out = resolve(io.cwd ?? process.cwd(), requireOption(args, 'o', '输出文件'));
    const template = findTemplate(templateId);
    const text = serializeDraftFile(newDraftFromTemplate(template, givenMetadata(args), io.today ?? new Date()));
    await writeFileAtomic(out, Buffer.from(text, 'utf8'));
    io.stdout(`已新建文稿：${out}\n`);
  },
};
