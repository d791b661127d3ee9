// The document model of a report: a flat list of typed blocks, as stored,
// edited by Slate and exported. Heading numbers are never stored: they are
// computed from the structure (see numbering.ts).

export interface ReportText {
  text: string;
  /**
   * A counted lead (一是、二是……) at the start of a sentence: its count within
   * its section (2 for 二是), or true where not yet counted (as imported). The
   * editor keeps count and text right; export may bolden it. Neighbouring
   * leads always carry different counts, so the editor never merges them.
   */
  lead?: number | true;
}

export type HeadingLevel = 1 | 2 | 3 | 4;

interface BlockBase {
  children: ReportText[];
  /** Guidance shown while the block is empty (from the template); never exported. */
  hint?: string;
  /**
   * The template text this block was filled from, placeholders and all
   * ({单位}关于{年度}年度……). While the text still reads as filled from the
   * metadata, a metadata change refills it; once rewritten by hand it stays.
   */
  source?: string;
}

export interface TitleBlock extends BlockBase {
  type: 'title';
}
export interface AddresseeBlock extends BlockBase {
  type: 'addressee';
}
export interface ParagraphBlock extends BlockBase {
  type: 'paragraph';
}
export interface HeadingBlock extends BlockBase {
  type: 'heading';
  level: HeadingLevel;
  /**
   * A run-in heading (levels 2 and 3): the first sentence is the heading, the
   * rest of the text is its body, in one paragraph (see run-in.ts).
   */
  runIn?: boolean;
  /**
   * The number as typed in an imported or pasted text (e.g. （5）, 1、), kept
   * only when it differs from the computed number, so the format checker can
   * report it. The text never contains it; the computed number is shown.
   */
  typedNumber?: string;
}
/** One item of the 附件说明: the attachment's name, without 附件： or its number. */
export interface AttachmentBlock extends BlockBase {
  type: 'attachment';
}
export interface SignatureBlock extends BlockBase {
  type: 'signature';
}
export interface DateBlock extends BlockBase {
  type: 'date';
}

export type ReportBlock =
  | TitleBlock
  | AddresseeBlock
  | ParagraphBlock
  | HeadingBlock
  | AttachmentBlock
  | SignatureBlock
  | DateBlock;

export type BlockType = ReportBlock['type'];
export type ReportContent = ReportBlock[];

export const BLOCK_TYPES: readonly BlockType[] = [
  'title',
  'addressee',
  'paragraph',
  'heading',
  'attachment',
  'signature',
  'date',
];

export const HEADING_LEVELS: readonly HeadingLevel[] = [1, 2, 3, 4];

/** What a draft carries besides its text. */
export interface DraftMetadata {
  /** The unit's full name, e.g. 某某县司法局. */
  unit: string;
  /** The short form used in the text, e.g. 我局. */
  unitShort: string;
  /** The year the report is about. */
  year: number;
  /** 主送机关, without the colon. */
  addressee: string;
  /** 发文机关署名. */
  signature: string;
  /** 成文日期 as an ISO date, yyyy-mm-dd. */
  date: string;
  /** How the draft is laid out on export; defaults apply where absent. */
  format?: DraftFormat;
  /** Due dates (报送, 公开), from the template and editable per draft. */
  deadlines?: Deadline[];
}

export interface Deadline {
  /** What is due, e.g. 报送 or 公开. */
  label: string;
  /** ISO date, yyyy-mm-dd. */
  date: string;
}

/** Sets of faces for the official fonts (see the export's font profiles). */
export type FontProfileId = 'standard' | 'windows' | 'linux';
export const FONT_PROFILE_IDS: readonly FontProfileId[] = ['standard', 'windows', 'linux'];

export interface DraftFormat {
  /** Absent: the global default profile. */
  fontProfile?: FontProfileId;
  /** With a seal (加盖印章): the date indented four characters, the signature centred over it. */
  sealed?: boolean;
  /** 一是、二是 leads in bold. */
  boldLeads?: boolean;
}

export function blockText(block: ReportBlock): string {
  return block.children.map((t) => t.text).join('');
}

export function block<T extends BlockType>(
  type: T,
  text: string,
  extra: Omit<Extract<ReportBlock, { type: T }>, 'type' | 'children'>,
): Extract<ReportBlock, { type: T }> {
  return { type, ...extra, children: [{ text }] } as Extract<ReportBlock, { type: T }>;
}

/** The draft title is the text of the title block(s), joined. */
export function contentTitle(content: ReportContent): string {
  return content
    .filter((b) => b.type === 'title')
    .map(blockText)
    .join('')
    .trim();
}

/** Characters a reader counts in one block: everything but white space. */
export function blockCharacterCount(block: ReportBlock): number {
  let n = 0;
  for (const ch of blockText(block)) if (!/\s/u.test(ch)) n++;
  return n;
}

/** Characters a reader counts (字数): everything but white space. */
export function characterCount(content: ReportContent, count: (b: ReportBlock) => number = blockCharacterCount): number {
  let n = 0;
  for (const b of content) n += count(b);
  return n;
}

/** Checks that an unknown value is a well-formed report content; returns a reason if not. */
export function validateContent(value: unknown): string | null {
  if (!Array.isArray(value)) return 'content is not a list of blocks';
  for (const [i, b] of value.entries()) {
    if (typeof b !== 'object' || b === null) return `block ${i} is not an object`;
    const type = (b as { type?: unknown }).type;
    if (!BLOCK_TYPES.includes(type as BlockType)) return `block ${i} has unknown type ${String(type)}`;
    if (type === 'heading' && !HEADING_LEVELS.includes((b as { level?: unknown }).level as HeadingLevel)) {
      return `block ${i} is a heading without a level 1-4`;
    }
    const children = (b as { children?: unknown }).children;
    if (!Array.isArray(children) || children.length === 0) return `block ${i} has no text children`;
    if (!children.every((c) => typeof c === 'object' && c !== null && typeof (c as ReportText).text === 'string')) {
      return `block ${i} has a child without text`;
    }
    if (!children.every((c) => validLead((c as { lead?: unknown }).lead))) {
      return `block ${i} has a lead that is not true or a count`;
    }
    const fields = b as Record<string, unknown>;
    for (const key of ['hint', 'source', 'typedNumber'] as const) {
      if (key in fields && typeof fields[key] !== 'string') return `block ${i} has a ${key} that is not text`;
    }
    if (type === 'heading' && 'runIn' in b && typeof (b as { runIn?: unknown }).runIn !== 'boolean') {
      return `block ${i} has a runIn that is not true or false`;
    }
  }
  return null;
}

const validLead = (lead: unknown) => lead === undefined || lead === true || (Number.isInteger(lead) && (lead as number) >= 0);

/** An ISO calendar date, yyyy-mm-dd, that exists. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

const METADATA_TEXTS = ['unit', 'unitShort', 'addressee', 'signature', 'date'] as const;

/** Checks that an unknown value is well-formed draft metadata; returns a reason if not. */
export function validateMetadata(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'metadata is not an object';
  const m = value as Record<string, unknown>;
  for (const key of METADATA_TEXTS) if (typeof m[key] !== 'string') return `metadata.${key} is not text`;
  if (typeof m.year !== 'number' || !Number.isInteger(m.year)) return 'metadata.year is not a whole number';
  if (!isIsoDate(m.date)) return 'metadata.date is not a date in the form 2026-03-01';
  if (m.deadlines !== undefined) {
    if (!Array.isArray(m.deadlines)) return 'metadata.deadlines is not a list';
    for (const d of m.deadlines as unknown[]) {
      const x = d as Partial<Deadline> | null;
      if (!x || typeof x.label !== 'string' || !isIsoDate(x.date)) {
        return 'metadata.deadlines holds an entry without label and ISO date';
      }
    }
  }
  if (m.format === undefined) return null;
  const f = m.format as Record<string, unknown> | null;
  if (typeof f !== 'object' || f === null || Array.isArray(f)) return 'metadata.format is not an object';
  if (f.fontProfile !== undefined && !FONT_PROFILE_IDS.includes(f.fontProfile as FontProfileId)) {
    return `metadata.format.fontProfile ${String(f.fontProfile)} is unknown`;
  }
  for (const key of ['sealed', 'boldLeads'] as const) {
    if (f[key] !== undefined && typeof f[key] !== 'boolean') return `metadata.format.${key} is not true or false`;
  }
  return null;
}
