import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DRAFT_FILE_VERSION, DraftFileError, parseDraftFile, serializeDraftFile } from '../../shared/draft-file';
import { block, blockText, validateContent, type ImageBlock, type ReportContent, type TableBlock } from '../../shared/model';
import { columnWeights, mapTextBlocks, placeCells, simpleTable, textBlocks } from '../../shared/tables';

const metadata = { unit: '某某县司法局', unitShort: '', year: 2024, addressee: '', signature: '某某县司法局', date: '2025-03-01' };
const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000020000000308060000', 'hex');
const hash = createHash('sha256').update(png).digest('hex');
const image: ImageBlock = { type: 'image', picture: { hash, mime: 'image/png', width: 2, height: 3 }, children: [{ text: '图1 培训现场' }] };

/** 项目 | 2023年 | 2024年, with 合计 spanning two rows in the first column. */
function merged(): TableBlock {
  const t = simpleTable([
    ['项目', '2023年', '2024年'],
    ['合计', '12', '15'],
    ['8', '9'],
  ]);
  t.children[1]!.children[0]!.rowSpan = 2;
  return t;
}

describe('tables and pictures in the model', () => {
  it('accepts a table with a header row, spans and cell paragraphs, and a picture with a caption', () => {
    const content: ReportContent = [block('paragraph', '正文', {}), merged(), image, { type: 'omitted', kind: 'chart', children: [{ text: '' }] }];
    expect(validateContent(content)).toBeNull();
  });

  it('says what is wrong with a malformed table or picture', () => {
    const t = merged();
    t.children[0]!.children[0]!.children = [];
    expect(validateContent([t])).toMatch(/cell without paragraphs/u);
    expect(validateContent([{ ...image, picture: { ...image.picture, mime: 'image/gif' } }])).toMatch(/not PNG or JPEG/u);
    expect(validateContent([{ ...image, picture: { ...image.picture, hash: 'abc' } }])).toMatch(/SHA-256/u);
    expect(validateContent([{ type: 'omitted', kind: 'video', children: [{ text: '' }] }])).toMatch(/omitted kind/u);
  });

  it('places merged cells on the grid: a row span takes its column in the rows below', () => {
    const { cells, columns } = placeCells(merged());
    expect(columns).toBe(3);
    expect(cells.map((c) => [c.row, c.col, c.rowSpan, blockText(c.cell.children[0]!)])).toEqual([
      [0, 0, 1, '项目'], [0, 1, 1, '2023年'], [0, 2, 1, '2024年'],
      [1, 0, 2, '合计'], [1, 1, 1, '12'], [1, 2, 1, '15'],
      [2, 1, 1, '8'], [2, 2, 1, '9'],
    ]);
    expect(columnWeights({ ...merged(), columns: [2, 1] }, 3)).toEqual([1, 1, 1]);
    expect(columnWeights({ ...merged(), columns: [2, 1, 1] }, 3)).toEqual([2, 1, 1]);
  });

  it('reads and maps the text in cells like any other paragraph', () => {
    const content: ReportContent = [block('paragraph', '甲', {}), merged()];
    expect(textBlocks(content).map(blockText)).toEqual(['甲', '项目', '2023年', '2024年', '合计', '12', '15', '8', '9']);
    const upper = mapTextBlocks(content, (b) => ({ ...b, children: [{ text: `${blockText(b)}！` }] }));
    expect(textBlocks(upper).map(blockText).at(-1)).toBe('9！');
    expect(blockText(merged())).toBe('项目\t2023年\t2024年\n合计\t12\t15\n8\t9');
  });
});

describe('the draft file carries pictures', () => {
  const draft = { title: '报告', template: 'imported', metadata, content: [merged(), image] as ReportContent };

  it('writes the current version with the pictures by hash, and reads it back', () => {
    const text = serializeDraftFile({ ...draft, pictures: { [hash]: png.toString('base64') } });
    expect(JSON.parse(text).version).toBe(DRAFT_FILE_VERSION);
    const back = parseDraftFile(text);
    expect(back.content).toEqual(draft.content);
    expect(Buffer.from(back.pictures![hash]!, 'base64')).toEqual(png);
  });

  it('reads a version 1 file as it is', () => {
    const v1 = JSON.stringify({ format: 'gongwen-report-draft', version: 1, ...draft, content: [block('paragraph', '旧文稿', {})] });
    expect(parseDraftFile(v1).content).toHaveLength(1);
  });

  it('refuses a file whose picture bytes are missing, saying so', () => {
    const text = serializeDraftFile(draft);
    expect(() => parseDraftFile(text)).toThrow(DraftFileError);
    expect(() => parseDraftFile(text)).toThrow(/缺少文中的图片/u);
  });
});
