// What 文稿信息 tells the clerk about a 版头 or 版记 before saving it: a field
// left empty, a 发文字号 that is not 机关代字〔年份〕序号号 (or its right form,
// when it is one written another way), a 印发日期 that is no date.
import { docNumberField } from './checks/docnum';
import { isIsoDate, type Colophon, type RedHeader } from './model';

export const RED_HEADER_EXAMPLE: RedHeader = { mark: '某某县司法局文件', number: '某司报〔2026〕3号' };

/** Why the 版头 cannot be saved as it stands, in Chinese, or null. */
export function redHeaderProblem(h: RedHeader): string | null {
  if (!h.mark.trim()) return '请填写发文机关标志，如“某某县司法局文件”。';
  if (!h.number.trim()) return '请填写发文字号，如“某司报〔2026〕3号”。';
  if (docNumberField(h.number) === 'unreadable') return '发文字号应为“机关代字〔年份〕序号号”，如“某司报〔2026〕3号”。';
  return null;
}

/** The 发文字号 as GB/T 9704 writes it, when the clerk wrote it another way; else null. */
export function docNumberSuggestion(number: string): string | null {
  const form = docNumberField(number);
  return typeof form === 'object' ? form.right : null;
}

/** Why the 版记 cannot be saved as it stands, in Chinese, or null. */
export function colophonProblem(c: Colophon): string | null {
  if (!c.printer.trim()) return '请填写印发机关，如“某某县司法局办公室”。';
  if (!isIsoDate(c.printed)) return '请填写完整的印发日期。';
  return null;
}

/** The 版头 and 版记 as saved: fields trimmed, an empty 签发人 or 抄送 left out. */
export function savedRedHeader(h: RedHeader): RedHeader {
  const signer = h.signer?.trim();
  return { mark: h.mark.trim(), number: h.number.trim(), ...(signer ? { signer } : {}) };
}

export function savedColophon(c: Colophon): Colophon {
  const cc = c.cc?.trim();
  return { ...(cc ? { cc } : {}), printer: c.printer.trim(), printed: c.printed };
}
