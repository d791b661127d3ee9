// 标题与主送: the title ends without punctuation; the addressee line ends
// with a full-width colon (GB/T 9704—2012 7.3.3).
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

export function frameRules(input: CheckInput): Finding[] {
  return [...title(input), ...addressee(input)];
}
