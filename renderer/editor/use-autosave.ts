// Autosave: the committed document is saved within a second of the last
// edit. Nothing is saved while an IME composition is in progress (the
// model holds only committed text, and we wait for the composition to end).
// A failed save keeps the text in the editor, says why, and retries.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReportContent } from '../../shared/model';
import type { Result } from '../../shared/result';
import { isComposing } from './composition';
import type { ReportEditor } from './slate-types';

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
): { state: SaveState; changed: () => void; flush: () => Promise<void> } {
  const [state, setState] = useState<SaveState>({ kind: 'saved' });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const dirty = useRef(false);
  const inFlight = useRef<Promise<void> | null>(null);

  const schedule = useCallback((ms: number, run: () => void) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(run, ms);
  }, []);

  const saveNow = useCallback(async (): Promise<void> => {
    if (inFlight.current) await inFlight.current;
    if (!dirty.current) return;
    dirty.current = false;
    const content = editor.children as ReportContent;
    setState({ kind: 'saving' });
    const attempt = save(content).then((result) => {
      if (result.ok) {
        setState(dirty.current ? { kind: 'pending' } : { kind: 'saved' });
      } else {
        dirty.current = true;
        setState({ kind: 'failed', reason: result.error.message });
      }
    });
    inFlight.current = attempt;
    await attempt;
    inFlight.current = null;
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

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    await saveNow();
  }, [saveNow]);

  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    window.addEventListener('beforeunload', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('beforeunload', onHide);
      void flush();
    };
  }, [flush]);

  return { state, changed, flush };
}
