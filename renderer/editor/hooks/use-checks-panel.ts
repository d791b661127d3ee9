// 检查: findings and the report year while typing (debounced, off the typing
// path, never mid-composition) and whether the panel beside the page is open.
import { useCallback, useMemo, useState } from 'react';
import type { Descendant } from 'slate';
import type { DraftMetadata } from '../../../shared/model';
import { useChecks } from '../../checks/use-checks';
import { isComposing } from '../composition';
import type { ReportEditor } from '../slate-types';

export function useChecksPanel(editor: ReportEditor, value: Descendant[], metadata: DraftMetadata, templateId: string) {
  const [open, setOpen] = useState(false);
  const template = useMemo(() => ({ id: templateId }), [templateId]);
  const composingNow = useCallback(() => isComposing(editor), [editor]);
  const state = useChecks(value, metadata, template, composingNow);
  const { findings } = state;
  const toggle = useMemo(
    () => ({ open, count: findings.filter((f) => f.severity !== 'info').length, onToggle: () => setOpen((o) => !o) }),
    [open, findings],
  );
  const close = useCallback(() => setOpen(false), []);
  return { open, template, state, findings, toggle, close };
}
