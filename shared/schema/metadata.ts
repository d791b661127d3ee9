// What a draft carries besides its text, defined once (types derived).
import * as v from 'valibot';
import { isoFromParts } from '../dates';

/** An ISO calendar date, yyyy-mm-dd, that exists. */
export function isIsoDate(value: unknown): value is string {
  const m = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value) : null;
  return m !== null && isoFromParts(Number(m[1]), Number(m[2]), Number(m[3])) === value;
}

const text = v.string('is not text');
const isoDate = v.pipe(v.string('is not a date in the form 2026-03-01'), v.check((s: string) => isIsoDate(s), 'is not a date in the form 2026-03-01'));
const flag = v.boolean('is not true or false');

/** Sets of faces for the official fonts (see the export's font profiles). */
export const FONT_PROFILE_IDS = ['standard', 'windows', 'linux'] as const;
export const FontProfileIdSchema = v.picklist(
  FONT_PROFILE_IDS,
  (issue) => `is unknown (${String(issue.input)}; expected one of ${FONT_PROFILE_IDS.join(', ')})`,
);

const object = <E extends v.ObjectEntries>(entries: E) => v.strictObject(entries, 'is not an object');

export const DeadlineSchema = object({
  /** What is due, e.g. 报送 or 公开. */
  label: text,
  /** ISO date, yyyy-mm-dd. */
  date: isoDate,
});

export const DraftFormatSchema = object({
  /** Absent: the global default profile. */
  fontProfile: v.optional(FontProfileIdSchema),
  /** With a seal (加盖印章): the date indented four characters, the signature centred over it. */
  sealed: v.optional(flag),
  /** 一是、二是 leads in bold. */
  boldLeads: v.optional(flag),
});

/** How a year not chosen by the clerk was come by (see DraftMetadata.yearGuessed). */
export const YEAR_GUESSES = ['text', 'default'] as const;
export const YearGuessSchema = v.picklist(YEAR_GUESSES, 'is not text or default');

export const DraftMetadataSchema = object({
  /** The unit's full name, e.g. 某某县司法局. */
  unit: text,
  /** The short form used in the text, e.g. 我局. */
  unitShort: text,
  /** The year the report is about. */
  year: v.pipe(v.number('is not a whole number'), v.integer('is not a whole number')),
  /**
   * Set only where the clerk did not choose the year: 'text' when import read
   * it from the report's text, 'default' when the text gave none and the year
   * is the one a report written on the import day would be about. Absent: the
   * clerk chose or confirmed it (新建, 文稿信息), and the checks hold the text
   * to it; otherwise they read the year from the text (see checks/report-year.ts).
   */
  yearGuessed: v.optional(YearGuessSchema),
  /** 主送机关, without the colon. */
  addressee: text,
  /** 发文机关署名. */
  signature: text,
  /** 成文日期 as an ISO date, yyyy-mm-dd. */
  date: isoDate,
  /** How the draft is laid out on export; defaults apply where absent. */
  format: v.optional(DraftFormatSchema),
  /** Due dates (报送, 公开), from the template and editable per draft. */
  deadlines: v.optional(v.array(DeadlineSchema, 'is not a list')),
});

/** Some of the metadata (a new draft's given fields): each one given is checked. */
export const PartialMetadataSchema = v.partial(DraftMetadataSchema);

export type FontProfileId = v.InferOutput<typeof FontProfileIdSchema>;
export type Deadline = v.InferOutput<typeof DeadlineSchema>;
export type DraftFormat = v.InferOutput<typeof DraftFormatSchema>;
export type DraftMetadata = v.InferOutput<typeof DraftMetadataSchema>;
export type YearGuess = v.InferOutput<typeof YearGuessSchema>;

/** Names of the metadata fields as the clerk knows them (文稿信息), for messages. */
export const METADATA_LABELS: Record<keyof DraftMetadata | keyof DraftFormat, string> = {
  unit: '单位全称',
  unitShort: '单位简称',
  year: '年度',
  yearGuessed: '年度来源',
  addressee: '主送机关',
  signature: '署名',
  date: '成文日期',
  format: '版式',
  fontProfile: '字体方案',
  sealed: '加盖印章',
  boldLeads: '“一是、二是”加粗',
  deadlines: '截止日期',
};
