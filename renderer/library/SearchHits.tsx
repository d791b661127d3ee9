// Search hits with the matched words highlighted in the title and snippets.
import type { SearchHit } from '../../shared/library';
import { Highlighted } from './Highlighted';

export function SearchHits({ hits, query, onOpen }: { hits: SearchHit[]; query: string; onOpen: (id: string) => void }) {
  return (
    <ul className="search-hits" aria-label="搜索结果">
      {hits.length === 0 && <li className="library-empty">没有找到包含“{query.trim()}”的文稿。</li>}
      {hits.map((h) => (
        <li key={h.id} className="search-hit">
          <button type="button" className="library-open" onClick={() => onOpen(h.id)}>
            <Highlighted text={h.title || '（无标题）'} ranges={h.titleRanges} />
          </button>
          {h.snippets.map((s, i) => (
            <p key={i} className="search-snippet">
              <Highlighted text={s.text} ranges={s.ranges} />
            </p>
          ))}
        </li>
      ))}
    </ul>
  );
}
