// 标点 (GB/T 15834-2011): half-width marks in Chinese text, unpaired quotes,
// 书名号 and brackets, doubled marks, 顿号 between items in quotes or 书名号,
// and the wrong forms of the dash (破折号 ——) and the ellipsis (省略号 ……).
// Half-width marks between digits and Latin letters (3.5, A,B, 10:30) and in
// web or e-mail addresses stay as they are.
import { atSentenceStart } from './numbering';
import { finding, inSpans, isAsciiWord, isChinese, isHan, protectedSpans, replaceFix, SPACE } from './text';
import type { ReportBlock } from '../model';
import type { BlockContext, Finding, Fix } from './types';

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '.': '。', '(': '（', ')': '）' };

function neighbour(text: string, i: number, step: 1 | -1): string | undefined {
  let j = i + step;
  while (j >= 0 && j < text.length && SPACE.test(text[j]!)) j += step;
  return text[j];
}

const CLOSING_CN = /[）”’》〕】]/u;

/** Is the half-width mark at i used as Chinese punctuation? */
function chineseUse(text: string, i: number): boolean {
  const c = text[i]!;
  const prev = neighbour(text, i, -1);
  const next = neighbour(text, i, 1);
  if (c === '.') return (isHan(prev) || (prev !== undefined && CLOSING_CN.test(prev))) && !isAsciiWord(next) && next !== '.';
  if ((c === ',' || c === ':') && /[0-9]/u.test(prev ?? '') && /[0-9]/u.test(next ?? '')) return false;
  return isChinese(prev) || isChinese(next);
}

function halfWidthMarks(index: number, text: string, spans: [number, number][]): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(/[,;:?!.]/gu)) {
    const i = m.index;
    const c = m[0];
    if (inSpans(spans, i) || !chineseUse(text, i)) continue;
    // An ellipsis typed as dots is the ellipsis rule's.
    if (c === '.' && (text[i + 1] === '.' || text[i - 1] === '.')) continue;
    let end = i + 1;
    while (SPACE.test(text[end] ?? '') && end < text.length) end++;
    if (!isChinese(text[end])) end = i + 1;
    out.push(
      finding(text, {
        rule: 'punct-halfwidth', kind: 'punctuation', severity: 'error', block: index, start: i, end,
        message: `中文里应使用全角标点：“${c}”应为“${FULL[c]}”。`,
        fix: replaceFix(`改为“${FULL[c]}”`, index, i, end, FULL[c]!),
      }),
    );
  }
  return out;
}

const NUMBER_ONLY = /^\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*$/u;

/** Brackets and quotes: pairs (with half-width forms flagged in Chinese text) and the unpaired ones. */
const PAIRS: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '〈': '〉', '（': '）', '(': '）', '〔': '〕', '【': '】', '「': '」', '『': '』' };
const CLOSERS: Record<string, string> = { '”': '“', '’': '‘', '》': '《', '〉': '〈', '）': '（', ')': '（', '〕': '〔', '】': '【', '」': '「', '』': '『' };
/** A list number (1）) right before a closing bracket at a sentence start. */
const LIST_NUMBER_BEFORE = /(?:^|[。；：！？][ \u3000]*)[0-9０-９一二三四五六七八九十]{1,3}$/u;
const BRACKET_MARKS = new RegExp(`[${[...Object.keys(PAIRS), ...Object.keys(CLOSERS)].join('').replace(/[\\\]^-]/gu, '\\$&')}]`, 'gu');
const family = (ch: string) => (ch === '(' ? '（' : ch === ')' ? '）' : ch);

function brackets(index: number, text: string, spans: [number, number][]): Finding[] {
  const out: Finding[] = [];
  const stack: { ch: string; at: number }[] = [];
  const unpaired = (ch: string, at: number, opening: boolean) =>
    out.push(
      finding(text, {
        rule: 'punct-unpaired', kind: 'punctuation', severity: 'error', block: index, start: at, end: at + 1,
        message: opening ? `“${ch}”没有对应的“${PAIRS[ch] ?? ''}”，请补全或删去。` : `“${ch}”前面没有对应的“${CLOSERS[ch] ?? ''}”，请补全或删去。`,
      }),
    );
  const halfPair = (open: number, close: number) => {
    const inner = text.slice(open + 1, close);
    if (NUMBER_ONLY.test(inner) && atSentenceStart(text, open)) return; // a typed number: the numbering rule's
    if (/^(?:19|20)[0-9]{2}$/u.test(inner) && /^\s*第?\s*[0-9]{1,4}\s*号/u.test(text.slice(close + 1))) return; // a document number: the dates rule's
    const chinese = [...inner].some((ch) => isChinese(ch)) || (isChinese(text[open - 1]) && isChinese(text[close + 1]));
    if (!chinese) return;
    const edits: Fix['edits'] = [];
    if (text[open] === '(') edits.push({ kind: 'text', block: index, start: open, end: open + 1, text: '（' });
    if (text[close] === ')') edits.push({ kind: 'text', block: index, start: close, end: close + 1, text: '）' });
    out.push(
      finding(text, {
        rule: 'punct-halfwidth', kind: 'punctuation', severity: 'error', block: index, start: open, end: close + 1,
        message: '中文里应使用全角括号“（）”，不用半角“()”。',
        fix: { label: '改为全角括号', edits },
      }),
    );
  };
  for (const m of text.matchAll(BRACKET_MARKS)) {
    const i = m.index;
    const ch = m[0];
    if (inSpans(spans, i)) continue;
    if (PAIRS[ch]) {
      stack.push({ ch, at: i });
      continue;
    }
    const opener = CLOSERS[ch];
    if (!opener) continue;
    // 1） used as a list number at a sentence start.
    if ((ch === '）' || ch === ')') && LIST_NUMBER_BEFORE.test(text.slice(0, i))) continue;
    const depth = stack.map((s) => family(s.ch)).lastIndexOf(opener);
    if (depth < 0) {
      unpaired(ch, i, false);
      continue;
    }
    for (const s of stack.splice(depth + 1)) unpaired(s.ch, s.at, true);
    const open = stack.pop()!;
    if (open.ch === '(' || ch === ')') halfPair(open.at, i);
  }
  for (const s of stack) unpaired(s.ch, s.at, true);
  return out;
}

/** Half-width double quotes in Chinese text, pair by pair. */
function asciiQuotes(index: number, text: string, spans: [number, number][]): Finding[] {
  const at = [...text.matchAll(/"/gu)].map((m) => m.index).filter((i) => !inSpans(spans, i));
  const out: Finding[] = [];
  for (let k = 0; k + 1 < at.length; k += 2) {
    const [open, close] = [at[k]!, at[k + 1]!];
    if (!isChinese(text[open - 1]) && !isChinese(text[close + 1]) && ![...text.slice(open + 1, close)].some((c) => isHan(c))) continue;
    out.push(
      finding(text, {
        rule: 'punct-halfwidth', kind: 'punctuation', severity: 'error', block: index, start: open, end: close + 1,
        message: '中文里应使用全角引号“”，不用半角引号。',
        fix: {
          label: '改为全角引号',
          edits: [
            { kind: 'text', block: index, start: open, end: open + 1, text: '“' },
            { kind: 'text', block: index, start: close, end: close + 1, text: '”' },
          ],
        },
      }),
    );
  }
  return out;
}

interface PatternRule {
  rule: string;
  severity: 'error' | 'warning';
  pattern: RegExp;
  message: (m: RegExpExecArray) => string;
  /** The safe replacement of the match, or null where no fix is safe. */
  replace: ((m: RegExpExecArray) => string) | null;
  label?: (m: RegExpExecArray) => string;
  /** Only where the match sits in Chinese text. */
  chineseOnly?: boolean;
}

const PATTERN_RULES: readonly PatternRule[] = [
  {
    rule: 'punct-doubled', severity: 'error',
    pattern: /([，、；：！？])\1+|(?<!。)。。(?!。)/gu,
    message: (m) => `标点重复：“${m[0]}”应为“${m[0][0]}”。`,
    replace: (m) => m[0][0]!,
    label: (m) => `改为“${m[0][0]}”`,
  },
  {
    rule: 'punct-doubled', severity: 'error',
    pattern: /[，、；：][，。、；：]|。[，、；：]/gu,
    message: (m) => `两个标点连用：“${m[0]}”只应保留一个。`,
    replace: null,
  },
  {
    rule: 'punct-dunhao-quoted', severity: 'warning',
    pattern: /([》”])、(?=[《“])/gu,
    message: (m) => (m[1] === '》' ? '并列的书名号之间通常不用顿号：应写作《甲》《乙》，删去“、”。' : '并列的引号之间通常不用顿号：应写作“甲”“乙”，删去“、”。'),
    replace: (m) => m[1]!,
    label: () => '删去顿号',
  },
  {
    rule: 'punct-dash', severity: 'warning', chineseOnly: true,
    pattern: /-{2,}|－{2,}|[―─]{1,}|—{3,}|–{2,}/gu,
    message: (m) => `破折号应为两个连续的一字线“——”，不是“${m[0]}”。`,
    replace: (m) => (/^[―─]$/u.test(m[0]) ? '—' : '——'),
    label: (m) => (/^[―─]$/u.test(m[0]) ? '改为“—”' : '改为“——”'),
  },
  {
    rule: 'punct-ellipsis', severity: 'warning',
    pattern: /\.{3,}|。{3,}|[·・•．]{3,}|(?<!…)(?:…|………|…{5,})(?!…)/gu,
    message: (m) => `省略号应为两个连续的“…”即“……”，不是“${m[0]}”。`,
    replace: () => '……',
    label: () => '改为“……”',
  },
  {
    rule: 'punct-ellipsis', severity: 'warning',
    pattern: /…{2,}(?=等)/gu,
    message: () => '省略号和“等”不连用：删去“……”或删去“等”。',
    replace: () => '',
    label: () => '删去省略号',
  },
];

function patternFindings(index: number, text: string, spans: [number, number][]): Finding[] {
  const out: Finding[] = [];
  for (const r of PATTERN_RULES) {
    for (const m of text.matchAll(r.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (inSpans(spans, start)) continue;
      if (r.chineseOnly && !isChinese(text[start - 1]) && !isChinese(text[end])) continue;
      const exec = m as unknown as RegExpExecArray;
      const fix = r.replace ? replaceFix(r.label?.(exec) ?? '修正', index, start, end, r.replace(exec)) : undefined;
      out.push(
        finding(text, {
          rule: r.rule, kind: 'punctuation', severity: r.severity, block: index, start, end,
          message: r.message(exec), ...(fix ? { fix } : {}),
        }),
      );
    }
  }
  return out;
}

export function punctuationRules(i: number, b: ReportBlock, text: string, _ctx: BlockContext): Finding[] {
  if (b.type === 'signature' || !text.trim()) return [];
  const spans = protectedSpans(text);
  return [...halfWidthMarks(i, text, spans), ...brackets(i, text, spans), ...asciiQuotes(i, text, spans), ...patternFindings(i, text, spans)];
}
