// Text as a .docx may hold it: XML 1.0 forbids most control characters and
// unpaired surrogates, and Word refuses a file that contains them. Tabs and
// line breaks become their own pieces (w:tab, w:br); everything else that is
// legal, CJK extension B and emoji included, is kept as it is. Long text is
// cut into pieces of at most MAX_TEXT_NODE characters, each its own w:t: XML
// readers refuse a text node over 10 MB (libxml2's default limit).

export type TextPiece = { kind: 'text'; text: string } | { kind: 'tab' } | { kind: 'break' };

// U+0000-0008, U+000C, U+000E-001F and U+FFFE/FFFF are dropped; \t \n \v \r are handled below.
const ILLEGAL = /[\u0000-\u0008\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes every character XML 1.0 cannot carry; tabs and line breaks are kept. */
export function stripIllegalXml(text: string): string {
  return text.replace(LONE_SURROGATE, '').replace(ILLEGAL, '');
}

/** UTF-16 units in one w:t: at most 5 bytes each as UTF-8 XML (“&amp;”), so 320 KB, far below 10 MB. */
export const MAX_TEXT_NODE = 65_536;

/** The text in pieces of at most MAX_TEXT_NODE units, never cutting a surrogate pair. */
function cut(text: string, into: TextPiece[]): void {
  for (let at = 0; at < text.length; ) {
    let end = Math.min(at + MAX_TEXT_NODE, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    into.push({ kind: 'text', text: text.slice(at, end) });
    at = end;
  }
}

/** Splits text into text, tab and line-break pieces, legal in a .docx. */
export function textPieces(text: string): TextPiece[] {
  const clean = stripIllegalXml(text).replace(/\r\n?/g, '\n').replace(/\u000B/g, '\n');
  const pieces: TextPiece[] = [];
  for (const part of clean.split(/(\t|\n)/)) {
    if (part === '\t') pieces.push({ kind: 'tab' });
    else if (part === '\n') pieces.push({ kind: 'break' });
    else if (part) cut(part, pieces);
  }
  return pieces;
}
