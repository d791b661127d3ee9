// Drafts whose last section is shifted one line at a time through every line
// of a page: the county bureau's report with 0–21 one-line paragraphs before
// its last heading, so the heading, the last body lines and the closing fall
// on every position of a page in turn.
import type { ExportInput } from '../../electron/export/docx-document';
import { block } from '../../shared/model';
import { loadFixtureReport } from '../fixtures/export/reports';

export function shiftedDrafts(): ExportInput[] {
  const base = loadFixtureReport('county-bureau-annual-2023');
  const last = base.content.map((b) => b.type).lastIndexOf('heading');
  return Array.from({ length: 22 }, (_, k) => ({
    ...base,
    content: [...base.content.slice(0, last), ...Array.from({ length: k }, (_, i) => block('paragraph', `第${i + 1}行补充说明。`, {})), ...base.content.slice(last)],
  }));
}
