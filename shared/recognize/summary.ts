// The import's report, as the clerk reads it: how many paragraphs, headings,
// tables and pictures came in, and what could not be brought over and is
// marked in the text ("2 个文本框、1 个图表未能导入，已在文中标出").
import type { OmittedKind, ReportContent } from '../model';

export interface ImportNotes {
  /** Omitted content by kind: how many of each stand in the text as omitted blocks (or in table cells). */
  omitted: Partial<Record<OmittedKind, number>>;
  /** Tracked changes, imported as if accepted. */
  revisions: number;
}

export const NO_NOTES: ImportNotes = { omitted: {}, revisions: 0 };

const KIND_WORDS: Record<OmittedKind, [string, string]> = {
  textbox: ['个', '文本框'],
  footnote: ['条', '脚注'],
  endnote: ['条', '尾注'],
  comment: ['条', '批注'],
  chart: ['个', '图表'],
  smartart: ['个', 'SmartArt 图形'],
  object: ['个', '嵌入对象'],
  equation: ['个', '公式'],
  picture: ['张', '不支持的图片'],
  other: ['个', '其他对象'],
};

/** The name of an omitted kind, as the editor labels its block (文本框, 图表 …). */
export function omittedLabel(kind: OmittedKind): string {
  return KIND_WORDS[kind][1];
}

/** "2 个文本框、1 个图表未能导入，已在文中标出", or '' when everything came over. */
export function omittedSentence(notes: ImportNotes): string {
  const parts = (Object.keys(KIND_WORDS) as OmittedKind[])
    .filter((k) => (notes.omitted[k] ?? 0) > 0)
    .map((k) => `${notes.omitted[k]} ${KIND_WORDS[k][0]}${KIND_WORDS[k][1]}`);
  return parts.length ? `${parts.join('、')}未能导入，已在文中标出` : '';
}

/** The whole report: "34 段，其中标题 6 个、表格 1 个、图片 1 张；2 个文本框未能导入，已在文中标出". */
export function importSummary(content: ReportContent, notes: ImportNotes): string {
  const headings = content.filter((b) => b.type === 'heading').length;
  const tables = content.filter((b) => b.type === 'table').length;
  const pictures = content.filter((b) => b.type === 'image').length;
  const counted = [`标题 ${headings} 个`, ...(tables ? [`表格 ${tables} 个`] : []), ...(pictures ? [`图片 ${pictures} 张`] : [])];
  const extras = [omittedSentence(notes), ...(notes.revisions ? [`${notes.revisions} 处修订已按“接受修订”导入`] : [])].filter(Boolean);
  return [`${content.length} 段，其中${counted.join('、')}`, ...extras].join('；');
}
