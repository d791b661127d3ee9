import type { RenderLeafProps } from 'slate-react';

export function LeafView({ attributes, children, leaf }: RenderLeafProps) {
  const classes = [leaf.lead ? 'lead' : '', leaf.runInBody ? 'run-in-body' : '', leaf.findMatch ? 'find-match' : '', leaf.findCurrent ? 'find-current' : '', leaf.finding ? `finding finding-${leaf.finding}` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <span {...attributes} className={classes || undefined} data-lead={leaf.lead ? 'true' : undefined} title={leaf.findingMessage}>
      {children}
    </span>
  );
}
