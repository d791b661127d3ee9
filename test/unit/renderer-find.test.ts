import { describe, expect, it } from 'vitest';
import type { Descendant, Element } from 'slate';
import { findMatches, leafRanges, matchRange, occurrences } from '../../renderer/editor/find/matches';
import { findShortcut } from '../../renderer/editor/find/use-find-keys';
import { isRedoKey } from '../../renderer/editor/keyboard';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('查找 matches', () => {
  it('finds every occurrence left to right without overlaps, Latin letters in either case', () => {
    expect(occurrences('法治法治法', '法治')).toEqual([[0, 2], [2, 4]]);
    expect(occurrences('aaaa', 'aa')).toEqual([[0, 2], [2, 4]]);
    expect(occurrences('PDF 与 pdf', 'pdf')).toEqual([[0, 3], [6, 9]]);
    expect(occurrences('任何', '')).toEqual([]);
  });

  it('searches each text-holding element as one string, across its leaves, nested ones too', () => {
    const doc = [
      { type: 'title', children: [{ text: '关于法治的报告' }] },
      { type: 'paragraph', children: [{ text: '一是', lead: 1 }, { text: '加强法治' }] },
      { type: 'table', children: [{ type: 'cell', children: [{ text: '法治' }] }] },
    ] as unknown as Descendant[];
    expect(findMatches(doc, '法治')).toEqual([
      { path: [0], start: 2, end: 4 },
      { path: [1], start: 4, end: 6 },
      { path: [2, 0], start: 0, end: 2 },
    ]);
    expect(findMatches(doc, '一是加强')).toEqual([{ path: [1], start: 0, end: 4 }]);
    const lead = doc[1] as Element;
    expect(matchRange(lead, { path: [1], start: 0, end: 4 })).toEqual({ anchor: { path: [1, 0], offset: 0 }, focus: { path: [1, 1], offset: 2 } });
    expect(leafRanges(lead, [1], [[1, 3]]).map((r) => r.range)).toEqual([
      { anchor: { path: [1, 0], offset: 1 }, focus: { path: [1, 0], offset: 2 } },
      { anchor: { path: [1, 1], offset: 0 }, focus: { path: [1, 1], offset: 1 } },
    ]);
  });
});

describe('shortcuts', () => {
  it('opens 查找 with Ctrl+F and 替换 with Ctrl+H (Cmd on a Mac)', () => {
    expect(findShortcut(key('f', { ctrlKey: true }))).toBe('find');
    expect(findShortcut(key('H', { metaKey: true }))).toBe('replace');
    expect(findShortcut(key('f'))).toBeNull();
    expect(findShortcut(key('f', { ctrlKey: true, shiftKey: true }))).toBeNull();
  });

  it('redoes with Ctrl+Y and Ctrl+Shift+Z on every platform', () => {
    expect(isRedoKey(key('y', { ctrlKey: true }))).toBe(true);
    expect(isRedoKey(key('y', { metaKey: true }))).toBe(true);
    expect(isRedoKey(key('Z', { ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(isRedoKey(key('z', { ctrlKey: true }))).toBe(false);
  });
});
