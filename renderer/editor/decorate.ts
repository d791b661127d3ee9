// Display-only ranges: the body of a run-in heading is shown in the body face.
import { Element, type BaseRange, type NodeEntry } from 'slate';
import { splitRunIn } from '../../shared/run-in';
import type { Decorations } from './slate-types';

export function decorateRunIn([node, path]: NodeEntry): (BaseRange & Decorations)[] {
  if (!Element.isElement(node) || node.type !== 'heading' || !node.runIn || path.length !== 1) return [];
  const text = node.children.map((c) => c.text).join('');
  const start = splitRunIn(text).lead.length;
  if (start >= text.length) return [];
  const ranges: (BaseRange & Decorations)[] = [];
  let offset = 0;
  node.children.forEach((child, i) => {
    const from = Math.max(start, offset);
    const to = offset + child.text.length;
    if (from < to) {
      ranges.push({ anchor: { path: [...path, i], offset: from - offset }, focus: { path: [...path, i], offset: to - offset }, runInBody: true });
    }
    offset = to;
  });
  return ranges;
}
