// Runs built from styled pieces of text: text, w:tab and w:br. A paragraph's
// text may change style along the way (a run-in heading's lead sentence, a
// bold 一是), so runs are made from spans, each with its own style. A run
// carries only what differs from its paragraph style's (`base`).
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

/** What a run is without direct formatting: its paragraph style's run properties. */
export type BaseRunStyle = RunStyle & { latin?: string };

function run(children: (string | Tab)[], style: RunStyle, base: BaseRunStyle | undefined, breakBefore: boolean): TextRun {
  const spacing = style.characterSpacing ?? 0;
  return new TextRun({
    children,
    ...(style.font !== base?.font ? { font: runFonts(style.font) } : {}),
    ...(style.size !== base?.size ? { size: style.size } : {}),
    ...((base ? spacing !== (base.characterSpacing ?? 0) : spacing !== 0) ? { characterSpacing: spacing } : {}),
    ...(!style.bold !== !base?.bold ? { bold: style.bold === true } : {}),
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
export function spanRuns(spans: readonly Span[], base?: BaseRunStyle): TextRun[] {
  const runs: TextRun[] = [];
  for (const span of merged(spans)) {
    let line: (string | Tab)[] = [];
    let breakBefore = false;
    for (const piece of textPieces(span.text)) {
      if (piece.kind === 'break') {
        runs.push(run(line, span.style, base, breakBefore));
        line = [];
        breakBefore = true;
      } else line.push(piece.kind === 'tab' ? new Tab() : piece.text);
    }
    if (line.length || breakBefore) runs.push(run(line, span.style, base, breakBefore));
  }
  return runs;
}

/** Runs of one style. */
export function styledRuns(text: string, style: RunStyle, base?: BaseRunStyle): TextRun[] {
  return spanRuns([{ text, style }], base);
}
