// The safe fixes applied to content as plain data, for tests of the edits
// the editor applies through Slate (renderer/checks/apply-fix.ts).
import { combinedEdits, runChecks, type FixEdit, type TemplateRef } from '../../shared/checks';
import type { DraftMetadata, ReportContent } from '../../shared/model';

/** Content with the edits applied (pure). Leaves keep their marks. */
export function applyEdits(content: ReportContent, edits: readonly FixEdit[]): ReportContent {
  const out = JSON.parse(JSON.stringify(content)) as ReportContent;
  for (const e of edits) {
    const block = out[e.block];
    if (!block) continue;
    if (e.kind === 'typed-number') {
      if (block.type === 'heading') delete block.typedNumber;
      continue;
    }
    const last = block.children[block.children.length - 1];
    let from = 0;
    let placed = false;
    for (const leaf of block.children) {
      const to = from + leaf.text.length;
      const a = Math.min(Math.max(e.start, from), to);
      const b = Math.min(Math.max(e.end, from), to);
      const here: boolean = !placed && e.start >= from && (e.start < to || leaf === last);
      leaf.text = leaf.text.slice(0, a - from) + (here ? e.text : '') + leaf.text.slice(b - from);
      placed ||= here;
      from = to;
    }
  }
  return out;
}

/** Content with every safe fix applied, run again until nothing more changes (overlapping fixes wait a run). */
export function fixAll(content: ReportContent, metadata: Partial<DraftMetadata>, template?: TemplateRef): ReportContent {
  let current = content;
  for (let round = 0; round < 5; round++) {
    const edits = combinedEdits(runChecks(current, metadata, template));
    if (edits.length === 0) break;
    current = applyEdits(current, edits);
  }
  return current;
}
