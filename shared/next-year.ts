// 从往年报告新建: last year's draft as the start of next year's report. The
// year moves on by one in the metadata, the title and the headings; the
// date of writing becomes today; the body is kept for rewriting. A 版头 keeps
// its mark and 签发人, its 文号 the 机关代字 with this year and a serial still
// to be given (某司报〔2026〕X号, which 规范检查 points out); a 版记 is printed today.
import { isoDate } from './dates';
import { metadataChanges } from './metadata-binding';
import type { DraftMetadata, RedHeader, ReportBlock, ReportContent, TextBlock } from './model';

/** Last year's 文号 with the year of `iso` and the serial left to fill in (X); unchanged when it is no 文号. */
function nextNumber(header: RedHeader, iso: string): RedHeader {
  const number = header.number.replace(/(〔)\d{4}(〕)\s*第?\s*(?:[0-9]{1,4}|[XＸ×]{1,3})\s*号$/u, `$1${iso.slice(0, 4)}$2X号`);
  return { ...header, number };
}

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
    ...(metadata.redHeader ? { redHeader: nextNumber(metadata.redHeader, isoDate(today)) } : {}),
    ...(metadata.colophon ? { colophon: { ...metadata.colophon, printed: isoDate(today) } } : {}),
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
