import { describe, expect, it } from 'vitest';
import { diffBlocks } from '../../shared/diff';
import { diffStats } from '../support/diff-stats';
import { block, type ReportContent } from '../../shared/model';

const p = (text: string) => block('paragraph', text, {});
const h = (text: string, level: 1 | 2 = 1) => block('heading', text, { level });
const ops = (from: ReportContent, to: ReportContent) => diffBlocks(from, to).map((d) => `${d.op[0]}:${d.text}`);

describe('paragraph diff', () => {
  it('finds nothing changed in equal texts', () => {
    const c = [h('一'), p('甲'), p('乙')];
    expect(ops(c, structuredClone(c))).toEqual(['s:一', 's:甲', 's:乙']);
    expect(diffStats(diffBlocks(c, c))).toEqual({ added: 0, removed: 0 });
  });

  it('shows an inserted and a deleted paragraph in reading order', () => {
    expect(ops([p('甲'), p('乙'), p('丙')], [p('甲'), p('新'), p('乙')])).toEqual(['s:甲', 'a:新', 's:乙', 'r:丙']);
  });

  it('shows an edited paragraph as removed then added', () => {
    expect(ops([p('甲'), p('乙'), p('丙')], [p('甲'), p('乙改'), p('丙')])).toEqual(['s:甲', 'r:乙', 'a:乙改', 's:丙']);
  });

  it('keeps the longest common run when paragraphs move', () => {
    const d = diffBlocks([p('A'), p('B'), p('C'), p('D')], [p('B'), p('C'), p('D'), p('A')]);
    expect(d.filter((x) => x.op === 'same').map((x) => x.text)).toEqual(['B', 'C', 'D']);
    expect(diffStats(d)).toEqual({ added: 1, removed: 1 });
  });

  it('treats a heading level change as a change, even with the same text', () => {
    expect(ops([h('主要工作', 1)], [h('主要工作', 2)])).toEqual(['r:主要工作', 'a:主要工作']);
    expect(ops([p('主要工作')], [h('主要工作')])).toEqual(['r:主要工作', 'a:主要工作']);
  });

  it('handles empty sides', () => {
    expect(ops([], [p('甲')])).toEqual(['a:甲']);
    expect(ops([p('甲')], [])).toEqual(['r:甲']);
    expect(ops([], [])).toEqual([]);
  });

  it('joins a block’s runs (a lead and its sentence) into one paragraph', () => {
    const lead: ReportContent = [{ type: 'paragraph', children: [{ text: '一是', lead: true }, { text: '加强学习。' }] }];
    expect(ops(lead, [p('一是加强学习。')])).toEqual(['s:一是加强学习。']);
  });

  it('is an LCS: every unchanged block of a long text is found', () => {
    const from = Array.from({ length: 300 }, (_, i) => p(`段${i}`));
    const to = from.filter((_, i) => i % 7 !== 0).concat([p('结尾')]);
    const d = diffBlocks(from, to);
    expect(diffStats(d)).toEqual({ added: 1, removed: Math.ceil(300 / 7) });
    expect(d.filter((x) => x.op !== 'added').map((x) => x.text)).toEqual(from.map((b) => b.children[0]!.text));
  });
});

describe('changes inside a paragraph, and numbers', () => {
  it('marks the characters deleted from a paragraph instead of striking it whole', () => {
    const from = [block('paragraph', '我乡始终把法治建设摆在突出位置。', {})];
    const to = [block('paragraph', '我乡把法治建设摆在位置。', {})];
    const [only, ...rest] = diffBlocks(from, to);
    expect(rest).toEqual([]);
    expect(only!.op).toBe('changed');
    expect(only!.parts).toEqual([
      { op: 'same', text: '我乡' },
      { op: 'removed', text: '始终' },
      { op: 'same', text: '把法治建设摆在' },
      { op: 'removed', text: '突出' },
      { op: 'same', text: '位置。' },
    ]);
  });

  it('gives headings their computed numbers, and keeps a rewritten paragraph as removed and added', () => {
    const from = [block('heading', '主要工作', { level: 1 }), block('paragraph', '甲乙丙丁', {})];
    const to = [block('heading', '主要工作', { level: 1 }), block('heading', '存在问题', { level: 1 }), block('paragraph', '戊己庚辛', {})];
    const diff = diffBlocks(from, to);
    expect(diff.map((d) => `${d.op}:${d.number ?? ''}${d.text}`)).toEqual(['same:一、主要工作', 'removed:甲乙丙丁', 'added:二、存在问题', 'added:戊己庚辛']);
  });
});
