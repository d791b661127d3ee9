// 避头尾: the characters that may not open or close a line. The lists are
// Word's defaults for Simplified Chinese (ECMA-376 17.3.1.16, kinsoku), joined
// with LibreOffice's for zh-CN (its locale data), so that a break the layout
// allows is allowed by both word processors.
//
// 标点悬挂: a full stop, comma or colon that would open a line is set at the
// end of the line before, past the right edge of the text block, as Word
// (overflowPunct, on by default) and LibreOffice (hanging punctuation) both do.

const WORD_NOT_START = '!%),.:;>?]}¢¨°·ˇˉ―‖’”…‰′″›℃∶、。〃〉》」』】〕〗〞︶︺︾﹀﹄﹚﹜﹞！＂％＇），．：；？］｀｜｝～￠';
const LIBREOFFICE_NOT_START = ':!),.:;?]}¢\'"、。〉》」』】〕〗〞︰︱︳﹐､﹒﹔﹕﹖﹗﹚﹜﹞！），．：；？｜｝︴︶︸︺︼︾﹀﹂﹄﹏､～￠々‖•·ˇˉ―--′’”';
const WORD_NOT_END = '$([{£¥·‘“〈《「『【〔〖〝﹙﹛﹝＄（．［｛￡￥';
const LIBREOFFICE_NOT_END = '([{£¥\'"‵〈《「『【〔〖（［｛￡￥〝︵︷︹︻︽︿﹁﹃﹙﹛﹝（｛“‘';
/** Punctuation that hangs past the right edge rather than open a line. */
const HANGING = '!,.:;?、。！，．：；？';

const codePoints = (s: string) => new Set([...s].map((c) => c.codePointAt(0)!));

export const NOT_LINE_START: ReadonlySet<number> = codePoints(WORD_NOT_START + LIBREOFFICE_NOT_START);
export const NOT_LINE_END: ReadonlySet<number> = codePoints(WORD_NOT_END + LIBREOFFICE_NOT_END);
export const HANGING_PUNCTUATION: ReadonlySet<number> = codePoints(HANGING);

/** True where a line may not break before `next` or after `prev` (code points; undefined at the ends). */
export function forbiddenBreak(prev: number | undefined, next: number | undefined): boolean {
  return (next !== undefined && NOT_LINE_START.has(next)) || (prev !== undefined && NOT_LINE_END.has(prev));
}
