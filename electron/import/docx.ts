// A .docx (Word or WPS) → source paragraphs: the body's paragraphs in order,
// tables as table blocks, pictures as image blocks after the paragraph
// holding them; text boxes, notes, comments, charts, SmartArt, objects and
// equations as omitted blocks keeping their text. Tracked deletions, field
// codes and hidden text are left out, insertions kept (as if accepted),
// automatic numbers rendered.
import type { ParagraphBlock, ReportBlock } from '../../shared/model';
import { cleanLine, type SourceParagraph } from '../../shared/recognize';
import { omittedLabel } from '../../shared/recognize/summary';
import { Collected } from './collected';
import { readDrawing, readPict, type Found } from './docx-drawing';
import type { DocxParts } from './docx-package';
import { readTable } from './docx-table';
import { attr, child, elements, isOn, textOf, val, type XmlElement } from './xml';

export { readDocxParts, type DocxParts } from './docx-package';

/** Runs that hold no text of the report. */
const SKIP = new Set(['pPr', 'rPr', 'instrText', 'delText', 'delInstrText', 'fldData', 'sectPr', 'bookmarkStart', 'bookmarkEnd', 'proofErr', 'permStart', 'permEnd', 'lastRenderedPageBreak', 'commentRangeStart', 'commentRangeEnd']);
const NOTES = { footnoteReference: 'footnote', endnoteReference: 'endnote', commentReference: 'comment' } as const;

class Walker {
  readonly out: SourceParagraph[] = [];

  constructor(
    private readonly parts: DocxParts,
    readonly found: Collected,
  ) {}

  blockLevel(parent: XmlElement, out: SourceParagraph[] = this.out): void {
    for (const el of elements(parent)) {
      switch (el.localName) {
        case 'p':
          this.paragraph(el, out);
          break;
        case 'tbl': {
          const table = readTable(el, (tc) => this.cell(tc));
          if (table) out.push({ text: '', block: table });
          break;
        }
        case 'sdt':
          this.blockLevel(child(el, 'sdtContent') ?? el, out);
          break;
        case 'ins':
        case 'moveTo':
          this.found.revision(attr(el, 'id'));
          this.blockLevel(el, out);
          break;
        case 'del':
        case 'moveFrom':
          this.found.revision(attr(el, 'id'));
          break;
        case 'customXml':
        case 'txbxContent':
          this.blockLevel(el, out);
          break;
        case 'AlternateContent':
          this.blockLevel(chosen(el), out);
          break;
      }
    }
  }

  private paragraph(p: XmlElement, out: SourceParagraph[]): void {
    const pPr = child(p, 'pPr');
    const style = this.parts.styles.resolve(val(pPr, 'pStyle'));
    const numPr = child(pPr, 'numPr');
    const numId = val(numPr, 'numId') ?? style.numId;
    const ilvl = Number(val(numPr, 'ilvl') ?? style.ilvl ?? 0);
    const number = numId !== undefined ? this.parts.numbering.next(numId, ilvl) : '';
    const found: Found[] = [];
    const text = number + this.inline(p, found);
    const outline = val(pPr, 'outlineLvl');
    const level = outline !== undefined ? (Number(outline) <= 3 ? Number(outline) + 1 : undefined) : style.headingLevel;
    const source: SourceParagraph = { text };
    if (level) source.styleLevel = level as 1 | 2 | 3 | 4;
    if (style.title) source.styleTitle = true;
    out.push(source);
    for (const f of found) out.push({ text: '', block: f.kind === 'block' ? f.block : this.textBox(f.el) });
  }

  /** A text box: an omitted block holding its text, paragraphs apart by a line end. */
  private textBox(box: XmlElement): ReportBlock {
    const inner: SourceParagraph[] = [];
    this.blockLevel(box, inner);
    const text = inner.map((s) => (s.block ? blockTextOf(s.block) : cleanLine(s.text))).filter(Boolean).join('\n');
    return this.found.omit('textbox', text);
  }

  /** A table cell's paragraphs; what a cell cannot hold (a picture, a text box, a note) is named in its text. */
  private cell(tc: XmlElement): ParagraphBlock[] {
    const inner: SourceParagraph[] = [];
    this.blockLevel(tc, inner);
    const texts = inner.map((s) => {
      if (!s.block) return cleanLine(s.text);
      if (s.block.type === 'image') {
        this.found.count('picture');
        return '［图片］';
      }
      if (s.block.type === 'omitted') return `［${omittedLabel(s.block.kind)}］${blockTextOf(s.block)}`;
      return blockTextOf(s.block).replace(/[\t\n]+/gu, ' ');
    });
    // Empty paragraphs in a cell only space it out (or held a picture); the table layout does that.
    return texts.filter(Boolean).map((text) => ({ type: 'paragraph', children: [{ text }] }));
  }

  /** The text of a paragraph's runs; drawings, boxes, notes and equations met on the way go to `found`. */
  private inline(parent: XmlElement, found: Found[]): string {
    let text = '';
    for (const el of elements(parent)) {
      const name = el.localName;
      if (SKIP.has(name)) continue;
      switch (name) {
        case 'r':
          if (isOn(child(el, 'rPr'), 'vanish')) continue;
          text += this.inline(el, found);
          break;
        case 't':
          text += textOf(el);
          break;
        case 'tab':
        case 'ptab':
          text += '\t';
          break;
        case 'br':
          if (!/^(?:page|column)$/u.test(attr(el, 'type') ?? '')) text += '\n';
          break;
        case 'cr':
          text += '\n';
          break;
        case 'noBreakHyphen':
          text += '-';
          break;
        case 'sym':
        case 'softHyphen':
          break;
        case 'del':
        case 'moveFrom':
          this.found.revision(attr(el, 'id'));
          break;
        case 'ins':
        case 'moveTo':
          this.found.revision(attr(el, 'id'));
          text += this.inline(el, found);
          break;
        case 'footnoteReference':
        case 'endnoteReference':
        case 'commentReference': {
          const kind = NOTES[name];
          found.push({ kind: 'block', block: this.found.omit(kind, this.parts.notes[kind].get(attr(el, 'id') ?? '') ?? '') });
          break;
        }
        case 'oMath':
        case 'oMathPara':
          found.push({ kind: 'block', block: this.found.omit('equation', mathText(el)) });
          break;
        case 'object':
          found.push({ kind: 'block', block: this.found.omit('object') });
          break;
        case 'drawing':
          found.push(...readDrawing(el, this.parts, this.found));
          break;
        case 'pict':
          found.push(...readPict(el, this.parts, this.found));
          break;
        case 'txbxContent':
          found.push({ kind: 'box', el });
          break;
        case 'AlternateContent':
          text += this.inline(chosen(el), found);
          break;
        default:
          // hyperlink, smartTag, fldSimple, sdt/sdtContent, customXml …
          text += this.inline(el, found);
      }
    }
    return text;
  }
}

function blockTextOf(b: ReportBlock): string {
  if (b.type === 'table') return b.children.map((r) => r.children.map((c) => c.children.map((p) => p.children[0]!.text).join(' ')).join(' ')).join('\n');
  return b.children.map((t) => t.text).join('');
}

/** An equation's text: its m:t runs. */
function mathText(el: XmlElement): string {
  let out = '';
  for (const c of elements(el)) out += c.localName === 't' ? textOf(c) : mathText(c);
  return out;
}

/** The branch of mc:AlternateContent to read: the first Choice, else the Fallback. */
function chosen(alt: XmlElement): XmlElement {
  return elements(alt).find((e) => e.localName === 'Choice') ?? elements(alt).find((e) => e.localName === 'Fallback') ?? alt;
}

export interface DocxSource {
  paragraphs: SourceParagraph[];
  found: Collected;
}

export function docxParagraphs(parts: DocxParts): DocxSource {
  const walker = new Walker(parts, new Collected());
  walker.blockLevel(parts.body);
  return { paragraphs: walker.out, found: walker.found };
}
