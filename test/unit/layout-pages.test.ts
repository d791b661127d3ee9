// The page rules, with the last section (or a paragraph with a short last
// line, or the closing) shifted through every line of a page: no standalone
// heading ends a page, no page opens with a line of three characters or
// fewer, the signature and date never stand alone, and a short last line is
// pulled back by condensing its paragraph rather than leaving the grid.
import { describe, expect, it } from 'vitest';
import { buildDocx, exportLayout, type ExportInput } from '../../electron/export/docx-document';
import { layoutJson, type DraftLayout, type LineBox } from '../../shared/layout';
import { shiftedClosing, shiftedDrafts, shiftedShortLine } from '../support/shifted';
import { readDocxParts } from '../support/docx-zip';

const lines = (page: DraftLayout['pages'][number]) =>
  page.boxes.flatMap((b) => (b.box.kind === 'line' && b.box.lineKind !== null && b.box.text.trim() ? [{ box: b.box as LineBox, block: b.block }] : []));

function checkRules(input: ExportInput, name: string): DraftLayout {
  const layout = exportLayout(input);
  const standalone = new Set(layout.blocks.filter((b) => b.keepTogether && b.boxes.some((x) => x.kind === 'line' && x.lineKind === 'heading')).map((b) => b.block));
  layout.pages.forEach((page, p) => {
    const printed = lines(page);
    expect(printed.length, `${name}: page ${p + 1} is empty`).toBeGreaterThan(0);
    const last = printed[printed.length - 1]!;
    if (p < layout.pages.length - 1) expect(standalone.has(last.block) && last.box.lineKind === 'heading', `${name}: page ${p + 1} ends with the heading ${last.box.text}`).toBe(false);
    if (p > 0) expect([...printed[0]!.box.text.replace(/\s/gu, '')].length, `${name}: page ${p + 1} opens with ${printed[0]!.box.text}`).toBeGreaterThan(3);
    if (printed.some((l) => l.box.lineKind === 'signature' || l.box.lineKind === 'date')) {
      expect(printed.some((l) => l.box.lineKind === 'body' || l.box.lineKind === 'heading'), `${name}: the signature stands alone on page ${p + 1}`).toBe(true);
    }
  });
  // Never more than 22 lines on a page.
  for (const page of layout.pages) expect(page.boxes.reduce((n, b) => n + (b.box.kind === 'line' ? 1 : b.box.lines), 0)).toBeLessThanOrEqual(22);
  return layout;
}

describe('page rules through every line of a page', () => {
  it.each([
    ['last section of the county report', shiftedDrafts()],
    ['a paragraph ending in two characters', shiftedShortLine()],
    ['the closing after a long paragraph', shiftedClosing()],
  ] as const)('%s', (name, drafts) => {
    for (const [k, d] of drafts.entries()) checkRules(d, `${name}, shifted ${k}`);
  });

  it('pulls a two-character last line back by condensing that one paragraph, keeping the 22-line grid', () => {
    const condensed = shiftedShortLine()
      .map((d) => exportLayout(d))
      .filter((l) => l.blocks.some((b) => b.condensed !== undefined));
    expect(condensed.length).toBeGreaterThan(0);
    for (const layout of condensed) {
      const squeezed = layout.blocks.filter((b) => b.condensed !== undefined);
      expect(squeezed).toHaveLength(1);
      expect(squeezed[0]!.condensed).toBeLessThan(-5);
      expect(squeezed[0]!.condensed).toBeGreaterThanOrEqual(-20);
      // The page before is still full.
      const at = layout.pages.findIndex((p) => p.boxes.some((b) => b.block === squeezed[0]!.block));
      expect(layout.pages[at]!.boxes.length).toBe(22);
    }
  });

  it('writes the condensed spacing and the keep flags into the .docx', async () => {
    const input = shiftedShortLine().find((d) => exportLayout(d).blocks.some((b) => b.condensed !== undefined))!;
    const spacing = exportLayout(input).blocks.find((b) => b.condensed !== undefined)!.condensed!;
    const xml = readDocxParts(await buildDocx(input)).get('word/document.xml')!;
    expect(xml).toContain(`<w:spacing w:val="${spacing}"/>`);
    expect(xml).toMatch(/<w:keepNext\/>/u);
    expect(xml).toMatch(/<w:keepLines\/>/u);
  });

  it('reports the same pages as layout --json', () => {
    const layout = exportLayout(shiftedDrafts()[7]!);
    expect(layoutJson(layout).pages).toHaveLength(layout.pages.length);
  });
});
