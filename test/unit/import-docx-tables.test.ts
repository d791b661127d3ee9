// Reading tables, pictures and what cannot be imported from WordprocessingML.
import { describe, expect, it } from 'vitest';
import { importBytes, readDocx } from '../../electron/import/import-file';
import { blockText, type ImageBlock, type TableBlock } from '../../shared/model';
import { importSummary } from '../../shared/recognize/summary';
import { placeCells } from '../../shared/tables';
import { para } from '../fixtures/import/build-zip';
import { cell, commentRef, drawing, equation, footnoteRef, oleObject, photo, richDocx, row, table, textBox } from '../fixtures/import/rich-docx';

const today = new Date(2025, 2, 1);
const read = (body: string, notes = {}) => readDocx(richDocx(body, notes), 'x.docx');

describe('tables from .docx', () => {
  // 项目 | 2023年 | 2024年 (header), 合计 spans two rows down, 说明 spans two columns across.
  const body =
    para('一、主要数据') +
    table(
      [3000, 2000, 2000],
      row(cell('项目', '', '<w:jc w:val="center"/>') + cell('2023年') + cell('2024年'), true) +
        row(cell('合计', '<w:vMerge w:val="restart"/>') + cell('12') + cell('15')) +
        row(cell('', '<w:vMerge/>') + cell('8') + cell('9')) +
        row(cell('说明：含复议', '<w:gridSpan w:val="2"/>') + cell('')),
    ) +
    para('以上为统计数据。');

  it('keeps the table cell for cell, with its header row, spans, alignment and grid widths', () => {
    const { content } = read(body);
    const t = content.find((b): b is TableBlock => b.type === 'table')!;
    expect(content.map((b) => b.type)).toEqual(['heading', 'table', 'paragraph']);
    expect(t.columns).toEqual([3000, 2000, 2000]);
    expect(t.children.map((r) => r.header ?? false)).toEqual([true, false, false, false]);
    expect(t.children[0]!.children[0]!.align).toBe('center');
    const placed = placeCells(t).cells.map((c) => `${c.row},${c.col} ${c.colSpan}×${c.rowSpan} ${blockText(c.cell.children[0]!)}`);
    expect(placed).toEqual(['0,0 1×1 项目', '0,1 1×1 2023年', '0,2 1×1 2024年', '1,0 1×2 合计', '1,1 1×1 12', '1,2 1×1 15', '2,1 1×1 8', '2,2 1×1 9', '3,0 2×1 说明：含复议', '3,2 1×1 ']);
  });

  it('fills cells skipped at a row start (gridBefore) with an empty cell, so columns stay in place', () => {
    const { content } = read(table([1000, 1000], row(cell('甲') + cell('乙')) + `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${cell('丙')}</w:tr>`));
    const t = content[0] as TableBlock;
    expect(placeCells(t).cells.map((c) => [c.row, c.col, blockText(c.cell.children[0]!)])).toEqual([[0, 0, '甲'], [0, 1, '乙'], [1, 0, ''], [1, 1, '丙']]);
  });
});

describe('pictures from .docx', () => {
  it('keeps a JPEG at its pixel size and shown width, once per content, with the caption below it', () => {
    const { content, pictures } = read(para('活动情况如下。') + `<w:p>${drawing('rId10')}</w:p>` + para('图1 法治宣传活动现场') + `<w:p>${drawing('rId10', 1800000)}</w:p>`);
    const images = content.filter((b): b is ImageBlock => b.type === 'image');
    expect(images).toHaveLength(2);
    expect(images[0]!.picture).toMatchObject({ mime: 'image/jpeg', width: 320, height: 240 });
    expect(images[0]!.width).toBeCloseTo(84.7, 1);
    expect(images[1]!.width).toBe(50);
    expect(blockText(images[0]!)).toBe('图1 法治宣传活动现场');
    expect(pictures.size).toBe(1);
    expect(Buffer.from(pictures.get(images[0]!.picture.hash)!.bytes)).toEqual(photo);
  });

  it('marks a picture in another format, and a chart, where they stood', () => {
    const { content, notes } = read(para('正文。') + `<w:p>${drawing('rId11')}</w:p>` + `<w:p>${drawing('rId13', 3000000, 2000000, 'http://schemas.openxmlformats.org/drawingml/2006/chart')}</w:p>`);
    expect(content.map((b) => (b.type === 'omitted' ? `omitted ${b.kind} ${blockText(b)}` : b.type))).toEqual(['paragraph', 'omitted picture 活动照片', 'omitted chart 活动照片']);
    expect(notes.omitted).toEqual({ picture: 1, chart: 1 });
  });
});

describe('content an import cannot bring over is marked, never dropped', () => {
  it('a text box, a footnote and a chart: each marked where it was, with its text, and counted', () => {
    const body =
      para('我局坚持依法行政。') +
      `<w:p>${run('全年办理复议案件12件')}${footnoteRef(1)}${run('。')}${textBox('图2 办案流程')}</w:p>` +
      `<w:p>${drawing('rId13', 3000000, 2000000, 'http://schemas.openxmlformats.org/drawingml/2006/chart')}</w:p>` +
      para('下一步工作。');
    const draft = importBytes('report.docx', richDocx(body, { footnotes: ['数据来源：县司法局统计。'] }), today);
    expect(draft.content.map((b) => (b.type === 'omitted' ? `[${b.kind}] ${blockText(b)}` : blockText(b)))).toEqual([
      '我局坚持依法行政。',
      '全年办理复议案件12件。',
      '[footnote] 数据来源：县司法局统计。',
      '[textbox] 图2 办案流程',
      '[chart] 活动照片',
      '下一步工作。',
    ]);
    expect(importSummary(draft.content, draft.notes)).toMatch(/1 个文本框、1 条脚注、1 个图表未能导入，已在文中标出$/u);
  });

  it('comments, equations and embedded objects are marked too; a picture in a cell is named in the cell', () => {
    const body = `<w:p>${run('收费标准')}${commentRef(0)}${equation('x=2')}${oleObject()}</w:p>` + table([2000], row(`<w:tc><w:p>${drawing('rId12')}</w:p></w:tc>`));
    const { content, notes } = read(body, { comments: ['请核实'] });
    expect(content.map((b) => (b.type === 'omitted' ? `[${b.kind}] ${blockText(b)}` : blockText(b)))).toEqual(['收费标准', '[comment] 请核实', '[equation] x=2', '[object] ', '［图片］']);
    expect(notes.omitted).toEqual({ comment: 1, equation: 1, object: 1, picture: 1 });
  });
});

function run(text: string): string {
  return `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
}
