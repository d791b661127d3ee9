// Command line: create a draft file from a template, export a draft to .docx.
//   npm run cli -- new --template rule-of-law-annual -o draft.json [--unit …] [--year 2025] [--addressee …] [--date 2026-03-01]
//   npm run cli -- export draft.json -o report.docx
import { readFile } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DraftFileError, parseDraftFile, serializeDraftFile } from '../shared/draft-file';
import { contentTitle, type DraftMetadata } from '../shared/model';
import { UserFacingError } from '../shared/result';
import { defaultMetadata, instantiateTemplate } from '../shared/template';
import { exportDocx, writeFileAtomic } from './export/write-docx';
import { findTemplate } from './templates';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Folder relative paths are resolved against; the process's by default. */
  cwd?: string;
  /** Today, for the default year and date; now by default. */
  today?: Date;
}

export const USAGE = `公文报告编辑器 命令行工具

用法：
  npm run cli -- new --template <模板> -o <文稿.json> [选项]
      按模板新建文稿文件。选项：
        --unit <单位全称>       如：某某县司法局
        --short <单位简称>      如：我局
        --year <年度>           如：2025
        --addressee <主送机关>  如：某某县人民政府
        --signature <署名>      默认为单位全称
        --date <成文日期>       格式：2026-03-01
  npm run cli -- export <文稿.json> -o <报告.docx>
      将文稿导出为符合 GB/T 9704-2012 的 Word 文档。
  npm run cli -- --help
      显示本说明。
`;

/** A mistake in the command line itself: exit code 2. */
export class UsageError extends Error {}

export interface ParsedArgs {
  command: string | undefined;
  positional: string[];
  options: Record<string, string>;
}

const VALUE_OPTIONS = new Set(['template', 'o', 'output', 'unit', 'short', 'year', 'addressee', 'signature', 'date']);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') {
      options.help = 'true';
      continue;
    }
    const m = /^--?([a-z]+)(?:=(.*))?$/u.exec(arg);
    if (!m) {
      positional.push(arg);
      continue;
    }
    const name = m[1]!;
    if (!VALUE_OPTIONS.has(name)) throw new UsageError(`未知的选项“${arg}”。`);
    const value = m[2] ?? argv[++i];
    if (value === undefined) throw new UsageError(`选项“${arg}”缺少取值。`);
    options[name === 'output' ? 'o' : name] = value;
  }
  return { command: positional.shift(), positional, options };
}

function requireOption(args: ParsedArgs, name: string, what: string): string {
  const value = args.options[name];
  if (!value) throw new UsageError(`缺少${what}（${name.length === 1 ? '-' : '--'}${name}）。`);
  return value;
}

function metadataFrom(args: ParsedArgs, today: Date): DraftMetadata {
  const { unit, short, year, addressee, signature, date } = args.options;
  if (year !== undefined && !/^\d{4}$/u.test(year)) throw new UsageError(`年度“${year}”有误，应为四位数字，如 2025。`);
  if (date !== undefined) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(date);
    const d = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
    if (!m || !d || d.getMonth() !== Number(m[2]) - 1 || d.getDate() !== Number(m[3])) {
      throw new UsageError(`成文日期“${date}”有误，格式应为 2026-03-01。`);
    }
  }
  return defaultMetadata(today, {
    ...(unit !== undefined ? { unit } : {}),
    ...(short !== undefined ? { unitShort: short } : {}),
    ...(year !== undefined ? { year: Number(year) } : {}),
    ...(addressee !== undefined ? { addressee } : {}),
    ...(signature !== undefined ? { signature } : {}),
    ...(date !== undefined ? { date } : {}),
  });
}

async function runNew(args: ParsedArgs, io: CliIo): Promise<void> {
  const templateId = requireOption(args, 'template', '模板名称');
  const out = resolve(io.cwd ?? process.cwd(), requireOption(args, 'o', '输出文件'));
  const template = findTemplate(templateId);
  const metadata = metadataFrom(args, io.today ?? new Date());
  const content = instantiateTemplate(template, metadata);
  const text = serializeDraftFile({ title: contentTitle(content), template: template.id, metadata, content });
  await writeFileAtomic(out, Buffer.from(text, 'utf8'));
  io.stdout(`已新建文稿：${out}\n`);
}

async function readDraft(path: string) {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserFacingError('draft-missing', `找不到文稿文件“${path}”。`);
    if (code === 'EISDIR') throw new UserFacingError('draft-missing', `“${path}”是文件夹，不是文稿文件。`);
    throw new UserFacingError('draft-unreadable', `无法读取文稿文件“${path}”（错误代码 ${code ?? '未知'}）。`);
  }
  try {
    return parseDraftFile(text);
  } catch (error) {
    if (error instanceof DraftFileError) throw new UserFacingError('draft-invalid', `“${path}”：${error.message}`);
    throw error;
  }
}

async function runExport(args: ParsedArgs, io: CliIo): Promise<void> {
  const cwd = io.cwd ?? process.cwd();
  const [source, ...extra] = args.positional;
  if (!source) throw new UsageError('缺少要导出的文稿文件。');
  if (extra.length) throw new UsageError(`多余的参数“${extra.join(' ')}”。`);
  const out = resolve(cwd, requireOption(args, 'o', '输出文件'));
  const draft = await readDraft(resolve(cwd, source));
  await exportDocx(out, { title: draft.title, metadata: draft.metadata, content: draft.content });
  io.stdout(`已导出：${out}\n`);
}

/** Runs one command line; returns the exit code (0 done, 1 failed, 2 usage error). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.options.help || !args.command) {
      io.stdout(USAGE);
      return args.command || args.options.help ? 0 : 2;
    }
    if (args.command === 'new') await runNew(args, io);
    else if (args.command === 'export') await runExport(args, io);
    else throw new UsageError(`未知的命令“${args.command}”。`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof UserFacingError) {
      io.stderr(`${error.message}\n`);
      return 1;
    }
    io.stderr(`操作失败：${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.DEBUG) io.stderr(`${error instanceof Error ? error.stack : ''}\n`);
    return 1;
  }
}

function isMainModule(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMainModule()) {
  const io: CliIo = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };
  void runCli(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
