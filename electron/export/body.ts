// The report's blocks as paragraphs on the GB/T 9704 grid. Hints are editor
// guidance and never exported; heading numbers are written as text, computed
// from the structure; faces come from the font profile.
import { AlignmentType, Paragraph, TabStopType } from 'docx';
import type { FontProfile } from '../../shared/font-profiles';
import { blockText, type HeadingBlock, type ReportBlock, type ReportContent, type ReportText } from '../../shared/model';
import { headingNumbers } from '../../shared/numbering';
import { splitRunIn } from '../../shared/run-in';
import { attachmentLines } from './attachments';
import { closingIndents } from './closing';
import { BODY_CHARACTER_SPACING, HEADING_ROLE, SIZE } from './fonts';
import { gridParagraph } from './grid-paragraph';
import { TEXT_WIDTH, TWO_CHARS } from './page';
import { spanRuns, styledRuns, type RunStyle, type Span } from './runs';
import { stripIllegalXml } from './sanitize';
import { titleLines } from './title-lines';

export interface BodyOptions {
  profile: FontProfile;
  /** 一是、二是 leads in bold. */
  boldLeads: boolean;
  /** The signature and date placed for a seal. */
  sealed: boolean;
}

/** Blocks that reach the page: empty guidance-only paragraphs, and empty headings, addressees, signatures, dates, titles, attachments, are left out. */
export function exportedBlocks(content: ReportContent): ReportBlock[] {
  return content.filter((b) => {
    const empty = blockText(b).trim() === '';
    if (!empty) return true;
    return b.type === 'paragraph' && !b.hint;
  });
}

/** Spans of a block's text leaves, leads in bold when asked. */
function leafSpans(children: readonly ReportText[], style: RunStyle, boldLeads: boolean): Span[] {
  return children.map((c) => ({ text: c.text, style: c.lead && boldLeads ? { ...style, bold: true } : style }));
}

/** Spans restyled from `offset` (UTF-16 units into their joined text) on. */
function restyleFrom(spans: readonly Span[], offset: number, style: (s: RunStyle) => RunStyle): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const s of spans) {
    const end = at + s.text.length;
    if (end <= offset) out.push(s);
    else if (at >= offset) out.push({ text: s.text, style: style(s.style) });
    else {
      out.push({ text: s.text.slice(0, offset - at), style: s.style });
      out.push({ text: s.text.slice(offset - at), style: style(s.style) });
    }
    at = end;
  }
  return out;
}

/** Removes leading white space from the first spans (a paragraph's first-line indent does that work). */
function trimStart(spans: readonly Span[]): Span[] {
  const out = [...spans];
  while (out.length && out[0]!.text.trimStart() === '') out.shift();
  if (out.length) out[0] = { ...out[0]!, text: out[0]!.text.trimStart() };
  return out;
}

export function bodyParagraphs(content: ReportContent, options: BodyOptions): Paragraph[] {
  const { profile, boldLeads, sealed } = options;
  const body: RunStyle = { font: profile.faces.body, size: SIZE.body, characterSpacing: BODY_CHARACTER_SPACING };
  const blocks = exportedBlocks(content);
  const numbers = headingNumbers(blocks);
  const signature = blocks.find((b) => b.type === 'signature');
  const date = blocks.find((b) => b.type === 'date');
  const indents = closingIndents(signature ? blockText(signature).trim() : '', date ? blockText(date).trim() : '', sealed);
  const attachments = attachmentLines(blocks.filter((b) => b.type === 'attachment').map(blockText));
  let attachmentIndex = 0;

  const out: Paragraph[] = [];
  let lastEmpty = true; // nothing before the first block: no empty line is needed there
  const push = (p: Paragraph, empty = false) => {
    out.push(p);
    lastEmpty = empty;
  };
  const emptyLine = () => {
    if (!lastEmpty) push(gridParagraph({}), true);
  };

  const heading = (b: HeadingBlock, number: string): Paragraph => {
    const style: RunStyle = { ...body, font: profile.faces[HEADING_ROLE[b.level]] };
    let spans = leafSpans(b.children, style, boldLeads);
    if (b.runIn) {
      // The lead sentence in the level's face, the rest in the body face.
      const { lead } = splitRunIn(blockText(b));
      spans = restyleFrom(spans, lead.length, (s) => ({ ...s, font: body.font }));
    }
    return gridParagraph({
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: TWO_CHARS },
      children: spanRuns([{ text: number, style }, ...trimStart(spans)]),
    });
  };

  blocks.forEach((b, i) => {
    const next = blocks[i + 1];
    switch (b.type) {
      case 'title': {
        const lines = titleLines(stripIllegalXml(blockText(b)), SIZE.title, TEXT_WIDTH);
        const style: RunStyle = { font: profile.faces.title, size: SIZE.title, ...(profile.titleBold ? { bold: true } : {}) };
        push(gridParagraph({ alignment: AlignmentType.CENTER, children: styledRuns(lines.join('\n'), style) }, { snapToGrid: false }));
        // One empty body line after the (last) title.
        if (next?.type !== 'title') emptyLine();
        return;
      }
      case 'addressee': {
        // Flush left, ending in a full-width colon.
        const text = blockText(b).trim().replace(/[：:]?$/u, '：');
        push(gridParagraph({ alignment: AlignmentType.LEFT, children: styledRuns(text, body) }));
        return;
      }
      case 'paragraph': {
        const empty = blockText(b).trim() === '';
        push(
          // Spaces typed to indent (　　) would indent twice: the first-line indent does that.
          gridParagraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: TWO_CHARS }, children: spanRuns(trimStart(leafSpans(b.children, body, boldLeads))) }),
          empty,
        );
        return;
      }
      case 'heading':
        push(heading(b, numbers[i] ?? ''));
        return;
      case 'attachment': {
        if (blocks[i - 1]?.type !== 'attachment') emptyLine();
        const line = attachments[attachmentIndex++]!;
        const children = styledRuns(`${line.prefix}${line.tab ? '\t' : ''}${line.name}`, body);
        push(
          gridParagraph({
            alignment: AlignmentType.JUSTIFIED,
            indent: { left: line.left, hanging: line.hanging },
            ...(line.tab ? { tabStops: [{ type: TabStopType.LEFT, position: line.left }] } : {}),
            children,
          }),
        );
        return;
      }
      case 'signature':
      case 'date': {
        // One empty line between the body (or the 附件说明) and the signature block.
        const prev = blocks[i - 1];
        if (prev?.type !== 'signature' && prev?.type !== 'date') emptyLine();
        const right = b.type === 'signature' ? indents.signatureRight : indents.dateRight;
        push(gridParagraph({ alignment: AlignmentType.RIGHT, indent: { right }, children: styledRuns(blockText(b).trim(), body) }));
        return;
      }
    }
  });
  return out;
}
