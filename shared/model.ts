// The document model of a report: a flat list of typed blocks, as stored,
// edited by Slate and exported. Heading numbers are never stored: they are
// computed from the structure (see numbering.ts).

export interface ReportText {
  text: string;
}

export type HeadingLevel = 1 | 2 | 3 | 4;

interface BlockBase {
  children: ReportText[];
  /** Guidance shown while the block is empty (from the template); never exported. */
  hint?: string;
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
  | SignatureBlock
  | DateBlock;

export type BlockType = ReportBlock['type'];
export type ReportContent = ReportBlock[];

export const BLOCK_TYPES: readonly BlockType[] = [
  'title',
  'addressee',
  'paragraph',
  'heading',
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

/** Characters a reader counts (字数): everything but white space. */
export function characterCount(content: ReportContent): number {
  let n = 0;
  for (const b of content) for (const ch of blockText(b)) if (!/\s/u.test(ch)) n++;
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
  }
  return null;
}
