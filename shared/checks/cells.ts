// The checks inside a table: each cell paragraph is read like a body
// paragraph by the rules that make sense in a cell (typed numbers,
// punctuation, spaces, dates, ways of writing numbers, misused words), not
// by those about paragraphs of a report (length, template hints); rules
// over a whole table (TableRule) read what spans a cell's paragraphs, as the
// count of 一是、二是 does. A finding in a cell is placed at the table block
// with `cell` saying which cell and paragraph; its offsets, and those of its
// fix's edits (which carry the same `cell`), are in that paragraph's text.
import { blockText, type OmittedBlock, type ReportBlock, type TableBlock } from '../model';
import { omittedLabel } from '../recognize/summary';
import { finding } from './text';
import type { BlockContext, BlockRule, CellPlace, Finding, Fix, TableRule } from './types';

/** A fix found on a cell paragraph, editing that paragraph; none where an edit is not about text (a heading's typed number). */
function cellFix(fix: Fix, cell: CellPlace): Fix | undefined {
  if (fix.edits.some((e) => e.kind === 'typed-number')) return undefined;
  return { ...fix, edits: fix.edits.map((e) => ({ ...e, cell })) };
}

/**
 * The findings of each family over the cells of a table: its cell rule on
 * each cell paragraph, and its table rule (families with neither find nothing).
 */
export function cellFindings(
  i: number,
  table: TableBlock,
  ctx: BlockContext,
  rules: readonly (BlockRule | undefined)[],
  tableRules: readonly (TableRule | undefined)[] = [],
): Finding[][] {
  const out: Finding[][] = rules.map((_, f) => tableRules[f]?.(i, table) ?? []);
  table.children.forEach((row, r) => {
    row.children.forEach((cell, c) => {
      cell.children.forEach((p, k) => {
        const text = blockText(p);
        if (!text.trim()) return;
        const place = { row: r, cell: c, paragraph: k };
        rules.forEach((rule, f) => {
          if (!rule) return;
          for (const found of rule(i, p, text, ctx)) {
            const { fix, ...rest } = found;
            const moved = fix && cellFix(fix, place);
            out[f]!.push({ ...rest, cell: place, ...(moved ? { fix: moved } : {}) });
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
