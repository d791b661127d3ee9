// The list of misused words, fetched once from the main process (it is
// bundled there, like the templates) and kept for every check of the session.
// Until it arrives the other rules run without it; a failed fetch is tried
// again on the next use.
import { useEffect, useState } from 'react';
import type { CheckEnv, WordList } from '../../shared/checks';
import { call } from '../api';

let loaded: WordList | undefined;
let loading: Promise<WordList | undefined> | null = null;

export function loadWordList(): Promise<WordList | undefined> {
  if (loaded) return Promise.resolve(loaded);
  loading ??= call('checks:words', null).then((r) => {
    loading = null;
    if (r.ok) loaded = r.value;
    return loaded;
  });
  return loading;
}

/** What the checks run with: the word list once it is here. */
export async function checkEnv(): Promise<CheckEnv> {
  const words = await loadWordList();
  return words ? { words } : {};
}

/** The check environment, updated when the word list arrives; stable otherwise. */
export function useCheckEnv(): CheckEnv {
  const [env, setEnv] = useState<CheckEnv>(() => (loaded ? { words: loaded } : {}));
  useEffect(() => {
    if (env.words) return;
    let live = true;
    void loadWordList().then((words) => {
      if (live && words) setEnv({ words });
    });
    return () => {
      live = false;
    };
  }, [env.words]);
  return env;
}
