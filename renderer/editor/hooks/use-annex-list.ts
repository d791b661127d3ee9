import { useMemo, useRef } from 'react';
import type { Descendant } from 'slate';
import { annexParts, type AnnexPart } from '../../../shared/annexes';
import type { ReportContent } from '../../../shared/model';

/** The attachments for the outline, keeping their identity while none changed (typing body text does not redraw the panel). */
export function useAnnexList(value: Descendant[]): readonly AnnexPart[] {
  const last = useRef<{ key: string; parts: AnnexPart[] }>({ key: '', parts: [] });
  return useMemo(() => {
    const parts = annexParts(value as ReportContent);
    const key = parts.map((p) => `${p.index}/${p.label}/${p.title}`).join('|');
    if (key !== last.current.key) last.current = { key, parts };
    return last.current.parts;
  }, [value]);
}
