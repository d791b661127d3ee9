// The checks inside a table: each cell paragraph is read like a body
// paragraph by the rules that make sense in a cell (typed numbers,
// punctuation, spaces, dates, ways of writing numbers, misused words), not
// by those about paragraphs of a report (length, template hints). A finding
// in a cell is placed at the table block with `cell` saying which cell and
// paragraph; its offsets are in that paragraph's text. Fixes are left to the
// clerk there.
import { blockText, type OmittedBlock, type ReportBlock, type TableBlock } from '../model';
import { omittedLabel } from '../recognize/summary';
import { finding } from './text';
import type { BlockContext, BlockRule, Finding } from './types';

/** The findings of each family over the cells of a table (families without a block rule, or not for cells, find nothing). */
export function cellFindings(i: number, table: TableBlock, ctx: BlockContext, rules: readonly (BlockRule | undefined)[]): Finding[][] {
  const out: Finding[][] = rules.map(() => []);
  table.children.forEach((row, r) => {
    row.children.forEach((cell, c) => {
      cell.children.forEach((p, k) => {
        const text = blockText(p);
        if (!text.trim()) return;
        rules.forEach((rule, f) => {
          if (!rule) return;
          for (const found of rule(i, p, text, ctx)) {
            const { fix: _fix, ...rest } = found;
            out[f]!.push({ ...rest, cell: { row: r, cell: c, paragraph: k } });
          }
        });
      });
    });
  });
  return out;
}

/** Content an import could not bring over, still marked in the draft: it is never exported. */
export function omittedRules(i: number, b: ReportBlock, text: string): Finding[] {
  if (b.type !== 'omitted') return [];
  const label = omittedLabel((b as OmittedBlock).kind);
  return [
    finding(text, {
      rule: 'omitted-content', kind: 'structure', severity: 'warning', block: i, start: 0, end: 0,
      message: `此处有导入时未能转换的${label}${text.trim() ? '（其文字已保留在框内）' : ''}，导出时不包含。请把需要的内容改写为正文或表格，再删除此标记。`,
    }),
  ];
}
