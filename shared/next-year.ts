// 从往年报告新建: last year's draft as the start of next year's report. The
// year moves on by one in the metadata, the title and the headings; the
// date of writing becomes today; the body is kept for rewriting.
import { isoDate } from './dates';
import { metadataChanges } from './metadata-binding';
import type { DraftMetadata, ReportBlock, ReportContent, TextBlock } from './model';

function shiftYears(text: string, year: number): string {
  return text.replace(/\d{4}/gu, (y) => (Number(y) === year || Number(y) === year + 1 ? String(Number(y) + 1) : y));
}

function shiftDeadline(iso: string): string {
  return `${Number(iso.slice(0, 4)) + 1}${iso.slice(4)}`;
}

export function nextYearDraft(
  metadata: DraftMetadata,
  content: ReportContent,
  today: Date,
): { metadata: DraftMetadata; content: ReportContent } {
  const year = metadata.year;
  const next: DraftMetadata = {
    ...metadata,
    year: year + 1,
    date: isoDate(today),
    ...(metadata.deadlines ? { deadlines: metadata.deadlines.map((d) => ({ ...d, date: shiftDeadline(d.date) })) } : {}),
  };
  const copy = content.map((b): ReportBlock => {
    if (b.type === 'table') return b;
    const years = b.type === 'title' || b.type === 'heading';
    return { ...b, children: b.children.map((c) => ({ ...c, text: years ? shiftYears(c.text, year) : c.text })) };
  });
  // Blocks still filled from the metadata (the date, an untouched title) are refilled from the new one.
  for (const { index, text } of metadataChanges(content, metadata, next)) {
    copy[index] = { ...(copy[index] as TextBlock), children: [{ text }] };
  }
  return { metadata: next, content: copy };
}
