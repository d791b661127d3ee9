// The outline a careful reader sees in a report: its title, its addressee and
// its headings, each without number or end punctuation. The form matches the
// fixtures' *.outline.json and `npm run cli -- outline`.
import { blockText, contentTitle, type HeadingLevel, type ReportContent } from '../model';
import { splitRunIn } from '../run-in';
import { TRAILING_PUNCTUATION } from './chars';

export interface OutlineHeading {
  level: HeadingLevel;
  text: string;
  /** Present for levels 2-4: whether the heading runs in with its body. */
  runIn?: boolean;
}

export interface Outline {
  title: string | null;
  addressee: string | null;
  headings: OutlineHeading[];
}

export function readerOutline(content: ReportContent): Outline {
  const title = contentTitle(content);
  const addresseeBlock = content.find((b) => b.type === 'addressee');
  const addressee = addresseeBlock ? blockText(addresseeBlock).replace(/[：:]\s*$/u, '').trim() : '';
  const headings: OutlineHeading[] = [];
  for (const b of content) {
    if (b.type !== 'heading') continue;
    const whole = blockText(b);
    const text = (b.runIn ? splitRunIn(whole).lead : whole).replace(TRAILING_PUNCTUATION, '');
    headings.push(b.level === 1 ? { level: 1, text } : { level: b.level, text, runIn: b.runIn === true });
  }
  return { title: title || null, addressee: addressee || null, headings };
}

/** The outline as the fixtures print it: JSON indented by one space. */
export function formatOutline(outline: Outline): string {
  return JSON.stringify(outline, null, 1);
}
