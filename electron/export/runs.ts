// Runs built from styled pieces of text: text, w:tab and w:br. A paragraph's
// text may change style along the way (a run-in heading's lead sentence, a
// bold 一是), so runs are made from spans, each with its own style.
import { Tab, TextRun } from 'docx';
import { runFonts } from './fonts';
import { textPieces } from './sanitize';

export interface RunStyle {
  /** East Asian face. */
  font: string;
  /** Half-points (w:sz). */
  size: number;
  /** Twentieths of a point; −5 on every 16 pt run. */
  characterSpacing?: number;
  bold?: boolean;
}

export interface Span {
  text: string;
  style: RunStyle;
}

function run(children: (string | Tab)[], style: RunStyle, breakBefore: boolean): TextRun {
  return new TextRun({
    children,
    font: runFonts(style.font),
    size: style.size,
    ...(style.characterSpacing ? { characterSpacing: style.characterSpacing } : {}),
    ...(style.bold ? { bold: true } : {}),
    ...(breakBefore ? { break: 1 } : {}),
  });
}

const sameStyle = (a: RunStyle, b: RunStyle) =>
  a.font === b.font && a.size === b.size && a.characterSpacing === b.characterSpacing && !a.bold === !b.bold;

/** Adjacent spans of one style as one. */
function merged(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && sameStyle(last.style, s.style)) out[out.length - 1] = { text: last.text + s.text, style: last.style };
    else if (s.text) out.push(s);
  }
  return out;
}

/** One run per line of each span (adjacent spans of one style merged); a line after a break starts with the break. */
export function spanRuns(spans: readonly Span[]): TextRun[] {
  const runs: TextRun[] = [];
  for (const span of merged(spans)) {
    let line: (string | Tab)[] = [];
    let breakBefore = false;
    for (const piece of textPieces(span.text)) {
      if (piece.kind === 'break') {
        runs.push(run(line, span.style, breakBefore));
        line = [];
        breakBefore = true;
      } else line.push(piece.kind === 'tab' ? new Tab() : piece.text);
    }
    if (line.length || breakBefore) runs.push(run(line, span.style, breakBefore));
  }
  return runs;
}

/** Runs of one style. */
export function styledRuns(text: string, style: RunStyle): TextRun[] {
  return spanRuns([{ text, style }]);
}
