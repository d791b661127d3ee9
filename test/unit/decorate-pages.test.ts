// The editor's display-only ranges from the layout's marks: a page start
// inside a block (across leaves, at a leaf's end moved to the next leaf).
import { describe, expect, it } from 'vitest';
import { pageRanges } from '../../renderer/editor/pages/decorate-pages';
import type { ReportBlock } from '../../shared/model';

const para: ReportBlock = { type: 'paragraph', children: [{ text: '一是' , lead: true }, { text: '加强组织领导，压实责任。' }] };

describe('page decorations', () => {
  it('mark the character a page starts with, in whichever leaf it is', () => {
    expect(pageRanges(para, [3], { pageStarts: [{ offset: 5, page: 2 }] })).toEqual([
      { anchor: { path: [3, 1], offset: 3 }, focus: { path: [3, 1], offset: 4 }, pageStart: 2 },
    ]);
    // At the end of the first leaf: the next leaf's first character.
    expect(pageRanges(para, [3], { pageStarts: [{ offset: 2, page: 4 }] })).toEqual([
      { anchor: { path: [3, 1], offset: 0 }, focus: { path: [3, 1], offset: 1 }, pageStart: 4 },
    ]);
    // A page that starts with the block is drawn on the block itself (marks-store.ts), not here.
    expect(pageRanges(para, [3], { pageStarts: [{ offset: 0, page: 2 }] })).toEqual([]);
  });
});
