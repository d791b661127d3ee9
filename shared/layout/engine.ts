// The layout of a whole draft: its blocks set into lines (each paragraph set
// once and kept until it changes), then placed on pages. One engine serves the
// editor (relaid out on every keystroke), the .docx export (which writes the
// page breaks it decided), the PDF and `layout --json`.
import type { DraftMetadata, ReportContent } from '../model';
import { layoutBlocks, type LayoutOptions, type SetBlock } from './blocks';
import { placeColophon, type ColophonPlacement } from './colophon';
import { LineCache } from './line-cache';
import type { LineKind } from './boxes';
import { paginate, type Page } from './paginate';
import { redHeaderBlock } from './red-header';

export interface LayoutInput {
  content: ReportContent;
  metadata: Pick<DraftMetadata, 'unit' | 'format' | 'redHeader' | 'colophon'>;
}

export interface DraftLayout {
  pages: Page[];
  /** Every block as set, in page order, with what the export writes for it (the 版头 first, when there is one). */
  blocks: SetBlock[];
  /** Where the 版记 goes, when the draft has one. */
  colophon?: ColophonPlacement;
}

/** The 版头 before the blocks, then pages, then the 版记 at the foot of the last even page. */
function place(sets: SetBlock[], metadata: LayoutInput['metadata']): DraftLayout {
  const { pages, sets: placed } = paginate(metadata.redHeader ? [redHeaderBlock(metadata.redHeader), ...sets] : sets);
  if (!metadata.colophon) return { pages, blocks: placed };
  const withColophon = placeColophon(pages, metadata.colophon);
  return { pages: withColophon.pages, blocks: placed, colophon: withColophon.placement };
}

const optionsOf = (m: LayoutInput['metadata']): LayoutOptions => ({
  sealed: m.format?.sealed === true,
  boldLeads: m.format?.boldLeads === true,
  unit: (m.unit ?? '').trim(),
});

/** Lays drafts out, keeping each paragraph's lines until its text or place changes. */
export class LayoutEngine {
  private readonly cache = new LineCache();

  layout(input: LayoutInput): DraftLayout {
    const sets = layoutBlocks(input.content, optionsOf(input.metadata), this.cache);
    this.cache.sweep();
    return place(sets, input.metadata);
  }
}

/** The layout of one draft, from scratch. */
export function layoutDraft(input: LayoutInput): DraftLayout {
  return place(layoutBlocks(input.content, optionsOf(input.metadata)), input.metadata);
}

export interface LayoutJson {
  pages: { number: number; lines: { text: string; kind: LineKind }[] }[];
}

/** Every printed line, page by page (empty lines and page numbers left out), as `layout --json` prints it. */
export function layoutJson(layout: DraftLayout): LayoutJson {
  return {
    pages: layout.pages.map((p) => ({
      number: p.number,
      lines: p.boxes.flatMap(({ box }) => (box.kind === 'line' && box.lineKind !== null && box.text.trim() !== '' ? [{ text: box.text, kind: box.lineKind }] : [])),
    })),
  };
}
