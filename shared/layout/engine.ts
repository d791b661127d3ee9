// The layout of a whole draft: its blocks set into lines (each paragraph set
// once and kept until it changes), then placed on pages. One engine serves the
// editor (relaid out on every keystroke), the .docx export (which writes the
// page breaks it decided), the PDF and `layout --json`.
import type { DraftMetadata, ReportContent } from '../model';
import { layoutBlocks, type LayoutOptions, type SetBlock } from './blocks';
import { LineCache } from './line-cache';
import type { LineKind } from './boxes';
import { paginate, type Page } from './paginate';

export interface LayoutInput {
  content: ReportContent;
  metadata: Pick<DraftMetadata, 'unit' | 'format'>;
}

export interface DraftLayout {
  pages: Page[];
  /** Every block as set, in page order, with what the export writes for it. */
  blocks: SetBlock[];
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
    const { pages, sets: placed } = paginate(sets);
    return { pages, blocks: placed };
  }
}

/** The layout of one draft, from scratch. */
export function layoutDraft(input: LayoutInput): DraftLayout {
  const { pages, sets } = paginate(layoutBlocks(input.content, optionsOf(input.metadata)));
  return { pages, blocks: sets };
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
