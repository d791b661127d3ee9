// Text with its matched ranges in <mark>: built from ranges, never from HTML.
import type { TextRange } from '../../shared/library';
import { splitByRanges } from '../../shared/search-hits';

export function Highlighted({ text, ranges }: { text: string; ranges: readonly TextRange[] }) {
  return (
    <>
      {splitByRanges(text, ranges).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  );
}
