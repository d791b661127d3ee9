// 搜索: hits for the query as typed, asked for after a short pause.
import { useEffect, useState } from 'react';
import type { SearchHit } from '../../shared/library';
import { call } from '../api';

const SEARCH_DELAY_MS = 200;

/** Hits for `query` (null when there is nothing to search, or in 回收站); `version` asks again after a change. */
export function useLibrarySearch(query: string, trash: boolean, version: number, fail: (text: string) => void): SearchHit[] | null {
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  useEffect(() => {
    const q = query.trim();
    if (!q || trash) return setHits(null);
    // An answer for an older query (or one that came after the box was cleared) is dropped.
    let current = true;
    const timer = setTimeout(() => {
      void call('library:search', { query: q }).then((r) => {
        if (!current) return;
        if (r.ok) setHits(r.value);
        else fail(r.error.message);
      });
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, trash, version, fail]);
  return hits;
}
