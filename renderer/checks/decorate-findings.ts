// Findings shown in the text itself: each one underlined where it stands, by
// severity — a display-only decoration, never a change to the content. A
// finding from a run before the latest edits is drawn only while its text is
// still where it was found. Findings in a table cell are drawn in that cell.
import { useMemo } from 'react';
import { Node } from 'slate';
import type { Finding, Severity } from '../../shared/checks';
import type { Decorate } from '../editor/decorations';
import { holdsText, leafRanges } from '../editor/find/matches';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function useFindingDecorate(findings: readonly Finding[]): Decorate | null {
  return useMemo(() => {
    // By the path of the text they are in: a block, or a paragraph in a table's cell.
    const byPath = new Map<string, Finding[]>();
    for (const f of findings) {
      // Structure findings (an empty or missing part) are about whole sections: the panel lists them.
      if (f.end <= f.start || f.kind === 'structure') continue;
      const key = f.cell ? `${f.block},${f.cell.row},${f.cell.cell},${f.cell.paragraph}` : `${f.block}`;
      byPath.set(key, [...(byPath.get(key) ?? []), f]);
    }
    if (byPath.size === 0) return null;
    return ([node, path]) => {
      if ((path.length !== 1 && path.length !== 4) || !holdsText(node)) return [];
      const list = byPath.get(path.join(','));
      if (!list) return [];
      const text = Node.string(node);
      // The most severe drawn last, so it wins where findings overlap.
      const here = list.filter((f) => text.slice(f.start, f.end) === f.excerpt).sort((a, b) => RANK[b.severity] - RANK[a.severity]);
      return here.flatMap((f) =>
        leafRanges(node, path, [[f.start, f.end]]).map(({ range }) => ({ ...range, finding: f.severity, findingMessage: f.message })),
      );
    };
  }, [findings]);
}
