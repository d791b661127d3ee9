// Autosave: the committed document is saved within a second of the last
// edit. Nothing is saved while an IME composition is in progress (the
// model holds only committed text, and we wait for the composition to end).
// A failed save keeps the text in the editor, says why, and retries.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReportContent } from '../../../shared/model';
import type { Result } from '../../../shared/result';
import { isComposing } from '../composition';
import type { ReportEditor } from '../slate-types';

export const AUTOSAVE_DELAY_MS = 500;
const COMPOSITION_RECHECK_MS = 200;
const RETRY_MS = 3000;

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'failed'; reason: string };

export function useAutosave(
  editor: ReportEditor,
  save: (content: ReportContent) => Promise<Result<unknown>>,
): {
  state: SaveState;
  changed: () => void;
  /** Saves anything not yet saved; true once everything is on disk, false when saving failed. */
  flush: () => Promise<boolean>;
  /** Set when closing the window was refused because saving failed: the reason. */
  closeRefused: string | null;
  /** Closes the window although the text could not be saved (the clerk chose to). */
  closeAnyway: () => void;
} {
  const [state, setState] = useState<SaveState>({ kind: 'saved' });
  const [closeRefused, setCloseRefused] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const dirty = useRef(false);
  const failure = useRef<string | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const closing = useRef(false);

  const schedule = useCallback((ms: number, run: () => void) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(run, ms);
  }, []);

  const saveNow = useCallback(async (): Promise<void> => {
    // Wait for every save under way, so a caller never returns before the save it depends on.
    while (inFlight.current) await inFlight.current;
    if (!dirty.current) return;
    dirty.current = false;
    const content = editor.children as ReportContent;
    setState({ kind: 'saving' });
    const attempt = save(content).then((result) => {
      if (result.ok) {
        failure.current = null;
        setState(dirty.current ? { kind: 'pending' } : { kind: 'saved' });
      } else {
        dirty.current = true;
        failure.current = result.error.message;
        setState({ kind: 'failed', reason: result.error.message });
      }
    });
    inFlight.current = attempt;
    try {
      await attempt;
    } finally {
      if (inFlight.current === attempt) inFlight.current = null;
    }
  }, [editor, save]);

  const tick = useCallback(() => {
    if (isComposing(editor)) {
      schedule(COMPOSITION_RECHECK_MS, tick);
      return;
    }
    void saveNow().then(() => {
      if (dirty.current) schedule(RETRY_MS, tick);
    });
  }, [editor, saveNow, schedule]);

  const changed = useCallback(() => {
    dirty.current = true;
    setState((s) => (s.kind === 'failed' ? s : { kind: 'pending' }));
    schedule(AUTOSAVE_DELAY_MS, tick);
  }, [schedule, tick]);

  const flush = useCallback(async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    await saveNow();
    if (!dirty.current) return true;
    // Saving failed: keep retrying, as the status bar promises.
    schedule(RETRY_MS, tick);
    return false;
  }, [saveNow, schedule, tick]);

  const closeAnyway = useCallback(() => {
    closing.current = true;
    window.close();
  }, []);

  useEffect(() => {
    // Closing the window waits for the text to be on disk: the close is held
    // back, the text saved, and the window closed then. If saving fails, the
    // window stays open and says why.
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (closing.current || (!dirty.current && !inFlight.current)) return;
      event.preventDefault();
      event.returnValue = '';
      void flush().then((saved) => {
        if (saved) closeAnyway();
        else setCloseRefused(failure.current ?? '保存失败');
      });
    };
    const onPageHide = () => void flush();
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('pagehide', onPageHide);
      void flush();
    };
  }, [flush, closeAnyway]);

  return { state, changed, flush, closeRefused, closeAnyway };
}
