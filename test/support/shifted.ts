// Drafts whose last section, or one paragraph, is shifted one line at a time
// through every line of a page (0–21 one-line paragraphs put before it), so
// headings, short last lines, the last body lines and the closing fall on
// every position of a page in turn.
import type { ExportInput } from '../../electron/export/docx-document';
import { block, type ReportContent } from '../../shared/model';
import { loadFixtureReport } from '../fixtures/export/reports';
import { chineseText, makeLongReport } from './long-report';

const fillers = (k: number) => Array.from({ length: k }, (_, i) => block('paragraph', `第${i + 1}行补充说明。`, {}));

const shifted = (base: ExportInput, at: (content: ReportContent) => number, insert: ReportContent = []): ExportInput[] =>
  Array.from({ length: 22 }, (_, k) => {
    const i = at(base.content);
    return { ...base, content: [...base.content.slice(0, i), ...fillers(k), ...insert, ...base.content.slice(i)] };
  });

/** The county bureau's report with its last section (heading, body, signature, date) shifted. */
export function shiftedDrafts(): ExportInput[] {
  return shifted(loadFixtureReport('county-bureau-annual-2023'), (c) => c.map((b) => b.type).lastIndexOf('heading'));
}

/** A paragraph whose last line holds two characters, shifted through a page in the middle of a report. */
export function shiftedShortLine(): ExportInput[] {
  return shifted(makeLongReport(1500), () => 8, [block('paragraph', chineseText(26 + 28 * 3 + 2, 3), {})]);
}

/** The closing shifted: a body paragraph then the signature and date at every line of a page. */
export function shiftedClosing(): ExportInput[] {
  return shifted(makeLongReport(1500), (c) => c.findIndex((b) => b.type === 'signature'), [block('paragraph', chineseText(26 + 28 * 3 + 2, 3), {})]);
}
