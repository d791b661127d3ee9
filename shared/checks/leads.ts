// 序语: 一是、二是…… count on within a section (restarting after every
// heading, and where a colon opens a new list: 主要表现在：一是……), so a
// repeated 一是…一是, a skipped 二是 or 三是 before 二是 is a slip; 其一、其二
// count the same way under each 一是. Where a section has leads the editor
// counts (inserted) and leads typed by hand, the typed ones are offered for
// conversion, after which the editor numbers them with the rest.
import { leadWord } from '../leads';
import { blockText } from '../model';
import { chineseNumeral } from '../numbering';
import { blockLeads, type LeadMark } from './lead-marks';
import { finding } from './text';
import type { CellPlace, CheckInput, Finding, Fix, TableRule } from './types';

interface Placed extends LeadMark {
  block: number;
  /** In a table: the cell paragraph, whose text the offsets are in. */
  cell?: CellPlace;
}

/** The text a lead's offsets are in. */
type TextOf = (lead: Placed) => string;
/** Where a finding on this lead is, and its fix's edit: the block, and the cell paragraph in a table. */
const placeOf = (lead: Placed) => ({ block: lead.block, ...(lead.cell ? { cell: lead.cell } : {}) });

const qiWord = (n: number) => `其${chineseNumeral(n)}`;
const wordOf = (kind: LeadMark['kind'], n: number) => (kind === 'shi' ? leadWord(n) : qiWord(n));

/** Leads of one kind in order, each paired with the count it should have; a lead that starts a list is left out. */
function expected(leads: readonly Placed[]): { lead: Placed; want: number; seen: boolean }[] {
  const out: { lead: Placed; want: number; seen: boolean }[] = [];
  let count = 0;
  let list = new Set<number>();
  for (const lead of leads) {
    // 一是 starts a list: the first, after a colon (主要表现在：一是), or after a list of two or more.
    if (lead.value === 1 && (count === 0 || count >= 2 || lead.afterColon)) {
      count = 1;
      list = new Set([1]);
      continue;
    }
    count += 1;
    out.push({ lead, want: count, seen: list.has(lead.value) });
    list.add(lead.value);
  }
  return out;
}

function sequenceFindings(textOf: TextOf, leads: readonly Placed[], details: string[]): Finding[] {
  const out: Finding[] = [];
  for (const { lead, want, seen } of expected(leads)) {
    if (lead.value === want) continue;
    const text = textOf(lead);
    const right = wordOf(lead.kind, want);
    const rule = seen ? 'lead-repeat' : lead.value > want ? 'lead-gap' : 'lead-order';
    const message =
      rule === 'lead-repeat'
        ? `序语重复：前面已有“${lead.word}”，这里应为“${right}”。`
        : rule === 'lead-gap'
          ? `序语跳号：前面缺少“${wordOf(lead.kind, want)}”，“${lead.word}”应为“${right}”。`
          : `序语顺序不对：这里应为“${right}”，不是“${lead.word}”。`;
    const fix: Fix = { label: `改为“${right}”`, edits: [{ kind: 'text', ...placeOf(lead), start: lead.start, end: lead.end, text: right }] };
    out.push(finding(text, { rule, kind: 'leads', severity: 'error', ...placeOf(lead), start: lead.start, end: lead.end, message, fix, evidence: { basis: '序语在本节内依次排列：一是、二是、三是……（其一、其二……）', details } }));
  }
  return out;
}

/**
 * The findings on one section's leads. `converts`: the editor counts marked
 * leads here, so typed ones among them are offered for conversion (in a table
 * cell it does not, and every lead is read as typed).
 */
function section(textOf: TextOf, leads: readonly Placed[], converts = true): Finding[] {
  const shi = leads.filter((l) => l.kind === 'shi');
  const marked = converts ? shi.filter((l) => l.marked) : [];
  const typed = converts ? shi.filter((l) => !l.marked) : shi;
  const out: Finding[] = [];
  const details = [`本节序语：${shi.map((l) => `${l.word}${l.marked ? '' : '（手工输入）'}`).join('、')}`];
  if (marked.length > 0 && typed.length > 0) {
    // The editor counts the marked ones; each typed one is converted, then counted with them.
    for (const lead of typed) {
      const text = textOf(lead);
      out.push(
        finding(text, {
          rule: 'lead-typed', kind: 'leads', severity: 'warning', block: lead.block, start: lead.start, end: lead.end,
          message: `“${lead.word}”是手工输入的，本节其他序语是插入的序语（自动编号）：请转换为插入的序语，编号会随增删自动调整。`,
          fix: { label: '转换为插入的序语', edits: [{ kind: 'lead', block: lead.block, start: lead.start, end: lead.end }] },
          evidence: { basis: '同一节的序语应一致：插入的序语自动编号，手工输入的不会', details },
        }),
      );
    }
  } else {
    out.push(...sequenceFindings(textOf, shi, details));
  }
  // 其一、其二 count under each 一是 (and restart at every 其一).
  let run: Placed[] = [];
  const flush = () => {
    if (run.length) out.push(...sequenceFindings(textOf, run, [`序语：${run.map((l) => l.word).join('、')}`]));
    run = [];
  };
  for (const lead of leads) {
    if (lead.kind === 'shi') flush();
    else run.push(lead);
  }
  flush();
  return out;
}

export function leadRules(input: CheckInput): Finding[] {
  const textOf: TextOf = (lead) => input.texts[lead.block]!;
  const out: Finding[] = [];
  let current: Placed[] = [];
  input.content.forEach((b, i) => {
    if (b.type === 'heading' || b.type === 'annex') {
      out.push(...section(textOf, current));
      current = [];
    }
    if (b.type !== 'paragraph' && b.type !== 'heading') return;
    for (const mark of input.summaries[i]!.leads.marks) current.push({ ...mark, block: i });
  });
  out.push(...section(textOf, current));
  return out;
}

/** 序语 in a table: each cell counts its own 一是、二是 (and 其一、其二) over its paragraphs, as a section does. */
export const tableLeadRules: TableRule = (index, table) => {
  const out: Finding[] = [];
  table.children.forEach((row, r) =>
    row.children.forEach((cell, c) => {
      const texts = cell.children.map(blockText);
      const leads = cell.children.flatMap((p, k) =>
        blockLeads(p, texts[k]!).marks.map((mark): Placed => ({ ...mark, block: index, cell: { row: r, cell: c, paragraph: k } })),
      );
      if (leads.length > 1) out.push(...section((lead) => texts[lead.cell!.paragraph]!, leads, false));
    }),
  );
  return out;
};
