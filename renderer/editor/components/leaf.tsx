import type { RenderLeafProps } from 'slate-react';

/** — N — of the page that ends before a page boundary, and which side the print puts it (odd pages right). */
export const pageEndLabel = (page: number) => `— ${page - 1} —`;
export const pageEndSide = (page: number) => ((page - 1) % 2 === 1 ? 'odd' : 'even');

export function LeafView({ attributes, children, leaf }: RenderLeafProps) {
  const classes = [
    leaf.lead ? 'lead' : '',
    leaf.runInBody ? 'run-in-body' : '',
    leaf.findMatch ? 'find-match' : '',
    leaf.findCurrent ? 'find-current' : '',
    leaf.finding ? `finding finding-${leaf.finding}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <span
      {...attributes}
      className={classes || undefined}
      data-lead={leaf.lead ? 'true' : undefined}
      title={leaf.findingMessage}
      data-page-start={leaf.pageStart}
      data-page-end={leaf.pageStart ? pageEndLabel(leaf.pageStart) : undefined}
      data-page-side={leaf.pageStart ? pageEndSide(leaf.pageStart) : undefined}
    >
      {children}
    </span>
  );
}
