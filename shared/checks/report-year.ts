// The year a report is about. The clerk's year (metadata without
// `yearGuessed`) wins. Otherwise the text decides, every piece of evidence
// weighed: the title (3), the opening statement (现将2023年度……报告如下: 3;
// a year opening its first sentence: 2), the notice it answers (《关于做好
// 2022年度述法工作的通知》: 2), the 成文日期 (January to April: the year
// before, 1.5; September on: that year, 1) and each first-level heading (1;
// a plan heading such as 三、2024年重点工作 points at the year before). So one
// mistyped heading is outvoted; a tie goes to the weightiest kind of evidence.
import { blockText, type DraftMetadata, type ReportContent } from '../model';
import { isoFromDateLine } from '../recognize/date-line';
import { yearMentions, type YearMention } from './year-mentions';

export type EvidenceKind = 'title' | 'opening' | 'notice' | 'date' | 'heading';

/** In order of weight: a tie goes to the kind listed first. */
const KIND_ORDER: readonly EvidenceKind[] = ['title', 'opening', 'notice', 'date', 'heading'];
const KIND_LABEL: Record<EvidenceKind, string> = { title: '标题', opening: '开头段', notice: '所依据的通知', date: '成文日期', heading: '一级标题' };

export interface YearVote {
  kind: EvidenceKind;
  /** The report year this evidence points to. */
  year: number;
  weight: number;
  block: number;
  /** What the text says, for the explanation (2023年度, 2024年1月15日). */
  said: string;
  /** Why it points to that year, where it is not the year it names. */
  why?: string;
}

export interface YearInference {
  /** Undefined where neither the clerk nor the text gives a year. */
  year?: number;
  source: 'metadata' | 'text' | 'none';
  /** The kinds of evidence that agree with the year. */
  decided: EvidenceKind[];
  votes: YearVote[];
  /** In Chinese: 按标题和开头段判断为2023年度报告. */
  explanation: string;
  /** Every vote, in Chinese. */
  details: string[];
}

/** Where the opening statement is: the paragraphs after the title (and addressee) and before the first heading. */
export function openingBlocks(content: ReportContent): number[] {
  let from = 0;
  content.forEach((b, i) => {
    if (b.type === 'title' || b.type === 'addressee') from = i + 1;
  });
  const out: number[] = [];
  for (let i = from; i < content.length && out.length < 3; i++) {
    const b = content[i]!;
    if (b.type === 'heading' || b.type === 'signature' || b.type === 'date' || b.type === 'attachment') break;
    if (b.type === 'paragraph') out.push(i);
  }
  return out;
}

const said = (text: string, m: YearMention) => text.slice(m.start, m.end);

/** The votes of the text's evidence. `mentions` are each block's year mentions, by index. */
export function collectVotes(content: ReportContent, texts: readonly string[], mentions: readonly (readonly YearMention[])[]): YearVote[] {
  const votes: YearVote[] = [];
  const plain = (m: YearMention) => !m.cited && !m.since;
  const title = content.flatMap((b, i) => (b.type === 'title' ? mentions[i]!.filter((m) => plain(m) && !m.plan).map((m) => ({ m, i })) : []))[0];
  if (title) votes.push({ kind: 'title', year: title.m.year, weight: 3, block: title.i, said: said(texts[title.i]!, title.m) });

  let opening: YearVote | undefined;
  let notice: YearVote | undefined;
  const openings = openingBlocks(content);
  for (const i of openings) {
    for (const m of mentions[i]!) {
      if (m.cited) {
        if (m.notice && !notice) notice = { kind: 'notice', year: m.year, weight: 2, block: i, said: said(texts[i]!, m) };
        continue;
      }
      if (m.since || m.dated || m.plan) continue;
      const weight = m.statement ? 3 : m.opening && i === openings[0] ? 2 : 0;
      if (weight > (opening?.weight ?? 0)) opening = { kind: 'opening', year: m.year, weight, block: i, said: said(texts[i]!, m) };
    }
  }
  if (opening) votes.push(opening);
  if (notice) votes.push(notice);

  const dateAt = content.findIndex((b) => b.type === 'date');
  const iso = dateAt >= 0 ? isoFromDateLine(texts[dateAt]!) : undefined;
  if (iso) {
    const [y, month] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7))];
    const text = texts[dateAt]!.trim();
    if (month <= 4) votes.push({ kind: 'date', year: y - 1, weight: 1.5, block: dateAt, said: text, why: '1—4月成文的年度报告通常报告上一年度' });
    else if (month >= 9) votes.push({ kind: 'date', year: y, weight: 1, block: dateAt, said: text, why: '9月以后成文的年度报告通常报告当年' });
  }

  const headings = content.flatMap((b, i) => {
    const m = b.type === 'heading' && b.level === 1 ? mentions[i]!.find(plain) : undefined;
    return m && !(m.followUp && !m.plan) ? [{ m, i }] : [];
  });
  const named = new Set(headings.map((h) => h.m.year));
  for (const { m, i } of headings) {
    // 三、2024年工作 after 一、2023年工作开展情况: next year's work, though no word says plan.
    const ahead = m.plan || (!m.past && named.has(m.year - 1));
    votes.push(ahead
      ? { kind: 'heading', year: m.year - 1, weight: 1, block: i, said: texts[i]!.trim(), why: '下一年度的安排' }
      : { kind: 'heading', year: m.year, weight: 1, block: i, said: texts[i]!.trim() });
  }
  return votes;
}

function joinKinds(kinds: readonly EvidenceKind[]): string {
  const names = kinds.map((k) => KIND_LABEL[k]);
  return names.length <= 2 ? names.join('和') : `${names.slice(0, -1).join('、')}和${names[names.length - 1]}`;
}

function describe(v: YearVote): string {
  return `${KIND_LABEL[v.kind]}“${v.said}”${v.why ? `（${v.why}）` : ''}：${v.year}年度`;
}

/** The report year from the metadata and the votes of the text. */
export function decideYear(votes: readonly YearVote[], metadata: Partial<DraftMetadata>): YearInference {
  const details = votes.map(describe);
  const agreeing = (year: number) => KIND_ORDER.filter((k) => votes.some((v) => v.kind === k && v.year === year));
  if (typeof metadata.year === 'number' && Number.isInteger(metadata.year) && metadata.yearGuessed === undefined) {
    const year = metadata.year;
    return { year, source: 'metadata', decided: agreeing(year), votes: [...votes], explanation: `按文稿信息中设定的报告年度，为${year}年度报告`, details: [`文稿信息：${year}年度`, ...details] };
  }
  const scores = new Map<number, number>();
  for (const v of votes) scores.set(v.year, (scores.get(v.year) ?? 0) + v.weight);
  const rank = (year: number) => KIND_ORDER.findIndex((k) => votes.some((v) => v.kind === k && v.year === year));
  const best = [...scores.keys()].sort((a, b) => scores.get(b)! - scores.get(a)! || rank(a) - rank(b) || b - a)[0];
  if (best === undefined) {
    return { source: 'none', decided: [], votes: [], explanation: '标题、开头段、一级标题和成文日期中都没有可以判断报告年度的年份', details: [] };
  }
  const decided = agreeing(best);
  return { year: best, source: 'text', decided, votes: [...votes], explanation: `按${joinKinds(decided)}判断为${best}年度报告`, details };
}

/** The report year of a content as it stands (import; tests): the text's evidence, the metadata where given. */
export function inferReportYear(content: ReportContent, metadata: Partial<DraftMetadata> = {}): YearInference {
  const texts = content.map(blockText);
  return decideYear(collectVotes(content, texts, texts.map(yearMentions)), metadata);
}
