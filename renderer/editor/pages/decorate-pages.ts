// Display-only ranges from the layout: where a page starts inside a block
// (the page boundary is drawn before that character).
import { Element, type BaseRange, type NodeEntry, type Path } from 'slate';
import type { BlockMarks } from '../../../shared/layout';
import { isTextBlock, type ReportBlock, type TextBlock } from '../../../shared/model';
import type { Decorations } from '../slate-types';

type Range = BaseRange & Decorations;

/** The point at a UTF-16 offset of a block's text; `forward`: at a leaf's end, the next leaf's start. */
function pointAt(block: TextBlock, path: Path, offset: number, forward: boolean): { path: Path; offset: number } | null {
  let at = offset;
  for (let i = 0; i < block.children.length; i++) {
    const len = block.children[i]!.text.length;
    if (at < len || (at === len && !forward)) return { path: [...path, i], offset: at };
    at -= len;
  }
  return null;
}

function range(block: TextBlock, path: Path, from: number, to: number, mark: Decorations): Range | null {
  const anchor = pointAt(block, path, from, true);
  const focus = pointAt(block, path, to, false);
  return anchor && focus ? { anchor, focus, ...mark } : null;
}

export function pageRanges(block: TextBlock, path: Path, marks: BlockMarks): Range[] {
  const text = block.children.map((c) => c.text).join('');
  const out: (Range | null)[] = [];
  for (const s of marks.pageStarts ?? []) if (s.offset > 0 && s.offset < text.length) out.push(range(block, path, s.offset, s.offset + 1, { pageStart: s.page }));
  return out.filter((r): r is Range => r !== null);
}

/**
 * Decorates top-level blocks with the marks of the newest layout. A block
 * typed in since keeps the marks of its place until the next layout (a
 * moment later), so a page boundary in it does not flicker while it is typed.
 */
export function decoratePages(marks: { byBlock: WeakMap<ReportBlock, BlockMarks>; byIndex: ReadonlyMap<number, BlockMarks> }): (entry: NodeEntry) => Range[] {
  return ([node, path]) => {
    if (!Element.isElement(node) || path.length !== 1) return [];
    const block = node as ReportBlock;
    if (!isTextBlock(block)) return [];
    const m = marks.byBlock.get(block) ?? marks.byIndex.get(path[0]!);
    return m ? pageRanges(block, path, m) : [];
  };
}
