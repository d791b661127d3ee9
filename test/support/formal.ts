// Formal documents for the 版头 and 版记 tests: the county bureau's report with
// a 版头 (an upward 报告, with its 签发人) and a 版记, its last section shifted
// a line at a time so the body ends at every line of a page and on odd and
// even pages.
import type { ExportInput } from '../../electron/export/docx-document';
import type { Colophon, RedHeader } from '../../shared/model';
import { loadFixtureReport } from '../fixtures/export/reports';
import { shiftedDrafts } from './shifted';

export const RED_HEADER: RedHeader = { mark: '某某县司法局文件', number: '某司报〔2026〕3号', signer: '王某某' };
export const COLOPHON: Colophon = { cc: '某某市司法局，某某县人民政府办公室', printer: '某某县司法局办公室', printed: '2026-03-01' };

/** The draft with the given 版头 and 版记 (both by default). */
export function formal(input: ExportInput, parts: { redHeader?: RedHeader; colophon?: Colophon } = { redHeader: RED_HEADER, colophon: COLOPHON }): ExportInput {
  const { redHeader, colophon } = parts;
  return { ...input, metadata: { ...input.metadata, ...(redHeader ? { redHeader } : {}), ...(colophon ? { colophon } : {}) } };
}

/** The county report with 版头 and 版记. */
export const formalReport = (): ExportInput => formal(loadFixtureReport('county-bureau-annual-2023'));

/** The same, its last section shifted through a page (22 drafts). */
export const formalShifted = (): ExportInput[] => shiftedDrafts().map((d) => formal(d));
