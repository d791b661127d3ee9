// format (一键排版): report files and folders of them → official .docx files of
// the same names in an output folder, one progress line per file; a file that
// fails is reported and skipped, and the exit code is 1 if any did.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { UserFacingError } from '../../../shared/result';
import { exportDocx } from '../../export/write-docx';
import { requireOption, UsageError, type CliCommand, type CliIo } from '../command';
import { collectInputs, type InputFile } from '../inputs';
import { readReportFile } from '../read-report';
import { fontProfileOption } from './export';
import { FORMAT } from './specs';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Output paths by input: the input's relative path as .docx; a name taken twice gets （2）, （3）…. */
function outputPaths(inputs: readonly InputFile[], outDir: string): string[] {
  const taken = new Set<string>();
  return inputs.map((input) => {
    const stem = input.relative.slice(0, input.relative.length - path.extname(input.relative).length);
    let candidate = path.join(outDir, `${stem}.docx`);
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = path.join(outDir, `${stem}（${n}）.docx`);
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

async function formatOne(input: InputFile, target: string, options: { fontProfile?: string; pdf: boolean; today: Date }): Promise<string> {
  if (path.resolve(target) === path.resolve(input.path)) {
    throw new UserFacingError('format-overwrite', '输出文件就是原文件，为免覆盖原文件，请另选一个输出文件夹。');
  }
  const draft = await readReportFile(input.path, options.today);
  const profile = fontProfileOption(options.fontProfile);
  const metadata = profile ? { ...draft.metadata, format: { ...draft.metadata.format, fontProfile: profile } } : draft.metadata;
  const exported = { title: draft.title, metadata, content: draft.content, pictures: (hash: string) => draft.pictures.get(hash)?.bytes };
  await mkdir(path.dirname(target), { recursive: true });
  await exportDocx(target, exported);
  const pdf = target.replace(/\.docx$/u, '.pdf');
  if (options.pdf) await (await import('../../export/pdf')).exportPdf(pdf, exported);
  const headings = draft.content.filter((b) => b.type === 'heading').length;
  return `${draft.content.length} 段，其中标题 ${headings} 个${options.pdf ? `；另有 ${path.basename(pdf)}` : ''}`;
}

export const formatCommand: CliCommand = {
  ...FORMAT,
  async run(args, io: CliIo) {
    const cwd = io.cwd ?? process.cwd();
    if (args.positional.length === 0) throw new UsageError('缺少要排版的文件或文件夹。');
    const outDir = path.resolve(cwd, requireOption(args, 'o', '输出文件夹'));
    const fontProfile = args.options['font-profile'];
    fontProfileOption(fontProfile);
    const inputs = await collectInputs(args.positional, cwd);
    if (inputs.length === 0) throw new UserFacingError('format-nothing', '所给的文件夹中没有 Word 文档（.docx）、纯文本（.txt）或网页（.html）文件。');
    const targets = outputPaths(inputs, outDir);
    const failed: string[] = [];
    const today = io.today ?? new Date();
    for (const [i, input] of inputs.entries()) {
      const step = `[${i + 1}/${inputs.length}] ${input.relative}`;
      try {
        const detail = await formatOne(input, targets[i]!, { ...(fontProfile ? { fontProfile } : {}), pdf: args.options.pdf === 'true', today });
        io.stdout(`${step} → ${path.relative(cwd, targets[i]!) || targets[i]}（${detail}）\n`);
      } catch (error) {
        failed.push(input.relative);
        io.stderr(`${step} 失败：${messageOf(error)}已跳过。\n`);
      }
    }
    const done = inputs.length - failed.length;
    io.stdout(`共 ${inputs.length} 个文件：已排版 ${done} 个，失败 ${failed.length} 个。输出文件夹：${outDir}\n`);
    if (failed.length) io.stderr(`未能排版的文件：${failed.join('、')}\n`);
    return failed.length ? 1 : 0;
  },
};
