import { describe, expect, it } from 'vitest';
import {
  block,
  blockText,
  characterCount,
  contentTitle,
  validateContent,
  type ReportContent,
} from '../../shared/model';

describe('blockText', () => {
  it('joins the text of all children in order', () => {
    expect(blockText({ type: 'paragraph', children: [{ text: '一是' }, { text: '加强' }, { text: '领导。' }] })).toBe(
      '一是加强领导。',
    );
  });

  it('is empty for a block with one empty child', () => {
    expect(blockText(block('paragraph', '', { hint: '提示' }))).toBe('');
  });
});

describe('contentTitle', () => {
  it('is the trimmed text of the title block, ignoring other blocks', () => {
    const content: ReportContent = [
      block('title', '  某某县司法局关于2024年度法治政府建设情况的报告 ', {}),
      block('paragraph', '正文', {}),
      block('heading', '标题不是题目', { level: 1 }),
    ];
    expect(contentTitle(content)).toBe('某某县司法局关于2024年度法治政府建设情况的报告');
  });

  it('joins several title blocks (a title broken over two lines)', () => {
    const content: ReportContent = [block('title', '某某县自然资源局2023年度法治政府建设', {}), block('title', '情况报告', {})];
    expect(contentTitle(content)).toBe('某某县自然资源局2023年度法治政府建设情况报告');
  });

  it('is empty without a title block', () => {
    expect(contentTitle([block('paragraph', '正文', {})])).toBe('');
  });
});

describe('characterCount', () => {
  it('counts every character but white space, across blocks', () => {
    const content: ReportContent = [
      block('title', '报告', {}),
      block('paragraph', '一 二\t三\n四', {}),
      block('paragraph', 'ab c', {}),
    ];
    expect(characterCount(content)).toBe(2 + 4 + 3);
  });

  it('does not count full-width or non-breaking spaces', () => {
    expect(characterCount([block('paragraph', '\u3000\u3000我局\u00a0开展', {})])).toBe(4);
  });

  it('counts a CJK extension-B character (a surrogate pair) as one', () => {
    expect('𠀀'.length).toBe(2);
    expect(characterCount([block('paragraph', '𠀀𠀁字', {})])).toBe(3);
  });

  it('counts punctuation', () => {
    expect(characterCount([block('paragraph', '一、（一）1.（1）', {})])).toBe(10);
  });

  it('is zero for empty content', () => {
    expect(characterCount([])).toBe(0);
    expect(characterCount([block('paragraph', '   ', {})])).toBe(0);
  });
});

describe('validateContent', () => {
  const good: ReportContent = [
    block('title', '题目', { hint: '标题' }),
    block('addressee', '', {}),
    block('paragraph', '正文', {}),
    block('heading', '一级', { level: 1 }),
    block('heading', '二级', { level: 2 }),
    block('heading', '三级', { level: 3 }),
    block('heading', '四级', { level: 4 }),
    block('signature', '某某县司法局', {}),
    block('date', '2024年3月1日', {}),
  ];

  it('accepts well-formed content, including an empty list', () => {
    expect(validateContent(good)).toBeNull();
    expect(validateContent([])).toBeNull();
    expect(validateContent(JSON.parse(JSON.stringify(good)))).toBeNull();
  });

  it('rejects a value that is not a list', () => {
    expect(validateContent(null)).toMatch(/not a list/);
    expect(validateContent({ 0: good[0] })).toMatch(/not a list/);
    expect(validateContent('[]')).toMatch(/not a list/);
  });

  it('rejects a block that is not an object', () => {
    expect(validateContent([good[0], null])).toMatch(/block 1 is not an object/);
    expect(validateContent(['段落'])).toMatch(/block 0 is not an object/);
  });

  it('rejects an unknown block type', () => {
    expect(validateContent([{ type: 'video', children: [{ text: '' }] }])).toMatch(/unknown type video/);
    expect(validateContent([{ children: [{ text: '' }] }])).toMatch(/unknown type/);
  });

  it('rejects a heading without a level 1-4', () => {
    expect(validateContent([{ type: 'heading', children: [{ text: 'x' }] }])).toMatch(/level 1-4/);
    expect(validateContent([{ type: 'heading', level: 5, children: [{ text: 'x' }] }])).toMatch(/level 1-4/);
    expect(validateContent([{ type: 'heading', level: '1', children: [{ text: 'x' }] }])).toMatch(/level 1-4/);
  });

  it('rejects a block without text children', () => {
    expect(validateContent([{ type: 'paragraph' }])).toMatch(/no text children/);
    expect(validateContent([{ type: 'paragraph', children: [] }])).toMatch(/no text children/);
    expect(validateContent([{ type: 'paragraph', children: '正文' }])).toMatch(/no text children/);
  });

  it('rejects a child without text', () => {
    expect(validateContent([{ type: 'paragraph', children: [{ text: 'a' }, { bold: true }] }])).toMatch(
      /child without text/,
    );
    expect(validateContent([{ type: 'paragraph', children: [null] }])).toMatch(/child without text/);
    expect(validateContent([{ type: 'paragraph', children: [{ text: 3 }] }])).toMatch(/child without text/);
  });

  it('names the index of the first bad block', () => {
    expect(validateContent([...good, { type: 'paragraph', children: [] }])).toMatch(/block 9/);
  });
});
