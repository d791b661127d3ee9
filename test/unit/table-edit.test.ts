import { describe, expect, it } from 'vitest';
import { blockText, validateContent, type TableBlock } from '../../shared/model';
import { deleteColumn, deleteRow, insertColumn, insertRow, mergeCells } from '../../shared/table-edit';
import { placeCells, simpleTable } from '../../shared/tables';

const grid = (t: TableBlock) => placeCells(t).cells.map((c) => `${c.row},${c.col} ${c.colSpan}×${c.rowSpan} ${c.cell.children.map(blockText).join('/')}`);

/** 项目 | 2023 | 2024, 合计 merged down two rows. */
function table(): TableBlock {
  const t = simpleTable([['项目', '2023', '2024'], ['合计', '1', '2'], ['3', '4']]);
  t.children[1]!.children[0]!.rowSpan = 2;
  return t;
}

describe('editing a table', () => {
  it('adds a row inside a merged cell by lengthening it, and below the table with a cell per column', () => {
    const inside = insertRow(table(), 1);
    expect(grid(inside)).toEqual(['0,0 1×1 项目', '0,1 1×1 2023', '0,2 1×1 2024', '1,0 1×3 合计', '1,1 1×1 1', '1,2 1×1 2', '2,1 1×1 ', '2,2 1×1 ', '3,1 1×1 3', '3,2 1×1 4']);
    expect(grid(insertRow(table(), 2)).slice(-3)).toEqual(['3,0 1×1 ', '3,1 1×1 ', '3,2 1×1 ']);
    expect(insertRow(table(), 0).children.map((r) => r.header === true)).toEqual([true, false, false, false]);
    expect(validateContent([inside])).toBeNull();
  });

  it('deletes a row: a cell merged over it gets shorter, one starting in it moves down', () => {
    expect(grid(deleteRow(table(), 2)!)).toEqual(['0,0 1×1 项目', '0,1 1×1 2023', '0,2 1×1 2024', '1,0 1×1 合计', '1,1 1×1 1', '1,2 1×1 2']);
    expect(grid(deleteRow(table(), 1)!)).toEqual(['0,0 1×1 项目', '0,1 1×1 2023', '0,2 1×1 2024', '1,0 1×1 合计', '1,1 1×1 3', '1,2 1×1 4']);
    expect(deleteRow(simpleTable([['甲']]), 0)).toBeNull();
  });

  it('adds and deletes columns, keeping the column widths in step', () => {
    const wide = insertColumn({ ...table(), columns: [2, 1, 1] }, 0);
    expect(wide.columns).toEqual([2, 2, 1, 1]);
    expect(grid(wide).slice(0, 4)).toEqual(['0,0 1×1 项目', '0,1 1×1 ', '0,2 1×1 2023', '0,3 1×1 2024']);
    const narrow = deleteColumn(wide, 1)!;
    expect(grid(narrow)).toEqual(grid(table()));
    expect(narrow.columns).toEqual([2, 1, 1]);
    expect(deleteColumn(simpleTable([['甲'], ['乙']]), 0)).toBeNull();
  });

  it('treats columns as rows: a column added inside a cell merged across widens it, a deleted one narrows it', () => {
    const across = mergeCells(table(), 0, 1)!;
    const wider = insertColumn(across, 1);
    expect(grid(wider).slice(0, 2)).toEqual(['0,0 1×1 项目', '0,1 3×1 2023/2024']);
    expect(grid(wider)).toContain('1,2 1×1 ');
    expect(grid(deleteColumn(across, 2)!).slice(0, 2)).toEqual(['0,0 1×1 项目', '0,1 1×1 2023/2024']);
    // The column a cell merged down starts in goes with it.
    expect(grid(deleteColumn(table(), 0)!)).toEqual(['0,0 1×1 2023', '0,1 1×1 2024', '1,0 1×1 1', '1,1 1×1 2', '2,0 1×1 3', '2,1 1×1 4']);
    expect(validateContent([wider])).toBeNull();
  });

  it('merges cells across and down, keeping their text; refuses cells that do not line up', () => {
    const across = mergeCells(table(), 0, 1)!;
    expect(grid(across).slice(0, 2)).toEqual(['0,0 1×1 项目', '0,1 2×1 2023/2024']);
    const down = mergeCells(table(), 1, 2, true)!;
    expect(grid(down)).toContain('1,2 1×2 2/4');
    expect(mergeCells(across, 0, 1, true)).toBeNull();
    expect(mergeCells(table(), 2, 0)).toMatchObject({ type: 'table' });
    expect(validateContent([across, down])).toBeNull();
  });
});
