// Tables and pictures in HTML: the clipboard of Word and WPS, a saved web page.
import { describe, expect, it } from 'vitest';
import { blockText, type TableBlock } from '../../shared/model';
import { htmlObjects, recognizeHtml } from '../../shared/recognize';
import { placeCells } from '../../shared/tables';

const grid = (t: TableBlock) => placeCells(t).cells.map((c) => `${c.row},${c.col} ${c.colSpan}×${c.rowSpan} ${c.cell.children.map(blockText).join('/')}`);

// As Word puts a table on the clipboard: MsoTableGrid, spans, <p class=MsoNormal> in cells, a VML twin in a comment.
const WORD = `<html><body><!--StartFragment--><p class=MsoNormal>全年办理案件情况如下。</p>
<table class=MsoTableGrid border=1 style='border-collapse:collapse'>
 <tr style='mso-yfti-firstrow:yes'><td rowspan=2 style='border:solid windowtext 1.0pt'><p class=MsoNormal align=center style='text-align:center'><span lang=EN-US>项目</span></p></td>
  <td colspan=2><p class=MsoNormal>案件数<span lang=EN-US>(</span>件<span lang=EN-US>)</span></p></td></tr>
 <tr><td><p class=MsoNormal>2023<span>年</span></p></td><td><p class=MsoNormal>2024年</p></td></tr>
 <tr><td><p class=MsoNormal>复议</p><p class=MsoNormal>（含应诉）</p></td><td>12</td><td>15</td></tr>
</table>
<p class=MsoNormal><!--[if gte vml 1]><v:shape><v:imagedata src="file:///C:/Users/x/clip_image001.png"/></v:shape><![endif]--><![if !vml]><img width=320 height=240 src="data:image/png;base64,iVBORw0KGgo=" alt="现场照片"><![endif]></p>
<p class=MsoNormal>以上情况。</p><!--EndFragment--></body></html>`;

describe('tables and pictures in HTML', () => {
  it('reads a Word clipboard table cell for cell with its spans, and each picture once (not its VML twin)', () => {
    const { paragraphs, images } = htmlObjects(WORD);
    const table = paragraphs.find((p) => p.block?.type === 'table')!.block as TableBlock;
    expect(grid(table)).toEqual(['0,0 1×2 项目', '0,1 2×1 案件数(件)', '1,1 1×1 2023年', '1,2 1×1 2024年', '2,0 1×1 复议/（含应诉）', '2,1 1×1 12', '2,2 1×1 15']);
    expect(table.children[0]!.children[0]!.align).toBe('center');
    expect(images).toEqual([{ index: expect.any(Number), src: 'data:image/png;base64,iVBORw0KGgo=', alt: '现场照片', width: 320 }]);
  });

  it('keeps the text around them in order, and a pasted picture the host cannot fill stays marked', () => {
    const content = recognizeHtml(WORD, { mode: 'fragment' });
    expect(content.map((b) => (b.type === 'omitted' ? `[${b.kind}] ${blockText(b)}` : b.type === 'table' ? 'table' : blockText(b)))).toEqual(['全年办理案件情况如下。', 'table', '[picture] 现场照片', '以上情况。']);
  });

  it('marks <th> rows and <thead> as header rows, and reads a table the page never closes', () => {
    const { paragraphs } = htmlObjects('<table><thead><tr><td>甲</td><td>乙</td></tr></thead><tr><th>丙</th><td>丁</td></tr><tr><td>戊</td><td>己');
    const table = paragraphs[0]!.block as TableBlock;
    expect(table.children.map((r) => r.header === true)).toEqual([true, false, false]);
    expect(grid(table).at(-1)).toBe('2,1 1×1 己');
  });
});
