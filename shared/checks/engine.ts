// The checks, run incrementally: every rule over one block is computed once
// per version of that block (Slate keeps an unchanged block the same object,
// so after a keystroke only the changed block is checked again), together
// with the block's summary (its years, leads and ways of writing numbers).
// The document-wide rules — the report year, the leads of a section, one
// way of writing numbers, heading numbers, the parts — then run over those
// summaries, which is cheap. A full check is the same with nothing cached.
// The block rules of a draft just opened (or after the word list or hints
// changed) are many blocks' work: `warm` does it in slices, as many blocks as
// fit in the time the caller gives, so a long draft is never one long task.
import { blockText, type DraftMetadata, type ReportBlock, type ReportContent } from '../model';
import { headingNumbers } from '../numbering';
import { annexRules } from './annexes';
import { cellFindings, omittedRules } from './cells';
import { dateRules } from './dates';
import { docNumberRules } from './docnum';
import { frameRules } from './frame';
import { redHeaderRules } from './red-header';
import { blockLeads } from './lead-marks';
import { leadRules, tableLeadRules } from './leads';
import { lengthRules } from './length';
import { numberForms } from './number-forms';
import { numberBlockRules, numberConsistencyRules } from './numbers';
import { headingNumberRules, inlineNumberRules } from './numbering';
import { punctuationRules } from './punctuation';
import { collectVotes, decideYear, type YearInference } from './report-year';
import { spaceRules } from './spaces';
import { hintsOf, structureRules } from './structure';
import { structureBlockRules } from './structure-block';
import type { BlockContext, BlockRule, BlockSummary, CheckEnv, CheckInput, Finding, FixEdit, RuleFamily, Severity, TableRule, TemplateRef } from './types';
import { compiledWords, wordRules } from './words';
import { yearMentions } from './year-mentions';
import { yearRules } from './years';

interface Family {
  block?: BlockRule;
  doc?: RuleFamily;
  /** The block rule reads table cells too. */
  cells?: true;
  /** A rule over a whole table (cached with the table like a block rule). */
  table?: TableRule;
}

/** The families in the order their findings win when two mark the same text. */
const FAMILIES: readonly Family[] = [
  { doc: frameRules },
  { doc: redHeaderRules },
  { doc: headingNumberRules, block: inlineNumberRules, cells: true },
  { block: dateRules, cells: true },
  { block: docNumberRules },
  { block: punctuationRules, cells: true },
  { block: spaceRules, cells: true },
  { block: numberBlockRules, doc: numberConsistencyRules, cells: true },
  { block: wordRules, cells: true },
  { block: omittedRules },
  { doc: leadRules, table: tableLeadRules },
  { doc: yearRules },
  { block: structureBlockRules, doc: structureRules },
  { doc: annexRules },
  { block: lengthRules },
];

/** Reading order inside a table: row, cell, paragraph (a finding outside any cell first). */
const cellOrder = (f: Finding) => (f.cell ? 1 + f.cell.row * 1e6 + f.cell.cell * 1e3 + f.cell.paragraph : 0);

const CELL_RULES = FAMILIES.map((f) => (f.cells ? f.block : undefined));
const TABLE_RULES = FAMILIES.map((f) => f.table);

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface CheckResult {
  findings: Finding[];
  /** The year the report is about, and on what evidence. */
  year: YearInference;
}

interface Entry {
  /** The block index the findings were made at. */
  index: number;
  text: string;
  context: string;
  /** Each family's findings on this block (empty for document-wide families). */
  found: Finding[][];
  summary: BlockSummary;
}

/** A finding made at another index, placed at `block`. */
function moved(f: Finding, block: number): Finding {
  return { ...f, block, ...(f.fix ? { fix: { ...f.fix, edits: f.fix.edits.map((e): FixEdit => ({ ...e, block })) } } : {}) };
}

function summarize(b: ReportBlock, text: string): BlockSummary {
  return { years: yearMentions(text), leads: blockLeads(b, text), forms: numberForms(text) };
}

/** What the block rules depend on besides the block, as a key: the cache is kept only while it is the same. */
function contextKey(ctx: BlockContext, wordsId: number): string {
  return `${ctx.yearHint ?? ''}\u0001${wordsId}\u0001${ctx.hints.join('\u0002')}`;
}

let nextWordsId = 1;
const wordsIds = new WeakMap<object, number>();
const idOf = (o: object | undefined) => {
  if (!o) return 0;
  let id = wordsIds.get(o);
  if (!id) wordsIds.set(o, (id = nextWordsId++));
  return id;
};

export interface Checker {
  /** Every finding on the draft, in reading order. Only blocks changed since the last call are checked again. */
  check(content: ReportContent, metadata: Partial<DraftMetadata>, template?: TemplateRef, env?: CheckEnv): CheckResult;
  /**
   * Checks the blocks not checked yet, one by one while `more()` says there is
   * time; true once every block is (so `check` then only runs the
   * document-wide rules). The findings are those `check` would make.
   */
  warm(content: ReportContent, metadata: Partial<DraftMetadata>, more: () => boolean, template?: TemplateRef, env?: CheckEnv): boolean;
}

function blockContext(content: ReportContent, metadata: Partial<DraftMetadata>, template: TemplateRef | undefined, env: CheckEnv) {
  const hints = hintsOf(content, metadata, template);
  const ctx: BlockContext = {
    ...(typeof metadata.year === 'number' ? { yearHint: metadata.year } : {}),
    hints,
    ...(env.words ? { words: compiledWords(env.words) } : {}),
  };
  return { hints, ctx, key: contextKey(ctx, idOf(env.words)) };
}

export function createChecker(): Checker {
  const cache = new WeakMap<ReportBlock, Entry>();
  /** Where `warm` stopped: blocks before it were checked with that context key, in that content. */
  let warmed: { content: ReportContent; key: string; next: number } | null = null;
  const fresh = (i: number, b: ReportBlock, ctx: BlockContext, key: string): Entry => {
    const text = blockText(b);
    const found = b.type === 'table' ? cellFindings(i, b, ctx, CELL_RULES, TABLE_RULES) : FAMILIES.map((f) => (f.block ? f.block(i, b, text, ctx) : []));
    const e = { index: i, text, context: key, found, summary: summarize(b, text) };
    cache.set(b, e);
    return e;
  };
  return {
    warm(content, metadata, more, template, env = {}) {
      const { ctx, key } = blockContext(content, metadata, template, env);
      let i = warmed && warmed.content === content && warmed.key === key ? warmed.next : 0;
      for (; i < content.length; i++) {
        const b = content[i]!;
        if (cache.get(b)?.context === key) continue;
        if (!more()) break;
        fresh(i, b, ctx, key);
      }
      warmed = { content, key, next: i };
      return i >= content.length;
    },
    check(content, metadata, template, env = {}) {
      const { hints, ctx, key } = blockContext(content, metadata, template, env);
      const entries: Entry[] = [];
      for (const [i, b] of content.entries()) {
        let e = cache.get(b);
        if (!e || e.context !== key) {
          e = fresh(i, b, ctx, key);
        } else if (e.index !== i) {
          e = { ...e, index: i, found: e.found.map((fs) => fs.map((f) => moved(f, i))) };
          cache.set(b, e);
        }
        entries.push(e);
      }
      const texts = entries.map((e) => e.text);
      const summaries = entries.map((e) => e.summary);
      const year = decideYear(collectVotes(content, texts, summaries.map((s) => s.years)), metadata);
      const input: CheckInput = { content, metadata, texts, numbers: headingNumbers(content), summaries, year, hints, ...(template ? { template } : {}) };
      const seen = new Set<string>();
      const out: Finding[] = [];
      const take = (f: Finding) => {
        // Two families marking the very same text: the first one's finding stands.
        const at = f.cell ? `${f.block}.${f.cell.row}.${f.cell.cell}.${f.cell.paragraph}` : `${f.block}`;
        const k = f.start === f.end ? `${f.rule}:${at}:${f.start}:${f.message}` : `${at}:${f.start}:${f.end}`;
        if (seen.has(k)) return;
        seen.add(k);
        out.push(f);
      };
      FAMILIES.forEach((family, k) => {
        if (family.doc) for (const f of family.doc(input)) take(f);
        if (family.block || family.table) for (const e of entries) for (const f of e.found[k]!) take(f);
      });
      out.sort((a, b) => a.block - b.block || cellOrder(a) - cellOrder(b) || a.start - b.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
      return { findings: out, year };
    },
  };
}
