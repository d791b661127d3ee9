// Runs of one style built from text pieces: text, w:tab and w:br.
import { Tab, TextRun } from 'docx';
import { runFonts } from './fonts';
import { textPieces } from './sanitize';

export interface RunStyle {
  font: string;
  /** Half-points (w:sz). */
  size: number;
  /** Twentieths of a point; −5 on every 16 pt run. */
  characterSpacing?: number;
}

/** One run per line of `text`; lines after the first start with a line break. */
export function styledRuns(text: string, style: RunStyle): TextRun[] {
  const lines: (string | Tab)[][] = [[]];
  for (const piece of textPieces(text)) {
    if (piece.kind === 'break') lines.push([]);
    else lines[lines.length - 1]!.push(piece.kind === 'tab' ? new Tab() : piece.text);
  }
  return lines.map(
    (children, i) =>
      new TextRun({
        children,
        font: runFonts(style.font),
        size: style.size,
        ...(style.characterSpacing ? { characterSpacing: style.characterSpacing } : {}),
        ...(i > 0 ? { break: 1 } : {}),
      }),
  );
}
