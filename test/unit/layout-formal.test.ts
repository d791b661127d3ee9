// The layout of the 版头 and 版记: whole grid lines, so page counts and lines
// stay exact; the 版记 at the foot of the last page, which is even, a blank
// page first when needed.
import { describe, expect, it } from 'vitest';
import { exportLayout } from '../../electron/export/docx-document';
import { colophonContent, LINE_PITCH, LINES_PER_PAGE, RED_HEADER_LINES, redHeaderGeometry, TEXT_WIDTH, type Page } from '../../shared/layout';
import { ccText, printedText } from '../../shared/layout/colophon';
import { measure, rangeWidth } from '../../shared/layout/measure';
import { loadFixtureReport } from '../fixtures/export/reports';
import { formal, formalReport, formalShifted, RED_HEADER } from '../support/formal';

const used = (page: Page) => page.boxes.filter((b) => b.box.kind === 'fixed' || b.box.lineKind !== null).reduce((n, b) => Math.max(n, b.line + (b.box.kind === 'line' ? 1 : b.box.lines)), 0);

describe('版头', () => {
  it('mark 42 pt when it fits, smaller (never wider than the text block, never below 3号) when it does not', () => {
    const width = (t: string, size: number, spacing: number) => {
      const m = measure([{ text: t, size, spacing }]);
      return rangeWidth(m, 0, m.cps.length);
    };
    expect(redHeaderGeometry('某某县司法局文件').markSize).toBe(84);
    for (const mark of ['某某自治州某某县人民政府办公室文件', '中共某某县委全面依法治县委员会办公室某某县司法局文件', '某某县司法局']) {
      const g = redHeaderGeometry(mark);
      expect(width(mark, g.markSize, g.markSpacing), mark).toBeLessThanOrEqual(TEXT_WIDTH);
      expect(g.markSize).toBeGreaterThanOrEqual(32);
    }
    expect(redHeaderGeometry('某某自治州某某县人民政府办公室文件').markSize).toBeLessThan(84);
  });

  it('takes whole grid lines: the 文号 on line 7, the separator in line 8, two empty lines, then the title on line 11', () => {
    for (const mark of ['某某县司法局文件', '某某自治州某某县人民政府办公室文件']) {
      const g = redHeaderGeometry(mark);
      expect(g.markBefore + g.markLine + g.numberBefore).toBe(7 * LINE_PITCH);
      expect(g.numberBefore).toBeGreaterThan(0);
      expect(g.ruleBefore + g.ruleLine + 20).toBe(LINE_PITCH);
    }
    const layout = exportLayout(formalReport());
    const first = layout.pages[0]!.boxes;
    expect(first[0]).toMatchObject({ line: 0, block: -1, box: { kind: 'fixed', lines: RED_HEADER_LINES } });
    expect(first[1]).toMatchObject({ line: RED_HEADER_LINES, box: { kind: 'line', lineKind: 'title' } });
  });

  it('pushes the body down by exactly its lines: every later line falls on the grid, pages full', () => {
    const plain = exportLayout(loadFixtureReport('county-bureau-annual-2023'));
    const headed = exportLayout(formal(loadFixtureReport('county-bureau-annual-2023'), { redHeader: RED_HEADER }));
    const lines = (l: typeof plain) => l.pages.flatMap((p) => p.boxes.filter((b) => b.box.kind === 'line').map((b) => b.box.kind === 'line' && b.box.text));
    expect(lines(headed)).toEqual(lines(plain));
    for (const page of headed.pages.slice(0, -1)) expect(used(page)).toBeGreaterThanOrEqual(LINES_PER_PAGE - 2);
  });
});

describe('版记', () => {
  it('抄送 names separated by full-width commas with a full stop after the last; 印发日期 in full, no leading zeros', () => {
    expect(ccText('某某市司法局、某某县人民政府办公室。')).toBe('抄送：某某市司法局，某某县人民政府办公室。');
    expect(ccText('甲局,乙局 丙局')).toBe('抄送：甲局，乙局，丙局。');
    expect(ccText('  ')).toBe('');
    expect(printedText('2026-03-01')).toBe('2026年3月1日印发');
    const long = colophonContent({ cc: Array.from({ length: 8 }, (_, i) => `某某县第${i + 1}人民政府办公室`).join('，'), printer: '某某县司法局办公室', printed: '2026-03-01' });
    expect(long.cc!.lines.length).toBeGreaterThan(1);
    expect(long.cc!.lines.join('')).toBe(long.cc!.text);
    expect(long.lines).toBe(long.cc!.lines.length + 1);
    expect(colophonContent({ printer: '某某县司法局办公室', printed: '2026-03-01' })).toMatchObject({ lines: 1 });
  });

  it('at the foot of the last page, which is even; a blank page first only when the even last page has no room', () => {
    const cases = new Set<string>();
    for (const [k, input] of formalShifted().entries()) {
      const layout = exportLayout(input);
      const p = layout.colophon!;
      const pages = layout.pages;
      expect(p.page, `shift ${k}`).toBe(pages.length - 1);
      expect(pages.length % 2, `shift ${k}: ${pages.length} pages`).toBe(0);
      const last = pages[p.page]!;
      const box = last.boxes[last.boxes.length - 1]!;
      expect(box.box.kind === 'fixed' && box.line + box.box.lines).toBe(LINES_PER_PAGE);
      const body = [...pages].reverse().find((pg) => pg.boxes.some((b) => b.box.kind === 'line' && b.box.lineKind !== null))!;
      const bodyIndex = pages.indexOf(body);
      if (!p.newPage) {
        cases.add('fits');
        expect(bodyIndex).toBe(p.page);
        expect(p.fill).toBe(p.line - used({ ...last, boxes: last.boxes.slice(0, -1) }));
        expect(p.fill).toBeGreaterThanOrEqual(1);
      } else if (p.blankPage) {
        cases.add('blank');
        expect(bodyIndex % 2).toBe(1);
        expect(pages[p.page - 1]!.boxes).toEqual([]);
        expect(bodyIndex).toBe(p.page - 2);
      } else {
        cases.add('next');
        expect(bodyIndex).toBe(p.page - 1);
        expect(bodyIndex % 2).toBe(0);
      }
    }
    expect([...cases].sort()).toEqual(['blank', 'fits', 'next']);
  });
});
