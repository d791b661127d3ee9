// 发文字号 (GB/T 9704—2012 7.2.4): 机关代字、年份、发文顺序号, the year in
// 六角括号〔〕, the number without 第 and without leading zeros — 川府发〔2023〕5号,
// in the text and in citations such as （井府办发〔2023〕12号）.
import type { ReportBlock } from '../model';
import { finding, replaceFix } from './text';
import type { BlockContext, Finding } from './types';

const OPEN = '[\\[［(（【〈<{｛〔﹝〖]';
const CLOSE = '[\\]］)）】〉>}｝〕﹞〗]';
/** After the organ's code (汉字, or X/× where the code is still to be filled in). */
const DOC_NUMBER = new RegExp(`(?<=[\\p{Script=Han}A-Za-zＸ×])(${OPEN})\\s*((?:19|20)[0-9]{2})\\s*(年?)\\s*(${CLOSE})\\s*(第?)\\s*([0-9]{1,4}|[XＸ×]{1,3})\\s*号`, 'gu');

/**
 * A 发文字号 field as a whole (the 版头's): 'ok'; the right form of one written
 * another way, and whether its brackets were wrong; or 'unreadable' when it is
 * not 机关代字〔年份〕序号号 at all.
 */
export function docNumberField(value: string): 'ok' | 'unreadable' | { right: string; brackets: boolean } {
  const text = value.trim();
  const m = [...text.matchAll(DOC_NUMBER)][0];
  if (!m || m.index + m[0].length !== text.length || !/^[\p{Script=Han}A-Za-zＸ×]+$/u.test(text.slice(0, m.index))) return 'unreadable';
  const [, open, year, nian, close, , num] = m as unknown as string[];
  const serial = /^[0-9]+$/u.test(num!) ? String(Number(num)) : num!;
  const right = `${text.slice(0, m.index)}〔${year}〕${serial}号`;
  if (right === text) return 'ok';
  return { right, brackets: open !== '〔' || close !== '〕' || Boolean(nian) };
}

export function docNumberRules(index: number, block: ReportBlock, text: string, _ctx: BlockContext): Finding[] {
  if (block.type === 'signature' || block.type === 'date') return [];
  const out: Finding[] = [];
  for (const m of text.matchAll(DOC_NUMBER)) {
    const [whole, open, year, nian, close, , num] = m as unknown as string[];
    const serial = /^[0-9]+$/u.test(num!) ? String(Number(num)) : num!;
    const right = `〔${year}〕${serial}号`;
    if (whole === right) continue;
    const brackets = open !== '〔' || close !== '〕' || Boolean(nian);
    out.push(
      finding(text, {
        rule: brackets ? 'docnum-brackets' : 'docnum-form', kind: 'dates', severity: 'error', block: index, start: m.index, end: m.index + whole!.length,
        message: brackets
          ? `发文字号的年份用六角括号“〔〕”括入，不用“${open}${close}”：“${whole}”应为“${right}”。`
          : `发文字号的序号不加“第”字、不编虚位：“${whole}”应为“${right}”。`,
        fix: replaceFix(`改为“${right}”`, index, m.index, m.index + whole!.length, right),
      }),
    );
  }
  return out;
}
