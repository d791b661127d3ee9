// check: reading a draft file, a .docx or a .txt for the format check (规范检查),
// and its findings as Chinese text; the command itself is check-files.ts.
import { basename, extname } from 'node:path';
import { countBySeverity, findingPlace, KINDS, SEVERITY_LABEL, type Finding, type TemplateRef, type YearInference } from '../../../shared/checks';
import { protectSpaces, restoreSpaces } from '../../../shared/checks/source-spaces';
import type { DraftMetadata, ReportContent } from '../../../shared/model';
import { guessMetadata, IMPORTED_TEMPLATE, recognize } from '../../../shared/recognize';
import { docxParagraphs, readDocxParts } from '../../import/docx';
import { importBytes, readImportFile } from '../../import/import-file';
import { decodeText } from '../../import/text-encoding';
import { ZipReader } from '../../import/zip';
import { TEMPLATES } from '../../templates';
import { readDraftFile } from '../draft-io';

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
  // The importer's own reading: a folder, a special file and one over the size limit are refused before any byte is read.
  const bytes = await readImportFile(path);
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
      lines.push(`  [${SEVERITY_LABEL[f.severity]}] ${findingPlace(f)}：${f.message}\n`);
      if (f.context) lines.push(`      原文：${f.context}\n`);
      if (f.fix) lines.push(`      可在编辑器中一键修正：${f.fix.label}\n`);
      if (f.evidence && f.kind === 'years') lines.push(`      依据：${f.evidence.basis}\n`);
    }
  }
  return lines.join('');
}
