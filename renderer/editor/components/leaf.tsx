import type { RenderLeafProps } from 'slate-react';

export function LeafView({ attributes, children, leaf }: RenderLeafProps) {
  const classes = [leaf.lead ? 'lead' : '', leaf.runInBody ? 'run-in-body' : ''].filter(Boolean).join(' ');
  return (
    <span {...attributes} className={classes || undefined} data-lead={leaf.lead ? 'true' : undefined}>
      {children}
    </span>
  );
}
