// The heading tree of a report and the section moves the outline panel and
// its shortcuts perform. A section is a heading with everything under it: up
// to the next heading of the same or a higher level.
import { blockText, type HeadingLevel, type ReportContent } from './model';
import { headingNumbers } from './numbering';

export interface OutlineItem {
  /** The heading's block index. */
  index: number;
  level: HeadingLevel;
  number: string;
  text: string;
  /** Index one past the section's last block. */
  end: number;
}

function levelAt(content: ReportContent, i: number): HeadingLevel | null {
  const b = content[i];
  return b?.type === 'heading' ? b.level : null;
}

/** One past the last block of the section headed at `index` (a heading). */
export function sectionEnd(content: ReportContent, index: number): number {
  const level = levelAt(content, index);
  if (level === null) throw new RangeError(`block ${index} is not a heading`);
  let i = index + 1;
  // An attachment (annex) ends every section before it.
  while (i < content.length && content[i]!.type !== 'annex') {
    const l = levelAt(content, i);
    if (l !== null && l <= level) break;
    i++;
  }
  return i;
}

/** The heading tree, in one pass (it runs on every change the editor makes). */
export function outlineOf(content: ReportContent): OutlineItem[] {
  const numbers = headingNumbers(content);
  const items: OutlineItem[] = [];
  const open: OutlineItem[] = [];
  content.forEach((b, index) => {
    if (b.type === 'annex') while (open.length) open.pop()!.end = index;
    if (b.type !== 'heading') return;
    while (open.length && open[open.length - 1]!.level >= b.level) open.pop()!.end = index;
    const item = { index, level: b.level, number: numbers[index]!, text: blockText(b), end: content.length };
    items.push(item);
    open.push(item);
  });
  return items;
}

/** The index of the heading whose section holds block `index` most closely, or null. */
export function enclosingHeading(content: ReportContent, index: number): number | null {
  for (let i = Math.min(index, content.length - 1); i >= 0; i--) if (content[i]?.type === 'heading') return i;
  return null;
}

/** A contiguous run of blocks [start, end) to move so that it begins at `to` in the result. */
export interface RangeMove {
  start: number;
  end: number;
  /** Index of the run's first block after the move. */
  to: number;
}

/** Moves a section above its previous sibling; null when it is the first under its parent. */
export function moveSectionUp(content: ReportContent, index: number): RangeMove | null {
  const level = levelAt(content, index);
  if (level === null) return null;
  for (let i = index - 1; i >= 0; i--) {
    if (content[i]!.type === 'annex') return null;
    const l = levelAt(content, i);
    if (l === null || l > level) continue;
    return l === level ? { start: index, end: sectionEnd(content, index), to: i } : null;
  }
  return null;
}

/** Moves a section below its next sibling; null when it is the last under its parent. */
export function moveSectionDown(content: ReportContent, index: number): RangeMove | null {
  const level = levelAt(content, index);
  if (level === null) return null;
  const end = sectionEnd(content, index);
  if (levelAt(content, end) !== level) return null;
  const siblingEnd = sectionEnd(content, end);
  return { start: index, end, to: siblingEnd - (end - index) };
}

/** Moves the section headed at `index` to stand just before block `target` (a drop in the outline). */
export function moveSectionBefore(content: ReportContent, index: number, target: number): RangeMove | null {
  const end = sectionEnd(content, index);
  if (target >= index && target <= end) return null;
  return { start: index, end, to: target < index ? target : target - (end - index) };
}

/** The content after a move (the editor performs the same move as Slate operations). */
export function applyRangeMove<T>(items: readonly T[], move: RangeMove): T[] {
  const run = items.slice(move.start, move.end);
  const rest = [...items.slice(0, move.start), ...items.slice(move.end)];
  return [...rest.slice(0, move.to), ...run, ...rest.slice(move.to)];
}

export interface LevelChange {
  index: number;
  level: HeadingLevel;
}

/**
 * Shifts a whole section one level deeper (+1, "in") or shallower (-1, "out"):
 * the heading and every heading under it. Null when a level would leave 1-4.
 */
export function shiftSection(content: ReportContent, index: number, by: 1 | -1): LevelChange[] | null {
  if (levelAt(content, index) === null) return null;
  const changes: LevelChange[] = [];
  for (let i = index; i < sectionEnd(content, index); i++) {
    const l = levelAt(content, i);
    if (l === null) continue;
    const next = l + by;
    if (next < 1 || next > 4) return null;
    changes.push({ index: i, level: next as HeadingLevel });
  }
  return changes;
}
