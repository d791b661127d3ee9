import { describe, expect, it } from 'vitest';
import { block, blockText, type HeadingLevel, type ReportContent } from '../../shared/model';
import { headingNumbers } from '../../shared/numbering';
import {
  applyRangeMove,
  enclosingHeading,
  moveSectionBefore,
  moveSectionDown,
  moveSectionUp,
  outlineOf,
  sectionEnd,
  shiftSection,
} from '../../shared/outline';

const h = (level: HeadingLevel, text: string) => block('heading', text, { level });
const p = (text: string) => block('paragraph', text, {});

// 一、A  （一）A1 p （二）A2 p  二、B p （一）B1  三、C
const doc: ReportContent = [
  block('title', '标题', {}),
  h(1, 'A'),
  h(2, 'A1'),
  p('a1'),
  h(2, 'A2'),
  p('a2'),
  h(1, 'B'),
  p('b'),
  h(2, 'B1'),
  h(1, 'C'),
];

const texts = (c: ReportContent) => c.map(blockText);
const numbered = (c: ReportContent) =>
  headingNumbers(c).flatMap((n, i) => (n ? [`${n}${blockText(c[i]!)}`] : []));

describe('outline', () => {
  it('lists headings with their computed numbers and section ends', () => {
    expect(outlineOf(doc).map((i) => [i.number, i.text, i.index, i.end])).toEqual([
      ['一、', 'A', 1, 6],
      ['（一）', 'A1', 2, 4],
      ['（二）', 'A2', 4, 6],
      ['二、', 'B', 6, 9],
      ['（一）', 'B1', 8, 9],
      ['三、', 'C', 9, 10],
    ]);
  });

  it('finds the section end at the next heading of the same or a higher level', () => {
    expect(sectionEnd(doc, 1)).toBe(6);
    expect(sectionEnd(doc, 2)).toBe(4);
    expect(sectionEnd(doc, 9)).toBe(10);
    expect(() => sectionEnd(doc, 3)).toThrow(RangeError);
  });

  it('finds the heading a block belongs to', () => {
    expect(enclosingHeading(doc, 5)).toBe(4);
    expect(enclosingHeading(doc, 0)).toBeNull();
  });
});

describe('moving sections', () => {
  it('moves a section with its content above its previous sibling, renumbering both', () => {
    const move = moveSectionUp(doc, 6)!;
    expect(move).toEqual({ start: 6, end: 9, to: 1 });
    const moved = applyRangeMove(doc, move);
    expect(texts(moved)).toEqual(['标题', 'B', 'b', 'B1', 'A', 'A1', 'a1', 'A2', 'a2', 'C']);
    expect(numbered(moved)).toEqual(['一、B', '（一）B1', '二、A', '（一）A1', '（二）A2', '三、C']);
  });

  it('moves a section below its next sibling', () => {
    const moved = applyRangeMove(doc, moveSectionDown(doc, 2)!);
    expect(texts(moved).slice(1, 6)).toEqual(['A', 'A2', 'a2', 'A1', 'a1']);
    expect(numbered(moved).slice(0, 3)).toEqual(['一、A', '（一）A2', '（二）A1']);
  });

  it('does not move past the parent: first and last children stay', () => {
    expect(moveSectionUp(doc, 2)).toBeNull();
    expect(moveSectionDown(doc, 4)).toBeNull();
    expect(moveSectionUp(doc, 1)).toBeNull();
    expect(moveSectionDown(doc, 9)).toBeNull();
    expect(moveSectionUp(doc, 3)).toBeNull();
  });

  it('drops a section before any block, but not inside itself', () => {
    const moved = applyRangeMove(doc, moveSectionBefore(doc, 9, 1)!);
    expect(numbered(moved)).toEqual(['一、C', '二、A', '（一）A1', '（二）A2', '三、B', '（一）B1']);
    const down = applyRangeMove(doc, moveSectionBefore(doc, 1, 9)!);
    expect(texts(down)).toEqual(['标题', 'B', 'b', 'B1', 'A', 'A1', 'a1', 'A2', 'a2', 'C']);
    expect(moveSectionBefore(doc, 1, 3)).toBeNull();
    expect(moveSectionBefore(doc, 1, 6)).toBeNull();
  });

  it('keeps every block exactly once', () => {
    for (const move of [moveSectionUp(doc, 6), moveSectionDown(doc, 1), moveSectionBefore(doc, 8, 2)]) {
      const moved = applyRangeMove(doc, move!);
      const key = (c: ReportContent) => c.map((b) => JSON.stringify(b)).sort();
      expect(key(moved)).toEqual(key(doc));
      expect(moved).toHaveLength(doc.length);
    }
  });

  it('shifts a whole section in and out, and refuses to leave levels 1-4', () => {
    expect(shiftSection(doc, 6, 1)).toEqual([
      { index: 6, level: 2 },
      { index: 8, level: 3 },
    ]);
    expect(shiftSection(doc, 2, -1)).toEqual([{ index: 2, level: 1 }]);
    expect(shiftSection(doc, 1, -1)).toBeNull();
    expect(shiftSection([h(3, 'x'), h(4, 'y')], 0, 1)).toBeNull();
    expect(shiftSection(doc, 3, 1)).toBeNull();
  });
});
