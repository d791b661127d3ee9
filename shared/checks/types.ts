// What a format check reports: a rule, where (block index and offsets in the
// block's text), how serious, what the offending text is, and — only where
// the correction cannot change what the clerk meant — a fix.
import type { DraftMetadata, ReportContent } from '../model';
import type { TemplateBlock } from '../template';

export type Severity = 'error' | 'warning' | 'info';

/** The groups the 检查 panel shows findings in. */
export type CheckKind = 'numbering' | 'punctuation' | 'spaces' | 'dates' | 'frame' | 'years' | 'structure' | 'length';

/** Replace the text between two offsets of a block's text. */
export interface TextEdit {
  kind: 'text';
  block: number;
  start: number;
  end: number;
  text: string;
}

/** Drop a heading's typed number: the computed number is what shows and exports. */
export interface TypedNumberEdit {
  kind: 'typed-number';
  block: number;
}

export type FixEdit = TextEdit | TypedNumberEdit;

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
}

/** The template a draft follows: an id, and its blocks where known. */
export interface TemplateRef {
  id: string;
  blocks?: readonly TemplateBlock[];
}

/** What every rule reads. */
export interface CheckInput {
  content: ReportContent;
  /** The draft's metadata; a report year is only known where `year` is set. */
  metadata: Partial<DraftMetadata>;
  template?: TemplateRef;
  /** Each block's text, by index. */
  texts: readonly string[];
  /** Each heading's computed number (null for other blocks). */
  numbers: readonly (string | null)[];
}

/** One family of rules: a pure function of the input. */
export type RuleFamily = (input: CheckInput) => Finding[];
