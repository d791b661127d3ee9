// The named styles of the export (word/styles.xml, written whole): 正文
// (Normal) carries the body's format, so a paragraph the supervisor adds, or
// text after 清除格式, prints as body text on the grid; 标题, 主送机关, 标题 1–4
// (with their outline levels, for the 导航窗格 and a TOC field), 附件说明, 署名,
// 成文日期 and the footer's page number carry theirs. Paragraphs name their
// style and carry only what differs from it (see body.ts).
//
// Built-in styles keep Word's English names (Normal, Title, heading 1, footer),
// which Word and WPS show as 正文, 标题, 标题 1 and 页脚; the others are named in
// Chinese. Other writers may add styles of their own (a table style) through
// `stylesXml`'s `extra`.
import { LATIN_FACE, type FontProfile } from '../../shared/font-profiles';
import { BODY_SPACING, COLOPHON_SIZE, LEFT_EDGE, LINE_PITCH, ONE_CHAR, SIZE, TWO_CHARS } from '../../shared/layout';
import { MARK_MAX_SIZE, RULE_WIDTH } from '../../shared/layout/red-header';
import type { HeadingLevel } from '../../shared/model';
import { xmlText } from './package-parts';
import type { RunStyle } from './runs';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Paragraph styles the export names, by id. */
export const PARAGRAPH_STYLES = [
  'Normal',
  'Title',
  'Addressee',
  'Heading1',
  'Heading2',
  'Heading3',
  'Heading4',
  'Attachment',
  'AnnexLabel',
  'Signature',
  'Date',
  'Footer',
  'Mark',
  'DocNumber',
  'RedRule',
  'Colophon',
] as const;
export type ParagraphStyleId = (typeof PARAGRAPH_STYLES)[number];

export const headingStyle = (level: HeadingLevel): ParagraphStyleId => `Heading${level}`;

/** What a paragraph of a style is without direct formatting. */
export interface StyleFormat {
  /** The name Word shows (built-in styles: Word's English name, which it translates). */
  name: string;
  align: 'justify' | 'left' | 'center' | 'right' | null;
  /** Twips; `firstLine` negative is a hanging indent. */
  indent: { left: number; right: number; firstLine: number };
  keepNext: boolean;
  keepLines: boolean;
  /** Off the document grid (the 22 pt title keeps its exact 579-twip lines). */
  offGrid: boolean;
  /** 0–3: the heading levels, for the 导航窗格 and a table of contents. */
  outlineLevel?: number;
  run: RunStyle & { latin: string; color?: string };
  /** Exact grid lines (false: single spacing, for the footer). */
  grid: boolean;
  /** The paragraph starts a new page (an attachment's 附件N line). */
  pageBreakBefore?: boolean;
  /** A border above the paragraph (the 版头's red separator). */
  topBorder?: { size: number; color: string };
}

/** The red of the 版头 (GB/T 9704: 红色). */
export const RED = 'FF0000';

const BODY_INDENT = { left: LEFT_EDGE, right: 0, firstLine: TWO_CHARS - LEFT_EDGE };
const FLUSH = { left: 0, right: 0, firstLine: 0 };

/** Every paragraph style of the export for a font profile. */
export function styleFormats(profile: FontProfile): Record<ParagraphStyleId, StyleFormat> {
  const { faces } = profile;
  const text = (font: string): StyleFormat['run'] => ({ font, latin: LATIN_FACE, size: SIZE.body, characterSpacing: BODY_SPACING });
  const base = { align: 'justify', indent: BODY_INDENT, keepNext: false, keepLines: false, offGrid: false, grid: true } as const;
  const heading = (level: HeadingLevel, font: string): StyleFormat => ({
    ...base,
    name: `heading ${level}`,
    keepNext: true,
    keepLines: true,
    outlineLevel: level - 1,
    run: text(font),
  });
  return {
    Normal: { ...base, name: 'Normal', run: text(faces.body) },
    Title: {
      ...base,
      name: 'Title',
      align: 'center',
      indent: FLUSH,
      keepNext: true,
      keepLines: true,
      offGrid: true,
      run: { font: faces.title, latin: LATIN_FACE, size: SIZE.title, characterSpacing: 0, ...(profile.titleBold ? { bold: true } : {}) },
    },
    Addressee: { ...base, name: '主送机关', align: 'left', indent: FLUSH, keepNext: true, keepLines: true, run: text(faces.body) },
    Heading1: heading(1, faces.heading1),
    Heading2: heading(2, faces.heading2),
    Heading3: heading(3, faces.heading3),
    Heading4: heading(4, faces.heading4),
    Attachment: { ...base, name: '附件说明', indent: { left: 0, right: 0, firstLine: TWO_CHARS }, run: text(faces.body) },
    // An attachment's 附件N line (GB/T 9704 8): 3号黑体, flush left, on a new page, kept with its title.
    AnnexLabel: { ...base, name: '附件标识', align: 'left', indent: FLUSH, keepNext: true, keepLines: true, pageBreakBefore: true, run: text(faces.heading1) },
    Signature: { ...base, name: '署名', align: 'right', indent: { left: 0, right: TWO_CHARS, firstLine: 0 }, run: text(faces.body) },
    Date: { ...base, name: '成文日期', align: 'right', indent: { left: 0, right: TWO_CHARS, firstLine: 0 }, run: text(faces.body) },
    Mark: {
      ...base,
      name: '发文机关标志',
      align: 'center',
      indent: FLUSH,
      offGrid: true,
      run: { font: faces.title, latin: LATIN_FACE, size: MARK_MAX_SIZE, characterSpacing: 0, color: RED },
    },
    DocNumber: { ...base, name: '发文字号', align: 'center', indent: FLUSH, offGrid: true, run: text(faces.body) },
    RedRule: { ...base, name: '版头分隔线', align: 'left', indent: FLUSH, offGrid: true, topBorder: { size: RULE_WIDTH, color: RED }, run: text(faces.body) },
    Colophon: {
      ...base,
      name: '版记',
      align: 'left',
      indent: { left: ONE_CHAR, right: ONE_CHAR, firstLine: 0 },
      offGrid: true,
      run: { font: faces.body, latin: LATIN_FACE, size: COLOPHON_SIZE, characterSpacing: 0 },
    },
    Footer: {
      ...base,
      name: 'footer',
      align: null,
      indent: FLUSH,
      grid: false,
      run: { font: faces.pageNumber, latin: faces.pageNumber, size: SIZE.pageNumber, characterSpacing: 0 },
    },
  };
}

const JC = { justify: 'both', left: 'left', center: 'center', right: 'right' } as const;

const onOff = (name: string, on: boolean) => (on ? `<w:${name}/>` : `<w:${name} w:val="0"/>`);

/** w:ind for an indent (every attribute written, so none is inherited). */
export function indXml(i: StyleFormat['indent']): string {
  const first = i.firstLine >= 0 ? `w:firstLine="${i.firstLine}"` : `w:hanging="${-i.firstLine}"`;
  return `<w:ind w:left="${i.left}" w:right="${i.right}" ${first}/>`;
}

function rFonts(eastAsia: string, latin: string): string {
  const l = xmlText(latin);
  return `<w:rFonts w:ascii="${l}" w:hAnsi="${l}" w:eastAsia="${xmlText(eastAsia)}" w:cs="${l}" w:hint="eastAsia"/>`;
}

function rPrXml(run: StyleFormat['run']): string {
  const bold = run.bold ? '<w:b/><w:bCs/>' : '';
  const color = run.color ? `<w:color w:val="${run.color}"/>` : '';
  return `<w:rPr>${rFonts(run.font, run.latin)}${bold}${color}<w:spacing w:val="${run.characterSpacing ?? 0}"/><w:sz w:val="${run.size}"/><w:szCs w:val="${run.size}"/></w:rPr>`;
}

function pPrXml(f: StyleFormat, isNormal: boolean): string {
  const spacing = f.grid
    ? `<w:spacing w:before="0" w:after="0" w:line="${LINE_PITCH}" w:lineRule="exact"/>`
    : '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>';
  return (
    '<w:pPr>' +
    (f.keepNext ? onOff('keepNext', true) : '') +
    (f.keepLines ? onOff('keepLines', true) : '') +
    (f.pageBreakBefore ? onOff('pageBreakBefore', true) : '') +
    // Every full page carries 22 lines (GB/T 9704 5.2.3): the layout turns widow control on where it needs it.
    (isNormal ? onOff('widowControl', false) : '') +
    (f.topBorder ? `<w:pBdr><w:top w:val="single" w:sz="${f.topBorder.size}" w:space="0" w:color="${f.topBorder.color}"/></w:pBdr>` : '') +
    (f.offGrid ? '<w:snapToGrid w:val="0"/>' : '') +
    spacing +
    indXml(f.indent) +
    (f.align ? `<w:jc w:val="${JC[f.align]}"/>` : '') +
    (f.outlineLevel !== undefined ? `<w:outlineLvl w:val="${f.outlineLevel}"/>` : '') +
    '</w:pPr>'
  );
}

function paragraphStyleXml(id: ParagraphStyleId, f: StyleFormat): string {
  const isNormal = id === 'Normal';
  return (
    `<w:style w:type="paragraph" w:styleId="${id}"${isNormal ? ' w:default="1"' : ''}>` +
    `<w:name w:val="${xmlText(f.name)}"/>` +
    (isNormal ? '' : '<w:basedOn w:val="Normal"/>') +
    (isNormal || id === 'Footer' ? '' : '<w:next w:val="Normal"/>') +
    (id === 'Footer' ? '<w:uiPriority w:val="99"/><w:unhideWhenUsed/>' : '<w:qFormat/>') +
    pPrXml(f, isNormal) +
    rPrXml(f.run) +
    '</w:style>'
  );
}

/** The defaults every document has, and the note styles docx's footnotes.xml and endnotes.xml name. */
const FIXED_STYLES =
  '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
  '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>' +
  '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
  '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
  ['Footnote', 'Endnote']
    .map(
      (kind) =>
        `<w:style w:type="paragraph" w:styleId="${kind}Text"><w:name w:val="${kind.toLowerCase()} text"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>` +
        `<w:style w:type="character" w:styleId="${kind}Reference"><w:name w:val="${kind.toLowerCase()} reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>`,
    )
    .join('');

/** word/styles.xml for a font profile; `extra` are further w:style elements (a table style). */
export function stylesXml(profile: FontProfile, extra: readonly string[] = []): string {
  const formats = styleFormats(profile);
  const defaults =
    '<w:docDefaults><w:rPrDefault><w:rPr>' +
    rFonts(profile.faces.body, LATIN_FACE) +
    `<w:sz w:val="${SIZE.body}"/><w:szCs w:val="${SIZE.body}"/>` +
    // Chinese text is Chinese for both word processors: their 避头尾 rules apply to it.
    '<w:lang w:val="en-US" w:eastAsia="zh-CN"/>' +
    '</w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<w:styles xmlns:w="${W_NS}">` +
    defaults +
    PARAGRAPH_STYLES.map((id) => paragraphStyleXml(id, formats[id])).join('') +
    FIXED_STYLES +
    extra.join('') +
    '</w:styles>'
  );
}
