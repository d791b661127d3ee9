// Structure recognition for imported and pasted reports (pure: no DOM, no Node).
export { recognize, recognizeText, type RecognizeOptions } from './recognize';
export { htmlToParagraphs } from './html';
export type { SourceParagraph } from './lines';
export { readerOutline, formatOutline, type Outline, type OutlineHeading } from './outline';
export { guessMetadata } from './metadata';
export { importedDraft, IMPORTED_TEMPLATE, type ImportedDraft } from './draft';
export { cleanLine } from './cleanup';

export { htmlObjects, withPictures, type HtmlImage, type HtmlSource } from './html-objects';

import { htmlObjects } from './html-objects';
import { recognize, type RecognizeOptions } from './recognize';
import type { ReportContent } from '../model';

/** Clipboard or file HTML → report blocks, tables included; pictures stay marked (omitted) for the host to fill. */
export function recognizeHtml(html: string, options: Omit<RecognizeOptions, 'wrapped'> = {}): ReportContent {
  return recognize(htmlObjects(html).paragraphs, options);
}
