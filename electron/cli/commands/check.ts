// check: the format check (规范检查) on a draft file, a .docx or a .txt,
// printed in Chinese or as JSON; exit code 1 when errors are found.
import { readFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { checkDraft, countBySeverity, KINDS, SEVERITY_LABEL, type Finding, type TemplateRef, type YearInference } from '../../../shared/checks';
import { protectSpaces, restoreSpaces } from '../../../shared/checks/source-spaces';
import type { DraftMetadata, ReportContent } from '../../../shared/model';
import { guessMetadata, IMPORTED_TEMPLATE, recognize } from '../../../shared/recognize';
import { UserFacingError } from '../../../shared/result';
import { docxParagraphs, readDocxParts } from '../../import/docx';
import { importBytes } from '../../import/import-file';
import { decodeText } from '../../import/text-encoding';
import { ZipReader } from '../../import/zip';
import { TEMPLATES } from '../../templates';
import { WORD_LIST } from '../../word-list';
import { readDraftFile } from '../draft-io';
import { singlePositional, type CliCommand } from '../command';

export interface Checked {
  content: ReportContent;
  metadata: Partial<DraftMetadata>;
  template: TemplateRef;
}

/**
 * A report file as the checker reads it: the importer's recognition (after its
 * own checks of the file), with the spaces inside lines kept, since those are
 * slips to report; the report year only where the text gives one.
 */
async function readReport(path: string, today: Date): Promise<Checked> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserFacingError('check-missing', `找不到要检查的文件“${path}”。`);
    throw new UserFacingError('check-unreadable', `无法读取“${path}”（错误代码 ${code ?? '未知'}）。`);
  }
  const imported = importBytes(basename(path), bytes, today);
  const isText = /^\.(txt|text)?$/iu.test(extname(path)) && !(bytes[0] === 0x50 && bytes[1] === 0x4b);
  let content = imported.content;
  if (isText) {
    const lines = decodeText(bytes).text.split(/\r\n|[\r\n]/u).map((line) => ({ text: line }));
    content = restoreSpaces(recognize(protectSpaces(lines), { wrapped: true }));
  } else {
    const parts = readDocxParts(new ZipReader(bytes));
    if (parts) content = restoreSpaces(recognize(protectSpaces(docxParagraphs(parts).paragraphs)));
  }
  return { content, metadata: guessMetadata(content), template: { id: IMPORTED_TEMPLATE } };
}

export async function readForCheck(path: string, today: Date): Promise<Checked> {
  if (extname(path).toLowerCase() === '.json') {
    const draft = await readDraftFile(path);
    const known = TEMPLATES.find((t) => t.id === draft.template);
    return { content: draft.content, metadata: draft.metadata, template: { id: draft.template, ...(known ? { blocks: known.blocks } : {}) } };
  }
  return readReport(path, today);
}

/** The findings as Chinese text, grouped by kind, after the report year and its evidence. */
export function formatFindings(name: string, findings: readonly Finding[], year?: YearInference): string {
  const counts = countBySeverity(findings);
  const yearLine = year ? `报告年度：${year.year === undefined ? '无法判断' : `${year.year}年`}（${year.explanation}）。\n` : '';
  const head = `检查“${name}”：错误 ${counts.error} 项，警告 ${counts.warning} 项，提示 ${counts.info} 项。\n${yearLine}`;
  if (findings.length === 0) return `${head}未发现格式问题。\n`;
  const lines: string[] = [head];
  for (const { kind, label } of KINDS) {
    const group = findings.filter((f) => f.kind === kind);
    if (group.length === 0) continue;
    lines.push(`\n【${label}】\n`);
    for (const f of group) {
      lines.push(`  [${SEVERITY_LABEL[f.severity]}] 第${f.block + 1}段：${f.message}\n`);
      if (f.context) lines.push(`      原文：${f.context}\n`);
      if (f.fix) lines.push(`      可在编辑器中一键修正：${f.fix.label}\n`);
      if (f.evidence && f.kind === 'years') lines.push(`      依据：${f.evidence.basis}\n`);
    }
  }
  return lines.join('');
}

export const checkCommand: CliCommand = {
  name: 'check',
  usage: `  npm run cli -- check <文稿.json|报告.docx|报告.txt> [--json]
      规范检查：序号、标点、空格、日期与文号、标题与主送机关、年份、必备部分和写作提示。
      --json 输出 JSON 数组（每项含 rule、severity、message、excerpt、evidence 等）。发现错误时退出码为 1。`,
  flags: ['json'],
  async run(args, io) {
    const file = singlePositional(args, '要检查的文件');
    const path = resolve(io.cwd ?? process.cwd(), file);
    const { content, metadata, template } = await readForCheck(path, io.today ?? new Date());
    const { findings, year } = checkDraft(content, metadata, template, { words: WORD_LIST });
    if (args.options.json) {
      const items = findings.map(({ fix, ...f }) => ({ ...f, fixable: Boolean(fix), ...(fix ? { fix } : {}) }));
      io.stdout(`${JSON.stringify(items, null, 2)}\n`);
    } else {
      io.stdout(formatFindings(basename(path), findings, year));
    }
    return findings.some((f) => f.severity === 'error') ? 1 : 0;
  },
};
