// 年份: the years the title, the headings, the opening statement and the
// 成文日期 give, held to the report year (report-year.ts) — the classic slip
// of last year's report reused (一、2022年法治政府建设情况 in a 2023 report).
// Never flagged: next year's plans (年度+1 where the words speak of plans,
// or under a plan heading), years of cited documents (in 《》 or 根据……通知),
// ranges (2021—2025年), periods (2019年以来), and body text, which reports
// facts of any year.
import { isoFromDateLine } from '../recognize/date-line';
import { splitRunIn } from '../run-in';
import { openingBlocks } from './report-year';
import { finding } from './text';
import type { CheckInput, Finding, Severity } from './types';
import { PLAN_WORDS, type YearMention } from './year-mentions';

type Where = '标题' | '标题层级' | '开头段' | '成文日期';

function mismatch(input: CheckInput, i: number, start: number, end: number, found: number, where: Where, severity: Severity): Finding {
  const year = input.year.year!;
  const because = input.year.source === 'metadata' ? '文稿信息中设定' : input.year.explanation.replace(/判断为.*$/u, '判断');
  return finding(input.texts[i]!, {
    rule: 'year-mismatch', kind: 'years', severity, block: i, start, end,
    message: `本报告是${year}年度的报告（${because}），${where}中的“${found}年”与报告年度不符：请核对是否应为${year}年${where === '成文日期' ? '或次年' : `（下一年度的安排可写${year + 1}年）`}。`,
    evidence: { basis: input.year.explanation, details: input.year.details },
  });
}

/**
 * Is a mention of this year right where it stands? `planned`: a plan heading
 * is above it. Next year is right in a plan; in a heading (三、2024年工作) also
 * wherever the words do not speak of work done (一、2024年度主要举措和成效).
 */
function fits(m: YearMention, year: number, planned: boolean, heading = false): boolean {
  if (m.cited || m.since || m.year === year) return true;
  if (m.year === year + 1) return m.plan || planned || (heading && !m.past);
  return m.year === year - 1 && m.followUp && !m.plan;
}

export function yearRules(input: CheckInput): Finding[] {
  const year = input.year.year;
  if (year === undefined) return [];
  const out: Finding[] = [];
  const { content, texts, summaries } = input;
  /** Per heading level: whether that heading (or one above it) is about plans or the year ahead. */
  const planned: boolean[] = [false, false, false, false];
  content.forEach((b, i) => {
    const text = texts[i]!;
    const mentions = summaries[i]!.years;
    if (b.type === 'title') {
      for (const m of mentions) if (!fits(m, year, false)) out.push(mismatch(input, i, m.start, m.start + 4, m.year, '标题', 'error'));
    } else if (b.type === 'heading') {
      const lead = b.runIn ? splitRunIn(text).lead : text;
      const own = mentions.filter((m) => m.start < lead.length);
      const above = b.level > 1 && planned[b.level - 2]!;
      const plan = above || PLAN_WORDS.test(lead) || own.some((m) => m.year === year + 1 && !m.cited);
      for (let k = b.level - 1; k < 4; k++) planned[k] = plan;
      for (const m of own) if (!fits(m, year, above, true)) out.push(mismatch(input, i, m.start, m.start + 4, m.year, '标题层级', 'warning'));
    } else if (b.type === 'date') {
      const iso = isoFromDateLine(text);
      const y = iso ? Number(iso.slice(0, 4)) : undefined;
      if (y !== undefined && y !== year && y !== year + 1) {
        const at = text.indexOf(String(y));
        out.push(mismatch(input, i, at, at + 4, y, '成文日期', 'error'));
      }
    }
  });
  // The opening statement: what it says the report is about (现将2024年度……报告如下; 2024年，我局……).
  const openings = openingBlocks(content);
  for (const i of openings) {
    for (const m of summaries[i]!.years) {
      const claim = m.statement || (i === openings[0] && m.opening && !m.dated);
      if (claim && !fits(m, year, false)) out.push(mismatch(input, i, m.start, m.start + 4, m.year, '开头段', 'warning'));
    }
  }
  return out;
}
