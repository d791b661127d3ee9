// Where a line's characters go: the line's text in pieces of one script, face
// and weight, each placed as the layout placed it (twips from the line's
// left), justified lines spread to their full width and a hanging mark past
// the edge. The PDF draws these pieces; the editor's page view shows them.
import type { FaceRole, LineBox } from './boxes';
import { measure } from './measure';

export interface PlacedPiece {
  text: string;
  /** Twips from the line's `left`. */
  x: number;
  role: FaceRole;
  /** Drawn in the Latin face (Times New Roman), not the role's CJK face. */
  latin: boolean;
  /** Twentieths of a point after each character, justification included. */
  spacing: number;
  bold: boolean;
}

export function placeLine(line: LineBox): PlacedPiece[] {
  const roles: FaceRole[] = [];
  const bolds: boolean[] = [];
  for (const r of line.runs) {
    for (let k = 0; k < [...r.text].length; k++) {
      roles.push(r.role);
      bolds.push(r.bold);
    }
  }
  const m = measure(line.runs.map((r) => ({ text: r.text, size: line.size, spacing: line.spacing })));
  const n = m.cps.length;
  const x: number[] = [];
  let at = 0;
  const tabIndex = line.tabAfter === undefined ? -1 : m.offsets.indexOf(line.tabAfter);
  for (let i = 0; i < n; i++) {
    if (i === tabIndex && line.tabAt !== undefined) at = line.tabAt - line.left;
    else if (i > 0) at += m.kerns[i]!;
    x.push(at);
    at += m.widths[i]!;
  }
  const hang = line.hanging ? m.widths[n - 1]! : 0;
  const natural = at - hang;
  let shift = 0;
  let extra = 0;
  if (line.align === 'right') shift = line.width - natural;
  else if (line.align === 'center') shift = (line.width - natural) / 2;
  else if (line.align === 'justify' && !line.last && n > 1) extra = Math.max(0, line.width - natural) / (n - 1 - (line.hanging ? 1 : 0) || 1);
  const pieces: PlacedPiece[] = [];
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && m.scripts[j] === m.scripts[i] && roles[j] === roles[i] && bolds[j] === bolds[i] && m.kerns[j] === 0 && j !== tabIndex) j++;
    const text = String.fromCodePoint(...m.cps.slice(i, j));
    const spread = Math.min(i, n - 1 - (line.hanging ? 1 : 0));
    pieces.push({ text, x: shift + x[i]! + extra * spread, role: roles[i] ?? 'body', latin: m.scripts[i] === 'latin', spacing: line.spacing + extra, bold: bolds[i] ?? false });
    i = j;
  }
  return pieces;
}
