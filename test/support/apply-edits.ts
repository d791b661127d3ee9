// The safe fixes applied to content as plain data, for tests of the edits
// the editor applies through Slate (renderer/checks/apply-fix.ts).
import { combinedEdits, runChecks, type CheckEnv, type FixEdit, type TemplateRef } from '../../shared/checks';
import { syncAttachmentNote } from '../../shared/annexes';
import type { DraftMetadata, ReportContent, ReportText } from '../../shared/model';

/** Content with the edits applied (pure). Leaves keep their marks. */
export function applyEdits(content: ReportContent, edits: readonly FixEdit[]): ReportContent {
  let out = JSON.parse(JSON.stringify(content)) as ReportContent;
  for (const e of edits) {
    if (e.kind === 'attachment-note') {
      out = syncAttachmentNote(out);
      continue;
    }
    const top = out[e.block];
    if (e.kind === 'typed-number') {
      if (top?.type === 'heading') delete top.typedNumber;
      continue;
    }
    // The text the edit's offsets are in: the block's, or a cell paragraph's.
    const block = e.cell && top?.type === 'table' ? top.children[e.cell.row]?.children[e.cell.cell]?.children[e.cell.paragraph] : top;
    if (!block || block.type === 'table' || (top?.type === 'table' && !e.cell)) continue;
    if (e.kind === 'lead') {
      block.children = markLead(block.children, e.start, e.end);
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

/** The leaves with the text between two offsets made a lead leaf of its own (as the editor does; it then counts it). */
function markLead(children: readonly ReportText[], start: number, end: number): ReportText[] {
  const out: ReportText[] = [];
  let from = 0;
  for (const leaf of children) {
    const to = from + leaf.text.length;
    if (to <= start || from >= end) out.push(leaf);
    else {
      const a = Math.max(start, from) - from;
      const b = Math.min(end, to) - from;
      const { lead: _lead, ...plain } = leaf;
      if (a > 0) out.push({ ...plain, text: leaf.text.slice(0, a) });
      out.push({ ...plain, text: leaf.text.slice(a, b), lead: true });
      if (b < leaf.text.length) out.push({ ...plain, text: leaf.text.slice(b) });
    }
    from = to;
  }
  return out;
}

/** Content with every safe fix applied, run again until nothing more changes (overlapping fixes wait a run). */
export function fixAll(content: ReportContent, metadata: Partial<DraftMetadata>, template?: TemplateRef, env?: CheckEnv): ReportContent {
  let current = content;
  for (let round = 0; round < 5; round++) {
    const edits = combinedEdits(runChecks(current, metadata, template, env));
    if (edits.length === 0) break;
    current = applyEdits(current, edits);
  }
  return current;
}
