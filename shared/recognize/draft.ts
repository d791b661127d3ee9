// A new draft from an imported report. Its template is 'imported': the draft
// keeps the structure the report itself has, rather than a template's outline
// (no template hints, and no template is applied after import).
import { contentTitle, type DraftMetadata, type ReportContent } from '../model';
import { defaultMetadata } from '../template';
import { guessMetadata } from './metadata';

export const IMPORTED_TEMPLATE = 'imported';

export interface ImportedDraft {
  title: string;
  template: typeof IMPORTED_TEMPLATE;
  metadata: DraftMetadata;
  content: ReportContent;
}

/**
 * Metadata guessed from the text, the defaults for the rest; the title falls
 * back to `fallbackTitle`. The year is marked as guessed (read from the text,
 * or defaulted where the text gives none) until the clerk sets it in 文稿信息.
 */
export function importedDraft(content: ReportContent, today: Date, fallbackTitle = ''): ImportedDraft {
  const guess = guessMetadata(content);
  return {
    title: contentTitle(content) || fallbackTitle,
    template: IMPORTED_TEMPLATE,
    metadata: { ...defaultMetadata(today, guess), yearGuessed: guess.yearGuessed ?? 'default' },
    content,
  };
}
