// Attachments recognised on import: after the signature and date, a line 附件1
// (or 附件 alone) starts an attachment, the next line is its title and the
// rest its content, headings numbered within it; the main text's 附件说明
// stays as typed. Also through a .docx written by the export (a round trip).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../electron/export/docx-document';
import { importFile } from '../../electron/import/import-file';
import { annexParts } from '../../shared/annexes';
import { blockText } from '../../shared/model';
import { headingNumbers } from '../../shared/numbering';
import { recognizeText } from '../../shared/recognize';
import { annexedReport } from '../support/annexed-report';

const LONG = Array.from({ length: 70 }, (_, i) => `第${i + 1}项工作按计划推进，取得明显成效。`);
const TEXT = [
  '某某县司法局关于2025年度法治政府建设情况的报告',
  '县人民政府：',
  '2025年，我局认真贯彻落实上级部署，扎实推进法治政府建设。',
  '一、主要举措',
  '全面推进严格规范公正文明执法。',
  '',
  '附件：1．重点工作任务清单',
  '      2．行政执法案件统计表',
  '',
  '某某县司法局',
  '2026年3月1日',
  '附件1',
  '重点工作任务清单',
  '一、法治宣传',
  '开展普法活动12场。',
  '二、执法监督',
  ...LONG,
  '附件2',
  '行政执法案件统计表',
  '一、案件总数',
  '全年办理行政执法案件35件。',
].join('\n');

describe('attachments on import', () => {
  it('recognises 附件N, its title and its content after the date, however long', () => {
    const content = recognizeText(TEXT);
    const types = content.map((b) => b.type);
    expect(types.slice(0, 9)).toEqual(['title', 'addressee', 'paragraph', 'heading', 'paragraph', 'attachment', 'attachment', 'signature', 'date']);
    const parts = annexParts(content);
    expect(parts.map((p) => [p.label, p.title])).toEqual([
      ['附件1', '重点工作任务清单'],
      ['附件2', '行政执法案件统计表'],
    ]);
    expect(content.filter((b) => b.type === 'attachment').map(blockText)).toEqual(['重点工作任务清单', '行政执法案件统计表']);
    // Headings inside each attachment are numbered from 一、 again.
    const numbers = headingNumbers(content);
    const inAnnex = (k: number) => numbers.slice(parts[k]!.index, parts[k]!.end).filter(Boolean);
    expect(inAnnex(0)).toEqual(['一、', '二、']);
    expect(inAnnex(1)).toEqual(['一、']);
    expect(content.slice(parts[0]!.index + 1, parts[0]!.end).filter((b) => b.type === 'paragraph').length).toBe(71);
  });

  it('keeps material after the date without a 附件 line as paragraphs', () => {
    const content = recognizeText(['某某县司法局关于2025年度工作的报告', '正文一段。', '某某县司法局', '2026年3月1日', '附件：名单'].join('\n'));
    expect(content.some((b) => b.type === 'annex')).toBe(false);
  });

  it('reads back the attachments of an exported .docx', async () => {
    const input = annexedReport();
    const dir = await mkdtemp(join(tmpdir(), 'annex-import-'));
    try {
      const file = join(dir, 'annexed.docx');
      await writeFile(file, await buildDocx(input));
      const draft = await importFile(file, new Date(2024, 0, 10));
      expect(annexParts(draft.content).map((p) => [p.label, p.title])).toEqual(annexParts(input.content).map((p) => [p.label, p.title]));
      const texts = (c: typeof input.content) => c.filter((b) => b.type === 'heading' || b.type === 'paragraph').map(blockText).slice(-6);
      expect(texts(draft.content)).toEqual(texts(input.content));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
