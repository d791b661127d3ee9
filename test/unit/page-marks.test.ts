// What the editor draws of the layout: every page's first printed line is
// found in the typed text at the offset the marks give (heading numbers and
// added marks passed over), and the signature and date carry the printed
// right indent.
import { describe, expect, it } from 'vitest';
import { exportLayout, type ExportInput } from '../../electron/export/docx-document';
import { lineOffsets, pageMarks } from '../../shared/layout/page-marks';
import { blockText, type ReportContent } from '../../shared/model';
import { FIXTURE_REPORTS, loadFixtureReport } from '../fixtures/export/reports';
import { makeLongReport } from '../support/long-report';
import { shiftedDrafts } from '../support/shifted';

const norm = (s: string) => s.replace(/\s/gu, '');

/** Checks that each page's first line is where the marks say in the typed text. */
function checkPageStarts(input: ExportInput): number {
  const layout = exportLayout(input);
  const marks = pageMarks(input.content, layout);
  expect(marks.pages).toBe(layout.pages.length);
  const found = new Map<number, { block: number; offset: number }>();
  for (const [block, m] of marks.blocks) for (const s of m.pageStarts ?? []) found.set(s.page, { block, offset: s.offset });
  for (const page of layout.pages.slice(1)) {
    const first = page.boxes.find((b) => b.block >= 0)!;
    const at = found.get(page.number);
    expect(at, `page ${page.number} has no mark`).toBeDefined();
    const text = blockText(input.content[at!.block]!);
    const line = first.box.kind === 'line' ? first.box.text : '';
    // A heading's first line carries its computed number, which is not typed.
    const typed = input.content[at!.block]!.type === 'heading' && at!.offset === 0 ? '' : norm(line).slice(0, 6);
    expect(norm(text.slice(at!.offset)).startsWith(typed), `page ${page.number}: “${line}” at ${at!.offset} of “${text.slice(0, 40)}”`).toBe(true);
  }
  return layout.pages.length;
}

describe('page marks', () => {
  it('find every page start in the fixture reports, long reports and shifted drafts', () => {
    for (const name of FIXTURE_REPORTS) expect(checkPageStarts(loadFixtureReport(name))).toBeGreaterThan(1);
    expect(checkPageStarts(makeLongReport(20_000, { mixed: true }))).toBeGreaterThan(10);
    for (const d of shiftedDrafts()) checkPageStarts(d);
  });

  it('mark a page that starts inside a paragraph at the character the printed page opens with', () => {
    const input = makeLongReport(6_000, { paragraphChars: 500 });
    const layout = exportLayout(input);
    const marks = pageMarks(input.content, layout);
    const inside = [...marks.blocks.values()].flatMap((m) => m.pageStarts ?? []).filter((s) => s.offset > 0);
    expect(inside.length).toBeGreaterThan(0);
  });

  it('give the closing its printed right indents', () => {
    const content: ReportContent = [
      { type: 'title', children: [{ text: '某某县司法局关于2025年法治政府建设情况的报告' }] },
      { type: 'paragraph', children: [{ text: '正文。' }] },
      { type: 'signature', children: [{ text: '某某县司法局' }] },
      { type: 'date', children: [{ text: '2026年1月10日' }] },
    ];
    const input: ExportInput = { title: 't', metadata: { unit: '某某县司法局' } as ExportInput['metadata'], content };
    const layout = exportLayout(input);
    const marks = pageMarks(content, layout);
    const signature = layout.blocks.find((b) => b.block === 2)!.source.right;
    expect(marks.blocks.get(2)!.right).toBe(signature);
    expect(marks.blocks.get(3)!.right).toBeGreaterThan(0);
  });

  it('pass over a heading number and white space the layout drops', () => {
    expect(lineOffsets('  坚持依法决策，完善制度', ['一、坚持依法', '决策，完善制度'], 2)).toEqual([2, 6]);
    expect(lineOffsets('某某县\n关于工作的报告', ['某某县关于', '工作的报告'])).toEqual([0, 6]);
  });
});
