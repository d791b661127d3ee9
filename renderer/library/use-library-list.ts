// The rows of 文稿库 or 回收站 in the chosen order, read again on reload().
import { useCallback, useEffect, useState } from 'react';
import type { LibraryEntry, SortKey } from '../../shared/library';
import { call } from '../api';

export interface LibraryList {
  sort: SortKey;
  setSort: (sort: SortKey) => void;
  trash: boolean;
  toggleTrash: () => void;
  /** The rows of the current view; null while they are being read. */
  entries: LibraryEntry[] | null;
  /** Reads the list (and any search) again, after a change. */
  reload: () => void;
  /** Bumped by reload: hooks that read the library depend on it. */
  version: number;
}

export function useLibraryList(fail: (text: string) => void): LibraryList {
  const [sort, setSort] = useState<SortKey>('updated');
  const [trash, setTrash] = useState(false);
  /** Rows with the view they were read for: one view's rows never show with the other's actions. */
  const [listing, setListing] = useState<{ trash: boolean; entries: LibraryEntry[] } | null>(null);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const toggleTrash = useCallback(() => setTrash((t) => !t), []);

  useEffect(() => {
    // An older answer never replaces a newer one.
    let current = true;
    void call('library:list', { sort, trash }).then((r) => {
      if (!current) return;
      if (r.ok) setListing({ trash, entries: r.value });
      else fail(r.error.message);
    });
    return () => {
      current = false;
    };
  }, [sort, trash, version, fail]);

  return { sort, setSort, trash, toggleTrash, entries: listing?.trash === trash ? listing.entries : null, reload, version };
}
