// What a format check reports: a rule, where (block index and offsets in the
// block's text), how serious, what the offending text is, and — only where
// the correction cannot change what the clerk meant — a fix.
import type { DraftMetadata, ReportBlock, ReportContent, TableBlock } from '../model';
import type { TemplateBlock } from '../template';
import type { BlockLeads } from './lead-marks';
import type { NumberForms } from './number-forms';
import type { YearInference } from './report-year';
import type { YearMention } from './year-mentions';
import type { CompiledWords, WordList } from './word-list';

export type Severity = 'error' | 'warning' | 'info';

/** The groups the 检查 panel shows findings in. */
export type CheckKind = 'numbering' | 'leads' | 'punctuation' | 'spaces' | 'dates' | 'numbers' | 'words' | 'frame' | 'years' | 'structure' | 'length';

/** A paragraph inside a table: the row, the cell in that row and the paragraph in that cell. */
export interface CellPlace {
  row: number;
  cell: number;
  paragraph: number;
}

/** Replace the text between two offsets of a block's text (with `cell`, of that cell paragraph's text). */
export interface TextEdit {
  kind: 'text';
  block: number;
  start: number;
  end: number;
  text: string;
  cell?: CellPlace;
}

/** Drop a heading's typed number: the computed number is what shows and exports. */
export interface TypedNumberEdit {
  kind: 'typed-number';
  block: number;
}

/** Mark the text between two offsets as a counted lead (一是): the editor then counts it with the others. */
export interface LeadEdit {
  kind: 'lead';
  block: number;
  start: number;
  end: number;
  cell?: CellPlace;
}

/** Rewrite the 附件说明 from the attachments' titles (shared/annexes.ts); applied after every other edit, as it adds and removes blocks. */
export interface AttachmentNoteEdit {
  kind: 'attachment-note';
  block: number;
}

export type FixEdit = TextEdit | TypedNumberEdit | LeadEdit | AttachmentNoteEdit;

export interface Fix {
  /** What the fix does, in Chinese (e.g. 改为“，”). */
  label: string;
  edits: FixEdit[];
}

export interface Finding {
  rule: string;
  kind: CheckKind;
  severity: Severity;
  /** What is wrong and what is right, in Chinese. */
  message: string;
  /** Block index; for a missing part, the block it belongs before. */
  block: number;
  /** Offsets in the block's text (start = end where nothing is there to point at). */
  start: number;
  end: number;
  /** The offending text as it stands in the document (a typed heading number included). */
  excerpt: string;
  /** The sentence around it, for showing the finding in a list. */
  context: string;
  fix?: Fix;
  /** What the finding rests on: the norm, the word list, or the evidence the report year was read from. */
  evidence?: Evidence;
  /** In a table (`block`): the row, the cell in that row and the paragraph in that cell; offsets are in that paragraph's text. */
  cell?: CellPlace;
}

export interface Evidence {
  /** In Chinese: the norm (GB/T 15834—2011 4.13), or how the year was decided (按标题和开头段判断为2023年度报告). */
  basis: string;
  /** The facts weighed, in Chinese (标题：2023年度; 一级标题：2022年). */
  details?: string[];
}

/** The template a draft follows: an id, and its blocks where known. */
export interface TemplateRef {
  id: string;
  blocks?: readonly TemplateBlock[];
}

/** What the checks may be given besides the draft: the list of misused words (the word rule is off without it). */
export interface CheckEnv {
  words?: WordList;
}

/** What a rule over one block may read besides the block: the same for every block of a run. */
export interface BlockContext {
  /** The metadata's year, for writing two-digit years in full. */
  yearHint?: number;
  /** The template's hints as the clerk sees them (for hints left in the text). */
  hints: readonly string[];
  words?: CompiledWords;
}

/** A rule over one block; `index` only places its findings (they move with the block). */
export type BlockRule = (index: number, block: ReportBlock, text: string, ctx: BlockContext) => Finding[];

/** A rule over a whole table (what spans the paragraphs of a cell, as counting 一是、二是 does); findings carry `cell`. */
export type TableRule = (index: number, table: TableBlock) => Finding[];

/** What the document-wide rules read of a block, computed once per version of the block. */
export interface BlockSummary {
  years: readonly YearMention[];
  leads: BlockLeads;
  forms: NumberForms;
}

/** What every document-wide rule reads. */
export interface CheckInput {
  content: ReportContent;
  /** The draft's metadata; a report year is only known where `year` is set. */
  metadata: Partial<DraftMetadata>;
  template?: TemplateRef;
  /** Each block's text, by index. */
  texts: readonly string[];
  /** Each heading's computed number (null for other blocks). */
  numbers: readonly (string | null)[];
  /** Each block's summary, by index. */
  summaries: readonly BlockSummary[];
  /** The year the report is about, and on what evidence. */
  year: YearInference;
  /** As in BlockContext. */
  hints: readonly string[];
}

/** Document-wide rules: a pure function of the input, cheap (they run after every change). */
export type RuleFamily = (input: CheckInput) => Finding[];
