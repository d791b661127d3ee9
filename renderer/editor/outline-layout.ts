// The 提纲 column: shown or hidden, and how wide, remembered on this computer
// (localStorage: a view preference, not part of any draft).
import { useCallback, useState } from 'react';

export const OUTLINE_MIN = 140;
export const OUTLINE_MAX = 480;
export const OUTLINE_DEFAULT = 240;
const WIDTH_KEY = 'report-editor.outline.width';
const SHOWN_KEY = 'report-editor.outline.shown';

/** A width the column can take: whole pixels between the minimum and the maximum. */
export const clampOutlineWidth = (width: number): number => Math.round(Math.min(OUTLINE_MAX, Math.max(OUTLINE_MIN, width)));

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // A view preference that cannot be kept is only forgotten.
  }
}

export interface OutlineLayout {
  shown: boolean;
  width: number;
  toggle: () => void;
  setWidth: (width: number) => void;
}

export function useOutlineLayout(): OutlineLayout {
  const [shown, setShown] = useState(() => read(SHOWN_KEY) !== 'false');
  const [width, setStateWidth] = useState(() => {
    const stored = Number(read(WIDTH_KEY));
    return stored > 0 ? clampOutlineWidth(stored) : OUTLINE_DEFAULT;
  });
  const toggle = useCallback(() => {
    setShown((s) => {
      write(SHOWN_KEY, String(!s));
      return !s;
    });
  }, []);
  const setWidth = useCallback((next: number) => {
    const w = clampOutlineWidth(next);
    write(WIDTH_KEY, String(w));
    setStateWidth(w);
  }, []);
  return { shown, width, toggle, setWidth };
}
