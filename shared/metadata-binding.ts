// Blocks filled from the metadata (title, addressee, years in headings,
// signature, date) follow it when it changes — unless rewritten by hand.
import { blockText, type DraftMetadata, type ReportContent } from './model';
import { fillBlockText } from './template';

export interface TextChange {
  index: number;
  text: string;
}

/**
 * The blocks whose text should change when the metadata goes from `before` to
 * `after`: those with a template source whose text still reads exactly as
 * filled from `before`. Hand-written text is never touched.
 */
export function metadataChanges(content: ReportContent, before: DraftMetadata, after: DraftMetadata): TextChange[] {
  const changes: TextChange[] = [];
  content.forEach((b, index) => {
    if (b.type === 'table' || b.source === undefined) return;
    const current = blockText(b);
    if (current !== fillBlockText(b.type, b.source, before)) return;
    const text = fillBlockText(b.type, b.source, after);
    if (text !== current) changes.push({ index, text });
  });
  return changes;
}
