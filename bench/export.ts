// Export speed: a 50,000-character report, model to .docx bytes.
import { buildDocx } from '../electron/export/docx-document';
import { makeLongReport } from '../test/support/long-report';
import { measure, type Figure } from './measure';

export async function benchExport(): Promise<Figure[]> {
  const report = makeLongReport(50_000);
  return [await measure('export .docx, 50,000 characters', () => buildDocx(report), { runs: 10, warmup: 2 })];
}
