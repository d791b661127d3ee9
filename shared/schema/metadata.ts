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

const filled = v.pipe(text, v.check((s: string) => s.trim() !== '', 'is empty'));

/** 版头 (GB/T 9704—2012 7.2): the red 发文机关标志, the 发文字号 and, for an upward document, the 签发人. */
export const RedHeaderSchema = object({
  /** 发文机关标志, e.g. 某某县司法局文件. */
  mark: filled,
  /** 发文字号, 机关代字〔年份〕序号号, e.g. 某司报〔2026〕3号 (its form is a 规范检查 rule, so a draft never fails to open over it). */
  number: filled,
  /** 签发人 of an upward document (报告、请示): the 文号 then goes left and the 签发人 right. */
  signer: v.optional(text),
});

/** 版记 (GB/T 9704—2012 7.4): 抄送机关, 印发机关 and 印发日期, at the foot of the last (even) page. */
export const ColophonSchema = object({
  /** 抄送机关, names separated by 、 or ，; absent or empty: none. */
  cc: v.optional(text),
  /** 印发机关, e.g. 某某县司法局办公室. */
  printer: filled,
  /** 印发日期, ISO yyyy-mm-dd. */
  printed: isoDate,
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
  /** The 版头 of a formal 文件; absent: none. */
  redHeader: v.optional(RedHeaderSchema),
  /** The 版记; absent: none. */
  colophon: v.optional(ColophonSchema),
});

/** Some of the metadata (a new draft's given fields): each one given is checked. */
export const PartialMetadataSchema = v.partial(DraftMetadataSchema);

export type FontProfileId = v.InferOutput<typeof FontProfileIdSchema>;
export type Deadline = v.InferOutput<typeof DeadlineSchema>;
export type DraftFormat = v.InferOutput<typeof DraftFormatSchema>;
export type DraftMetadata = v.InferOutput<typeof DraftMetadataSchema>;
export type YearGuess = v.InferOutput<typeof YearGuessSchema>;
export type RedHeader = v.InferOutput<typeof RedHeaderSchema>;
export type Colophon = v.InferOutput<typeof ColophonSchema>;

/** Names of the metadata fields as the clerk knows them (文稿信息), for messages. */
export const METADATA_LABELS: Record<keyof DraftMetadata | keyof DraftFormat | keyof RedHeader | keyof Colophon, string> = {
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
  redHeader: '版头',
  mark: '发文机关标志',
  number: '发文字号',
  signer: '签发人',
  colophon: '版记',
  cc: '抄送机关',
  printer: '印发机关',
  printed: '印发日期',
};
