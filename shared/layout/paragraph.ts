// One paragraph set into line boxes: its text measured in styled spans,
// broken by the line breaker, each line carrying its text, its faces and its
// place on the line.
import type { FaceRole, LineBox, LineKind, LineRun } from './boxes';
import { breakLines } from './break-lines';
import { measure } from './measure';

export interface StyledSpan {
  text: string;
  role: FaceRole;
  bold?: boolean;
}

export interface ParagraphFormat {
  size: number;
  spacing: number;
  align: LineBox['align'];
  /** Left edge of the first line and of the others, twips from the text block's left edge. */
  firstLeft: number;
  left: number;
  /** Right indent, twips. */
  right: number;
  /** The line width available to text, twips (the text block as the word processor rounds it). */
  lineWidth: number;
  /** Line kind, per line (a run-in heading is a heading where its lead sentence runs). */
  kind: (line: { start: number; end: number }) => LineKind | null;
}

/** UTF-16 slices of spans between two offsets of their joined text. */
function runsBetween(spans: readonly StyledSpan[], from: number, to: number): LineRun[] {
  const runs: LineRun[] = [];
  let at = 0;
  for (const s of spans) {
    const end = at + s.text.length;
    const a = Math.max(from, at);
    const b = Math.min(to, end);
    if (b > a) {
      const text = s.text.slice(a - at, b - at);
      const last = runs[runs.length - 1];
      if (last && last.role === s.role && last.bold === !!s.bold) last.text += text;
      else runs.push({ text, role: s.role, bold: !!s.bold });
    }
    at = end;
  }
  return runs;
}

/** The lines of a paragraph. `kind` receives UTF-16 offsets into the joined text. */
export function paragraphLines(spans: readonly StyledSpan[], format: ParagraphFormat): LineBox[] {
  const m = measure(spans.map((s) => ({ text: s.text, size: format.size, spacing: format.spacing })));
  const avail = (left: number) => format.lineWidth - left - format.right;
  const broken = breakLines(m, { first: avail(format.firstLeft), rest: avail(format.left) });
  const text = spans.map((s) => s.text).join('');
  return broken.map((l, i) => {
    const from = m.offsets[l.start]!;
    const to = m.offsets[l.end]!;
    const left = i === 0 ? format.firstLeft : format.left;
    return {
      kind: 'line',
      lineKind: format.kind({ start: from, end: to }),
      text: text.slice(from, to),
      runs: runsBetween(spans, from, to),
      left,
      width: avail(left),
      align: format.align,
      last: i === broken.length - 1,
      hanging: l.hanging,
      size: format.size,
      spacing: format.spacing,
    };
  });
}
