// The years a block's text names (2023年, 2023年度), each with what the
// words around it say about it: cited from another document, a plan for the
// year ahead, the start of a period (2019年以来), the claim of the opening
// statement (现将2023年度……报告如下). Ranges (2021—2025年) are no mention of
// a single year. Computed once per version of a block; the report year and
// the year checks read them.

export interface YearMention {
  year: number;
  /** Offset of the four digits. */
  start: number;
  /** Just past 年 (or 年度). */
  end: number;
  /** Written as 年度. */
  annual: boolean;
  /** Inside 《》 or a citation clause (根据……的通知要求): another document's year. */
  cited: boolean;
  /** Cited from a notice, plan or opinion (《关于做好2022年度述法工作的通知》). */
  notice: boolean;
  /** Its clause speaks of plans (安排、打算、计划……) or of what will be done (将、拟). */
  plan: boolean;
  /** Its clause looks back at problems found then (整改、反馈、督察……). */
  followUp: boolean;
  /** Its clause speaks of work done or found (举措、成效、情况、存在的问题……): not next year's. */
  past: boolean;
  /** The start of a period (2019年以来, 自2019年起). */
  since: boolean;
  /** The year of a full date (2023年3月). */
  dated: boolean;
  /** Opening the block's first sentence, or its second clause (2023年，我局…… / 在县委领导下，2023年我局……). */
  opening: boolean;
  /** Inside 现将……如下: what the report says it is about. */
  statement: boolean;
}

const YEAR = /(?<![0-9０-９])((?:19|20)[0-9]{2})(?![0-9０-９])/gu;
const RANGE_BEFORE = /(?:19|20)[0-9]{2}\s*年?度?\s*(?:[-－—–~～〜]|至|到)\s*$/u;
const RANGE_AFTER = /^\s*年?度?\s*(?:[-－—–~～〜]|至|到(?![位达]))\s*(?:19|20)?[0-9]{2}/u;

export const PLAN_WORDS = /安排|打算|计划|思路|重点|要点|目标|任务|展望|方向|措施|部署|谋划|规划|设想|努力/u;
const DONE_WORDS = /完成|开展情况|落实情况|进展|成效|总结|回顾|情况报告|已/u;
const FOLLOW_UP = /问题|整改|反馈|督察|巡视|审计|考核|评估|评查/u;
const PAST_WORDS = /举措|成效|情况|做法|成绩|完成|开展|取得|回顾|总结|存在|问题|不足|经验|亮点|进展|成果/u;
const CITING = /^(?:根据|按照|依据|依照|对照|遵照|为贯彻|为落实|贯彻落实|贯彻|落实)/u;
const CITED_KIND = /通知|意见|方案|要求|文件|函|精神|部署|规定|办法|要点|安排/u;
const NOTICE_KIND = /(?:通知|意见|方案|要点|安排|计划|要求|函)$/u;

interface Span {
  start: number;
  end: number;
  notice: boolean;
}

/** 《……》 stretches, nested marks included, and citation clauses (根据……通知要求，). */
function citedSpans(text: string): Span[] {
  const spans: Span[] = [];
  let depth = 0;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '《') {
      if (depth++ === 0) open = i;
    } else if (text[i] === '》' && depth > 0 && --depth === 0) {
      spans.push({ start: open, end: i + 1, notice: NOTICE_KIND.test(text.slice(open + 1, i).replace(/[（(][^）)]*[）)]$/u, '')) });
    }
  }
  if (depth > 0) spans.push({ start: open, end: text.length, notice: false });
  for (const m of text.matchAll(/[^，。；：！？,;:!?]+/gu)) {
    const clause = m[0].trim();
    if (CITING.test(clause) && CITED_KIND.test(clause)) spans.push({ start: m.index, end: m.index + m[0].length, notice: /通知|要求|函/u.test(clause) });
  }
  return spans;
}

/** The clause around an offset: from the last mark before it to the next mark after it. */
function clauseAround(text: string, at: number): { before: string; after: string } {
  let a = at;
  while (a > 0 && !/[，。；：！？,;:!?]/u.test(text[a - 1]!)) a--;
  let b = at;
  while (b < text.length && !/[，。；：！？,;:!?]/u.test(text[b]!)) b++;
  return { before: text.slice(a, at), after: text.slice(at, b) };
}

/** Inside 现将……如下 (the sentence that says what is reported). */
function inStatement(text: string, at: number): boolean {
  const sentenceStart = Math.max(...['。', '！', '？'].map((c) => text.lastIndexOf(c, at - 1))) + 1;
  const head = text.slice(sentenceStart, at);
  if (!/现将|兹将|特将|现就/u.test(head)) return false;
  const end = text.slice(at).search(/[。！？]/u);
  return /如下|报告|汇报|总结/u.test(end < 0 ? text.slice(at) : text.slice(at, at + end));
}

export function yearMentions(text: string): YearMention[] {
  const out: YearMention[] = [];
  let spans: Span[] | null = null;
  const firstEnd = text.search(/[。！？]/u);
  for (const m of text.matchAll(YEAR)) {
    const start = m.index;
    const rest = text.slice(start + 4);
    const nian = /^\s*年(度)?/u.exec(rest);
    if (!nian) continue;
    const before = text.slice(0, start);
    if (RANGE_BEFORE.test(before) || RANGE_AFTER.test(rest)) continue;
    const end = start + 4 + nian[0].length;
    spans ??= citedSpans(text);
    const span = spans.find((s) => start >= s.start && start < s.end);
    const clause = clauseAround(text, start);
    const tail = clause.after.slice(4 + nian[0].length);
    const prev = before.replace(/\s+$/u, '').slice(-1);
    out.push({
      year: Number(m[1]),
      start,
      end,
      annual: Boolean(nian[1]),
      cited: Boolean(span),
      notice: Boolean(span?.notice),
      plan: (PLAN_WORDS.test(tail) && !DONE_WORDS.test(tail)) || /(?:(?<![现兹特])将|拟)[于在]?\s*$|计划\s*$/u.test(clause.before),
      followUp: FOLLOW_UP.test(tail),
      past: PAST_WORDS.test(tail),
      since: /^\s*年度?\s*(?:以来|来|起|至今|开始)/u.test(rest) || /(?:自|从|自从)\s*$/u.test(before),
      dated: /^\s*年\s*[0-9０-９一二三四五六七八九十]{1,2}\s*月/u.test(rest),
      opening: (firstEnd < 0 || start < firstEnd) && (prev === '' || /[，,]/u.test(prev)) && !/[；;：:]/u.test(before) && (before.match(/[，,]/gu)?.length ?? 0) <= 1,
      statement: inStatement(text, start),
    });
  }
  return out;
}
