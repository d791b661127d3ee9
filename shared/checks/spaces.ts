// 空格: Chinese text is set without spaces. A space between Chinese
// characters, next to a Chinese mark, or between a Chinese character and a
// number is a slip (often from conversions or hand alignment); spaces at the
// start of a paragraph are hand indentation the export does itself. Spaces
// between Latin words stay. Signatures are left alone (names are spaced by hand).
import { finding, inSpans, isCnPunct, isHan, protectedSpans, replaceFix } from './text';
import type { ReportBlock } from '../model';
import type { BlockContext, Finding } from './types';

const RUN = /[ \t\u00a0\u3000\u2002-\u200a\u202f]+/gu;
const SPACE_CHAR = /[ \t\u00a0\u3000\u2002-\u200a\u202f]/u;
const isDigit = (ch: string | undefined) => ch !== undefined && /[0-9０-９]/u.test(ch);

const NUMBER_CHAR = /[0-9０-９.,%％]/u;

/** The character past a number starting (step 1) or ending (step -1) at i, spaces skipped. */
function pastNumber(text: string, i: number, step: 1 | -1): string | undefined {
  let j = i;
  while (j >= 0 && j < text.length && NUMBER_CHAR.test(text[j]!)) j += step;
  while (j >= 0 && j < text.length && SPACE_CHAR.test(text[j]!)) j += step;
  return text[j];
}

/** Is the space run [start, end) set inside Chinese text? A number counts as Chinese text when Chinese surrounds it. */
function between(text: string, start: number, end: number): boolean {
  const prev = text[start - 1];
  const next = text[end];
  if (isCnPunct(prev) || isCnPunct(next) || (isHan(prev) && isHan(next))) return true;
  if (isHan(prev) && isDigit(next)) {
    const past = pastNumber(text, end, 1);
    return past === undefined ? false : isHan(past) || isCnPunct(past);
  }
  if (isDigit(prev) && isHan(next)) {
    const past = pastNumber(text, start - 1, -1);
    return past === undefined || isHan(past) || isCnPunct(past);
  }
  return false;
}

const SHOWN: Record<string, string> = { '\u3000': '全角空格', '\t': '制表符', '\u00a0': '不换行空格' };
const describe = (run: string) => SHOWN[run[0]!] ?? '空格';

export function spaceRules(i: number, b: ReportBlock, text: string, _ctx: BlockContext): Finding[] {
  const out: Finding[] = [];
  if (b.type === 'signature') return out;
  const spans = protectedSpans(text);
  for (const m of text.matchAll(RUN)) {
    const start = m.index;
    const end = start + m[0].length;
    if (end === text.length || inSpans(spans, start)) continue;
    if (start === 0) {
      // A heading's leading space is the numbering rule's (a space after its number).
      if (b.type === 'heading') continue;
      out.push(
        finding(text, {
          rule: 'space-leading', kind: 'spaces', severity: 'info', block: i, start, end,
          message: '段首不用空格缩进：导出时会自动首行缩进两个字。',
          fix: replaceFix('删除段首空格', i, start, end, ''),
        }),
      );
      continue;
    }
    if (!between(text, start, end)) continue;
    out.push(
      finding(text, {
        rule: 'space-between-cjk', kind: 'spaces', severity: 'warning', block: i, start, end,
        message: `汉字、中文标点和数字之间不应有${describe(m[0])}：“${text.slice(Math.max(0, start - 2), end + 2)}”应为“${text.slice(Math.max(0, start - 2), start)}${text.slice(end, end + 2)}”。`,
        fix: replaceFix('删除空格', i, start, end, ''),
      }),
    );
  }
  return out;
}
