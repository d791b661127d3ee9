// The benchmark's Markdown for pandoc: the same blocks as the export, heading
// numbers as text, Markdown syntax characters escaped.
import { describe, expect, it } from 'vitest';
import { reportMarkdown } from '../../bench/export';
import { block, type DraftMetadata } from '../../shared/model';

const metadata: DraftMetadata = { unit: '某某县司法局', unitShort: '', year: 2025, addressee: '', signature: '', date: '2026-03-01' };

describe('reportMarkdown', () => {
  it('writes titles and numbered headings as Markdown headings, the rest as paragraphs', () => {
    const md = reportMarkdown({
      title: '标题',
      metadata,
      content: [
        block('title', '关于2025年度工作的报告', {}),
        block('paragraph', '', { hint: '提示不导出' }),
        block('heading', '主要举措', { level: 1 }),
        block('heading', '加强领导', { level: 2 }),
        block('heading', '召开会议', { level: 3 }),
        block('paragraph', '正文*强调*与[链接](x)。', {}),
        block('attachment', '统计表', {}),
        block('signature', '某某县司法局', {}),
      ],
    });
    expect(md).toBe(
      ['# 关于2025年度工作的报告', '## 一、主要举措', '### （一）加强领导', '#### 1\\.召开会议', '正文\\*强调\\*与\\[链接\\]\\(x\\)。', '附件：统计表', '某某县司法局'].join('\n\n') + '\n',
    );
  });
});
