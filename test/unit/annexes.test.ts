// Attachments as documents: the model's parts and labels, the 附件说明 kept in
// step, headings numbered afresh, and the layout's pages (each attachment on a
// new page: 附件N, an empty line, the title, an empty line, the content).
import { describe, expect, it } from 'vitest';
import { annexLabels, annexParts, mainTextEnd, noteChange, noteNameOf, syncAttachmentNote } from '../../shared/annexes';
import { layoutDraft, layoutJson } from '../../shared/layout';
import { block, blockText, type ReportContent } from '../../shared/model';
import { nextLeadFix } from '../../shared/leads';
import { headingNumbers } from '../../shared/numbering';
import { outlineOf, moveSectionDown } from '../../shared/outline';
import { annexedReport } from '../support/annexed-report';

const p = (text: string) => block('paragraph', text, {});
const main: ReportContent = [block('title', '某某县司法局关于2025年度工作的报告', {}), p('正文。'), block('signature', '某某县司法局', {}), block('date', '2026年3月1日', {})];
const notes = (c: ReportContent) => c.filter((b) => b.type === 'attachment').map(blockText);

describe('attachment parts and labels', () => {
  it('labels 附件 alone for one attachment and 附件1, 附件2 for more', () => {
    const one = [...main, block('annex', '名单', {}), p('甲')];
    expect(annexLabels(one).filter(Boolean)).toEqual(['附件']);
    const two = [...one, block('annex', '清单', {}), p('乙'), p('丙')];
    expect(annexParts(two)).toEqual([
      { index: 4, end: 6, label: '附件1', title: '名单' },
      { index: 6, end: 9, label: '附件2', title: '清单' },
    ]);
    expect(mainTextEnd(two)).toBe(4);
    expect(mainTextEnd(main)).toBe(main.length);
  });

  it('numbers headings afresh in each attachment and ends sections at an attachment', () => {
    const c = [...main.slice(0, 2), block('heading', '甲', { level: 1 }), p('x'), block('annex', '名单', {}), block('heading', '乙', { level: 1 }), block('heading', '丙', { level: 2 })];
    expect(headingNumbers(c).filter(Boolean)).toEqual(['一、', '一、', '（一）']);
    const outline = outlineOf(c);
    expect(outline[0]!.end).toBe(4);
    expect(moveSectionDown(c, 2)).toBeNull();
  });

  it('counts 一是 leads afresh in an attachment', () => {
    const lead = (text: string, n: number): ReportContent[number] => ({ type: 'paragraph', children: [{ text, lead: n }, { text: '加强学习。' }] });
    const c = [...main.slice(0, 2), lead('一是', 1), block('annex', '名单', {}), lead('二是', 2)];
    expect(nextLeadFix(c)).toMatchObject({ kind: 'renumber', block: 4, count: 1, text: '一是' });
  });
});

describe('the 附件说明 in step with the attachments', () => {
  it('adds the names before the signature when there is no 附件说明', () => {
    const c = syncAttachmentNote([...main, block('annex', '名单。', {}), block('annex', '工作\n清单', {})]);
    expect(c.map((b) => b.type).slice(0, 6)).toEqual(['title', 'paragraph', 'attachment', 'attachment', 'signature', 'date']);
    expect(notes(c)).toEqual(['名单', '工作清单']);
  });

  it('follows renames, reorders and deletions; leaves a draft without attachments as written', () => {
    let c = syncAttachmentNote([...main, block('annex', '甲表', {}), block('annex', '乙表', {})]);
    c = c.map((b) => (b.type === 'annex' && blockText(b) === '甲表' ? block('annex', '甲汇总表', {}) : b));
    expect(notes(syncAttachmentNote(c))).toEqual(['甲汇总表', '乙表']);
    const [a, b2] = annexParts(c);
    const swapped = [...c.slice(0, a!.index), c[b2!.index]!, c[a!.index]!];
    expect(notes(syncAttachmentNote(swapped))).toEqual(['乙表', '甲汇总表']);
    const one = syncAttachmentNote(c.slice(0, b2!.index));
    expect(notes(one)).toEqual(['甲汇总表']);
    const written = [...main.slice(0, 2), block('attachment', '另行报送的名单', {}), ...main.slice(2)];
    expect(syncAttachmentNote(written)).toBe(written);
    expect(noteChange(written)).toBeNull();
  });

  it('gathers scattered items into one 附件说明 and keeps an in-step one as it is', () => {
    const c = [main[0]!, block('attachment', '旧', {}), p('正文'), block('attachment', '又一个', {}), ...main.slice(2), block('annex', '名单', {})];
    const synced = syncAttachmentNote(c);
    expect(synced.map((b) => b.type)).toEqual(['title', 'attachment', 'paragraph', 'signature', 'date', 'annex']);
    expect(notes(synced)).toEqual(['名单']);
    expect(syncAttachmentNote(synced)).toBe(synced);
    expect(noteNameOf(' 名单；')).toBe('名单');
  });
});

describe('attachments on the page', () => {
  it('starts each attachment on a new page: 附件N, an empty line, the title, an empty line, its body', () => {
    const input = annexedReport();
    const layout = layoutDraft(input);
    const pages = layoutJson(layout).pages;
    const starts = pages.filter((pg) => pg.lines[0]?.kind === 'annex');
    expect(starts.map((pg) => pg.lines[0]!.text)).toEqual(['附件1', '附件2']);
    for (const pg of starts) {
      const page = layout.pages[pg.number - 1]!;
      const at = (line: number) => page.boxes.find((b) => b.line === line)?.box;
      const title = at(2);
      expect(at(0)).toMatchObject({ kind: 'line', lineKind: 'annex', align: 'left', left: 0, runs: [{ role: 'heading1' }] });
      expect(at(1)).toMatchObject({ kind: 'line', lineKind: null });
      expect(title).toMatchObject({ kind: 'line', lineKind: 'title', align: 'center' });
    }
    // The main text's last page holds the 附件说明 and the closing; the attachments come after it.
    const mainLast = pages[starts[0]!.number - 2]!;
    expect(mainLast.lines.map((l) => l.kind)).toEqual(expect.arrayContaining(['attachment', 'signature', 'date']));
    expect(mainLast.lines.filter((l) => l.kind === 'attachment').map((l) => l.text.replace(/\s/gu, ''))[0]).toMatch(/^附件：1\./u);
    // Headings restart in each attachment.
    const annexHeadings = pages.slice(starts[0]!.number - 1).flatMap((pg) => pg.lines.filter((l) => l.kind === 'heading').map((l) => l.text.slice(0, 2)));
    expect(annexHeadings).toEqual(['一、', '二、', '一、', '二、', '三、']);
  });

  it('places the 版记 after the attachments, at the foot of the last, even page', () => {
    const input = annexedReport();
    const layout = layoutDraft({ ...input, metadata: { ...input.metadata, colophon: { cc: '某某市司法局', printer: '某某县司法局办公室', printed: '2026-03-01' } } });
    const lastAnnexPage = Math.max(...layout.pages.flatMap((pg, i) => (pg.boxes.some((b) => b.box.kind === 'line' && b.box.lineKind === 'annex') ? [i] : [])));
    expect(layout.colophon!.page).toBeGreaterThanOrEqual(lastAnnexPage);
    expect(layout.colophon!.page % 2).toBe(1);
    expect(layout.colophon!.page).toBe(layout.pages.length - 1);
  });
});
