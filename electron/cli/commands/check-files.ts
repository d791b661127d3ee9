// check over files and folders: the format check of each report printed in
// Chinese (or as JSON), optionally a summary table with one row per file
// (.csv or .html); exit code 1 when any report has errors or cannot be read.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkDraft, requiredParts } from '../../../shared/checks';
import { blockText, contentTitle } from '../../../shared/model';
import { guessMetadata, IMPORTED_TEMPLATE } from '../../../shared/recognize';
import { UserFacingError } from '../../../shared/result';
import { WORD_LIST } from '../../word-list';
import { UsageError, type CliCommand, type CliIo } from '../command';
import { collectInputs } from '../inputs';
import { isHtml, readReportFile } from '../read-report';
import { isFailed, type SummaryEntry } from '../summary/rows';
import { formatFindings, readForCheck, type Checked } from './check';
import { CHECK } from './specs';

/** What a folder holds that check reads: reports, and draft files. */
const CHECKED = /\.(docx|txt|html?|json)$/iu;

/** A web page (saved from Word, WPS or a browser) as the paste recognizer reads it. */
async function readHtml(full: string, today: Date): Promise<Checked> {
  const { content } = await readReportFile(full, today);
  return { content, metadata: guessMetadata(content), template: { id: IMPORTED_TEMPLATE } };
}

async function checkOne(file: string, full: string, today: Date): Promise<SummaryEntry> {
  try {
    const { content, metadata, template } = isHtml(full) ? await readHtml(full, today) : await readForCheck(full, today);
    const { findings, year } = checkDraft(content, metadata, template, { words: WORD_LIST });
    const texts = content.map(blockText);
    const { parts } = requiredParts({ content, texts, metadata, ...(template ? { template } : {}) });
    return { file, path: full, title: contentTitle(content), year, parts, findings };
  } catch (error) {
    if (!(error instanceof UserFacingError)) throw error;
    return { file, path: full, error: error.message };
  }
}

const jsonFindings = (e: Exclude<SummaryEntry, { error: string }>) =>
  e.findings.map(({ fix, ...f }) => ({ ...f, fixable: Boolean(fix), ...(fix ? { fix } : {}) }));

async function writeSummary(target: string, entries: readonly SummaryEntry[], today: Date): Promise<void> {
  const ext = path.extname(target).toLowerCase();
  const text =
    ext === '.csv'
      ? (await import('../summary/csv')).summaryCsv(entries)
      : (await import('../summary/html')).summaryHtml(entries, path.dirname(target), today);
  try {
    await writeFile(target, text, 'utf8');
  } catch (error) {
    throw new UserFacingError('summary-unwritable', `无法写入汇总表“${target}”（错误代码 ${(error as NodeJS.ErrnoException).code ?? '未知'}），请确认文件夹存在且可写。`);
  }
}

export const checkCommand: CliCommand = {
  ...CHECK,
  async run(args, io: CliIo) {
    const cwd = io.cwd ?? process.cwd();
    if (args.positional.length === 0) throw new UsageError('缺少要检查的文件。');
    const summary = args.options.summary ? path.resolve(cwd, args.options.summary) : undefined;
    if (summary && !/\.(csv|html?)$/iu.test(summary)) throw new UsageError(`汇总表“${args.options.summary}”的扩展名须为 .csv 或 .html。`);
    const inputs = await collectInputs(args.positional, cwd, CHECKED);
    if (inputs.length === 0) throw new UserFacingError('check-nothing', '所给的文件夹中没有可检查的文件（.docx、.txt、.html 或文稿文件 .json）。');
    const today = io.today ?? new Date();
    const single = args.positional.length === 1 && inputs.length === 1 && inputs[0]!.relative === path.basename(inputs[0]!.path);
    const entries: SummaryEntry[] = [];
    for (const input of inputs) {
      const entry = await checkOne(input.relative, input.path, today);
      entries.push(entry);
      if (isFailed(entry)) io.stderr(`${entry.error}\n`);
      else if (!args.options.json) io.stdout(`${inputs.length > 1 ? '\n' : ''}${formatFindings(input.relative, entry.findings, entry.year)}`);
    }
    if (args.options.json) {
      const checked = entries.flatMap((e) => (isFailed(e) ? [] : [e]));
      const json = single && checked[0] ? jsonFindings(checked[0]) : entries.map((e) => (isFailed(e) ? { file: e.file, error: e.error } : { file: e.file, findings: jsonFindings(e) }));
      io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    }
    if (summary) {
      await writeSummary(summary, entries, today);
      (args.options.json ? io.stderr : io.stdout)(`已写入汇总表（${entries.length} 个文件）：${summary}\n`);
    }
    return entries.some((e) => isFailed(e) || e.findings.some((f) => f.severity === 'error')) ? 1 : 0;
  },
};
