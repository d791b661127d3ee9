// 标题与主送: the title ends without punctuation; the addressee line ends
// with a full-width colon (GB/T 9704 7.3.3). 年份: the years in the title,
// the headings and the 成文日期 agree with the report year (a 2022 left in a
// 2023 report's heading is the classic slip of last year's report reused).
import { splitRunIn } from '../run-in';
import { finding, replaceFix } from './text';
import type { CheckInput, Finding } from './types';

const END_PUNCT = /[。，；：、！？.,;:!?]+[\s\u3000]*$/u;

function title(input: CheckInput): Finding[] {
  const titles = input.content.flatMap((b, i) => (b.type === 'title' && input.texts[i]!.trim() ? [i] : []));
  const i = titles[titles.length - 1];
  if (i === undefined) return [];
  const text = input.texts[i]!;
  const m = END_PUNCT.exec(text);
  if (!m) return [];
  return [
    finding(text, {
      rule: 'title-end-punct', kind: 'frame', severity: 'error', block: i, start: m.index, end: text.length,
      message: `公文标题末尾不加标点：请删去“${m[0].trim()}”。`,
      fix: replaceFix('删去标点', i, m.index, text.length, ''),
    }),
  ];
}

function addressee(input: CheckInput): Finding[] {
  const out: Finding[] = [];
  input.content.forEach((b, i) => {
    if (b.type !== 'addressee') return;
    const text = input.texts[i]!;
    const t = text.trimEnd();
    // Empty: no addressee. A half-width colon is the punctuation rule's.
    if (!t.trim() || t.endsWith('：') || t.endsWith(':')) return;
    const wrong = /[。，；、.,;]$/u.test(t);
    const start = wrong ? t.length - 1 : t.length;
    out.push(
      finding(text, {
        rule: 'addressee-colon', kind: 'frame', severity: 'error', block: i, start, end: text.length,
        excerpt: wrong ? t.slice(-1) : t.slice(-4),
        message: wrong ? `主送机关后用全角冒号“：”，不用“${t.slice(-1)}”。` : '主送机关后应加全角冒号“：”。',
        fix: replaceFix('改为“：”', i, start, text.length, '：'),
      }),
    );
  });
  return out;
}

/** Years in a text (2023年, 2023年度), leaving out those inside 《》 and ranges (2021—2025年). */
export function yearsIn(text: string): { year: number; start: number }[] {
  const out: { year: number; start: number }[] = [];
  for (const m of text.matchAll(/(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])/gu)) {
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + 4);
    if (!/^\s*年/u.test(after) || /[-—–~～至到]\s*$/u.test(before)) continue;
    if (before.lastIndexOf('《') > before.lastIndexOf('》')) continue;
    out.push({ year: Number(m[1]), start: m.index });
  }
  return out;
}

function years(input: CheckInput): Finding[] {
  const year = input.metadata.year;
  if (typeof year !== 'number' || !Number.isInteger(year)) return [];
  const out: Finding[] = [];
  input.content.forEach((b, i) => {
    if (b.type !== 'title' && b.type !== 'heading' && b.type !== 'date') return;
    const text = input.texts[i]!;
    const scope = b.type === 'heading' && b.runIn ? splitRunIn(text).lead : text;
    for (const y of yearsIn(scope)) {
      if (y.year === year || y.year === year + 1) continue;
      const where = b.type === 'title' ? '标题' : b.type === 'date' ? '成文日期' : '标题层级';
      out.push(
        finding(text, {
          rule: 'year-mismatch', kind: 'years', severity: b.type === 'heading' ? 'warning' : 'error', block: i, start: y.start, end: y.start + 4,
          message: `本报告是${year}年度的报告，${where}中的“${y.year}年”与报告年度不符：请核对是否应为${year}年（或下一年度${year + 1}年）。`,
        }),
      );
    }
  });
  return out;
}

export function frameRules(input: CheckInput): Finding[] {
  return [...title(input), ...addressee(input)];
}

export function yearRules(input: CheckInput): Finding[] {
  return years(input);
}
