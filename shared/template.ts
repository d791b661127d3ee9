// Templates are data (resources/templates/*.json); this turns one into the
// first content of a draft, filled from the draft's metadata.
import { block, BLOCK_TYPES, contentTitle, isIsoDate, type BlockType, type Deadline, type DraftMetadata, type HeadingLevel, type ReportBlock, type ReportContent } from './model';
import { chineseDate, isoDate, isoFromParts, reportYearFor } from './dates';

export interface TemplateBlock {
  type: BlockType;
  level?: HeadingLevel;
  /** Text with placeholders: {单位} {简称} {年度} {年度+1} {主送机关} {署名} {成文日期}. */
  text?: string;
  hint?: string;
}

/** A due date, counted in the year after the report year (1 March → 报送). */
export interface TemplateDeadline {
  label: string;
  month: number;
  day: number;
}

export interface ReportTemplate {
  id: string;
  name: string;
  description: string;
  deadlines: TemplateDeadline[];
  blocks: TemplateBlock[];
}

export type TemplateSummary = Pick<ReportTemplate, 'id' | 'name' | 'description' | 'deadlines'>;

export function summarizeTemplate(t: ReportTemplate): TemplateSummary {
  return { id: t.id, name: t.name, description: t.description, deadlines: t.deadlines };
}

/** The template's due dates for a report about `year` (in the year after it). */
export function templateDeadlines(deadlines: readonly TemplateDeadline[], year: number): Deadline[] {
  // A day past the month's end (29 February in a common year) is its last day.
  const date = (month: number, day: number): string => isoFromParts(year + 1, month, day) ?? date(month, day - 1);
  return deadlines.map((d) => ({ label: d.label, date: date(d.month, d.day) }));
}

export function defaultMetadata(today: Date, given: Partial<DraftMetadata> = {}): DraftMetadata {
  const unit = (given.unit ?? '').trim();
  return {
    unit,
    unitShort: (given.unitShort ?? '').trim(),
    year: given.year ?? reportYearFor(today),
    addressee: (given.addressee ?? '').trim().replace(/[：:]$/u, ''),
    signature: (given.signature ?? '').trim() || unit,
    date: given.date ?? isoDate(today),
    ...(given.format ? { format: given.format } : {}),
    ...(given.deadlines ? { deadlines: given.deadlines } : {}),
  };
}

export function fillPlaceholders(text: string, meta: DraftMetadata): string {
  const values: Record<string, string> = {
    单位: meta.unit,
    简称: meta.unitShort,
    年度: String(meta.year),
    '年度+1': String(meta.year + 1),
    主送机关: meta.addressee,
    署名: meta.signature,
    // A date that is not ISO (a hand-edited file) is left as written rather than failing.
    成文日期: isIsoDate(meta.date) ? chineseDate(meta.date) : meta.date,
  };
  return text.replace(/\{([^{}]+)\}/gu, (whole, key: string) => values[key] ?? whole);
}

const PLACEHOLDER = /\{[^{}]+\}/u;

/** A block's text as filled from its template source and the metadata. */
export function fillBlockText(type: BlockType, source: string, meta: DraftMetadata): string {
  const text = fillPlaceholders(source, meta).trim();
  // An addressee line ends in a full-width colon; with no addressee the line stays empty.
  return type === 'addressee' && text ? text.replace(/[：:]?$/u, '：') : text;
}

function instantiateBlock(t: TemplateBlock, meta: DraftMetadata): ReportBlock {
  const source = t.text ?? '';
  const extra = { ...(t.hint ? { hint: t.hint } : {}), ...(PLACEHOLDER.test(source) ? { source } : {}) };
  const text = fillBlockText(t.type, source, meta);
  if (t.type === 'heading') return block('heading', text, { level: t.level ?? 1, ...extra });
  return block(t.type, text, extra) as ReportBlock;
}

export function instantiateTemplate(template: ReportTemplate, meta: DraftMetadata): ReportContent {
  return template.blocks.map((b) => instantiateBlock(b, meta));
}

/** Checks template data read from disk; returns a reason if it is malformed. */
export function validateTemplate(value: unknown): string | null {
  const t = value as Partial<ReportTemplate> | null;
  if (!t || typeof t !== 'object') return 'template is not an object';
  for (const key of ['id', 'name', 'description'] as const) {
    if (typeof t[key] !== 'string' || !t[key]) return `template has no ${key}`;
  }
  if (!Array.isArray(t.deadlines)) return `template ${t.id} has no deadlines list`;
  for (const d of t.deadlines) {
    if (!d || typeof d.label !== 'string' || !Number.isInteger(d.month) || d.month < 1 || d.month > 12 || !Number.isInteger(d.day) || d.day < 1 || d.day > 31) {
      return `template ${t.id} has a deadline without label, month and day`;
    }
  }
  if (!Array.isArray(t.blocks) || t.blocks.length === 0) return `template ${t.id} has no blocks`;
  for (const [i, b] of t.blocks.entries()) {
    if (typeof b !== 'object' || b === null) return `template ${t.id} block ${i} is not an object`;
    // A template's blocks are text: tables, pictures and omitted content come from the clerk or an import.
    if (!BLOCK_TYPES.includes(b.type) || b.type === 'table' || b.type === 'image' || b.type === 'omitted') return `template ${t.id} block ${i}: unknown type ${String(b.type)}`;
    if ((b.text !== undefined && typeof b.text !== 'string') || (b.hint !== undefined && typeof b.hint !== 'string')) {
      return `template ${t.id} block ${i}: text and hint must be text`;
    }
    if (b.type === 'heading' && ![1, 2, 3, 4].includes(b.level ?? 0)) return `template ${t.id} block ${i}: heading without level`;
  }
  return null;
}

/** A new draft from a template: metadata filled from what was given, due dates from the template. */
export function newDraftFromTemplate(
  template: ReportTemplate,
  given: Partial<DraftMetadata>,
  today: Date,
): { title: string; template: string; metadata: DraftMetadata; content: ReportContent } {
  const metadata = defaultMetadata(today, given);
  metadata.deadlines ??= templateDeadlines(template.deadlines, metadata.year);
  const content = instantiateTemplate(template, metadata);
  return { title: contentTitle(content), template: template.id, metadata, content };
}
