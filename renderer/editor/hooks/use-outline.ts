import { useMemo, useRef } from 'react';
import type { Descendant } from 'slate';
import type { ReportContent } from '../../../shared/model';
import { outlineOf, type OutlineItem } from '../../../shared/outline';

/** The outline, keeping its identity while no heading changed, so typing body text does not redraw the panel. */
export function useOutline(value: Descendant[]): readonly OutlineItem[] {
  const last = useRef<{ key: string; items: OutlineItem[] }>({ key: '', items: [] });
  return useMemo(() => {
    const items = outlineOf(value as ReportContent);
    const key = items.map((i) => `${i.index}/${i.end}/${i.number}/${i.text}`).join('|');
    if (key !== last.current.key) last.current = { key, items };
    return last.current.items;
  }, [value]);
}
