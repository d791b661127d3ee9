// A real report with attachments: the county fixture (addressee, signature, date), then two attachments
// of their own (headings numbered afresh, body paragraphs, the second long
// enough to run onto a second page), the 附件说明 kept in step.
import { syncAttachmentNote } from '../../shared/annexes';
import { block, type ReportContent } from '../../shared/model';
import type { ExportInput } from '../../electron/export/docx-document';
import { loadFixtureReport } from '../fixtures/export/reports';

const SENTENCE = '全镇围绕年度目标任务，压实工作责任，细化工作措施，推动各项工作取得实效，群众满意度持续提升。';

/** Attachment content: level-1 headings with paragraphs under them. */
export function annexContent(title: string, sections: number, paragraphs: number): ReportContent {
  const out: ReportContent = [block('annex', title, {})];
  for (let s = 0; s < sections; s++) {
    out.push(block('heading', `第${s + 1}部分工作情况`, { level: 1 }));
    for (let p = 0; p < paragraphs; p++) out.push(block('paragraph', SENTENCE.repeat(1 + ((s + p) % 3)), {}));
  }
  return out;
}

export function annexedReport(titles: readonly string[] = ['2023年度重点工作任务完成情况统计表', '2023年度法治宣传教育活动开展情况及下一步工作安排']): ExportInput {
  const input = loadFixtureReport('county-bureau-annual-2023');
  const annexes = titles.flatMap((t, i) => annexContent(t, 2 + i, 2 + i * 2));
  return { ...input, content: syncAttachmentNote([...input.content, ...annexes]) };
}
