// 提纲 folds follow their heading: a fold is kept under the heading's text and
// occurrence, not its block index, so inserting, deleting or moving sections
// never leaves the fold on another heading.
import { describe, expect, it } from 'vitest';
import type { ReportContent } from '../../shared/model';
import { outlineOf, type OutlineItem } from '../../shared/outline';
import { foldKeys, toggleFold, visibleItems } from '../../renderer/editor/components/OutlinePanel';

const h = (level: 1 | 2, text: string) => ({ type: 'heading' as const, level, children: [{ text }] });
const p = (text: string) => ({ type: 'paragraph' as const, children: [{ text }] });

function shown(content: ReportContent, collapsed: ReadonlySet<string>): string[] {
  const items = outlineOf(content);
  return visibleItems(items, foldKeys(items), collapsed).map((i) => i.text);
}

function keyOf(content: ReportContent, text: string): { items: OutlineItem[]; key: string; keys: string[] } {
  const items = outlineOf(content);
  const keys = foldKeys(items);
  return { items, keys, key: keys[items.findIndex((i) => i.text === text)]! };
}

const base: ReportContent = [
  { type: 'title', children: [{ text: '报告' }] },
  h(1, '主要工作'),
  h(2, '工作措施'),
  p('正文一'),
  h(1, '存在问题'),
  h(2, '工作措施'),
  p('正文二'),
  h(1, '下步打算'),
];

describe('outline folds', () => {
  it('tells apart headings with the same text by their order', () => {
    expect(foldKeys(outlineOf(base))).toEqual(['主要工作#0', '工作措施#0', '存在问题#0', '工作措施#1', '下步打算#0']);
  });

  it('hides what is under a collapsed heading', () => {
    const { key, keys } = keyOf(base, '存在问题');
    const collapsed = toggleFold(new Set(), key, keys);
    expect(shown(base, collapsed)).toEqual(['主要工作', '工作措施', '存在问题', '下步打算']);
  });

  it('keeps the fold on its heading when blocks are inserted above it', () => {
    const { key, keys } = keyOf(base, '存在问题');
    const collapsed = toggleFold(new Set(), key, keys);
    // A paragraph and a whole new section above: every index below shifts.
    const edited: ReportContent = [base[0]!, h(1, '基本情况'), p('新写的一段'), ...base.slice(1, 3), p('补充'), ...base.slice(3)];
    expect(shown(edited, collapsed)).toEqual(['基本情况', '主要工作', '工作措施', '存在问题', '下步打算']);
  });

  it('keeps the fold on its heading when sections are moved', () => {
    const { key, keys } = keyOf(base, '主要工作');
    const collapsed = toggleFold(new Set(), key, keys);
    // 存在问题 moved above 主要工作: the folded heading is now at another index, and another heading at its old one.
    const moved: ReportContent = [base[0]!, ...base.slice(4, 7), ...base.slice(1, 4), base[7]!];
    expect(shown(moved, collapsed)).toEqual(['存在问题', '工作措施', '主要工作', '下步打算']);
  });

  it('opens the fold when the heading is gone and drops it on the next toggle', () => {
    const { key, keys } = keyOf(base, '存在问题');
    let collapsed: ReadonlySet<string> = toggleFold(new Set(), key, keys);
    const renamed: ReportContent = [...base.slice(0, 4), h(1, '问题与不足'), ...base.slice(5)];
    expect(shown(renamed, collapsed)).toEqual(['主要工作', '工作措施', '问题与不足', '工作措施', '下步打算']);
    const r = keyOf(renamed, '下步打算');
    collapsed = toggleFold(collapsed, r.key, r.keys);
    expect([...collapsed]).toEqual(['下步打算#0']);
    collapsed = toggleFold(collapsed, r.key, r.keys);
    expect(collapsed.size).toBe(0);
  });
});
