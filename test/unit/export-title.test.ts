// Title lines (GB/T 9704-2012 7.3.3): breaks at word boundaries into balanced
// lines shaped as a trapezoid or a diamond, never a one- or two-character
// line, and the user's own breaks kept.
import { describe, expect, it } from 'vitest';
import { TEXT_WIDTH } from '../../electron/export/page';
import { textWidth } from '../../electron/export/text-width';
import { isTrapezoidOrDiamond, titleLines } from '../../electron/export/title-lines';

const lines = (title: string) => titleLines(title, 44, TEXT_WIDTH);
const ems = (line: string) => textWidth(line, 44) / 440;

/** Titles of real reports, long enough to break. */
const REAL = [
  '2023年度乌苏市吉尔格勒特乡法治政府建设工作总结',
  '某某县司法局关于2025年度法治政府建设情况的报告',
  '中共某某县委全面依法治县委员会办公室关于2024年度党政主要负责人履行推进法治建设第一责任人职责情况的报告',
  '某某自治州某某县人民政府办公室关于2025年度推进法治政府建设工作情况和2026年度工作安排的报告',
  '国务院办公厅关于印发《关于开展法治宣传教育的第八个五年规划（2021-2025年）》的通知',
  '某某市某某区人民政府关于2025年度法治政府建设工作情况的报告',
  '井研县自然资源局2023年度法治政府建设工作报告',
];

describe('title lines', () => {
  it('keeps a title that fits on one line', () => {
    expect(lines('关于2023年度法治政府建设情况的报告')).toEqual(['关于2023年度法治政府建设情况的报告']);
  });

  it.each(REAL)('breaks %s within the text block, at word boundaries, balanced, no short line', (title) => {
    const out = lines(title);
    expect(out.length).toBeGreaterThanOrEqual(2);
    expect(out.join('')).toBe(title);
    for (const l of out) {
      expect(textWidth(l, 44)).toBeLessThanOrEqual(TEXT_WIDTH);
      expect([...l].length).toBeGreaterThan(2);
    }
    expect(isTrapezoidOrDiamond(out.map(ems))).toBe(true);
    // Never inside a number, never between a number and its unit.
    for (let k = 1; k < out.length; k++) expect(out[k - 1]!.slice(-1) + out[k]![0]).not.toMatch(/\d[\d年.-]/u);
    // Balanced: no line less than half as wide as the widest.
    const widths = out.map(ems);
    expect(Math.min(...widths)).toBeGreaterThan(Math.max(...widths) / 2);
  });

  it('breaks between phrases of the usual report titles', () => {
    expect(lines('某某县司法局关于2025年度法治政府建设情况的报告')).toEqual(['某某县司法局关于2025年度', '法治政府建设情况的报告']);
    expect(lines('2023年度乌苏市吉尔格勒特乡法治政府建设工作总结')).toEqual(['2023年度乌苏市吉尔格勒特乡', '法治政府建设工作总结']);
    expect(lines('井研县自然资源局2023年度法治政府建设工作报告')).toEqual(['井研县自然资源局2023年度', '法治政府建设工作报告']);
  });

  it('keeps names whole: never 司法 | 局 nor inside 吉尔格勒特乡', () => {
    for (const title of REAL) {
      const out = lines(title);
      for (let k = 1; k < out.length; k++) {
        expect(out[k]![0]).not.toMatch(/[局县室厅乡市]/u);
        expect(`${out[k - 1]}|${out[k]}`).not.toMatch(/吉[^|]*\|[^|]*乡|办公\|室/u);
      }
    }
  });

  it('never leaves a one- or two-character tail where filling lines would', () => {
    // 22 characters: a full line of 20 would leave two; two balanced lines instead.
    const title = '某某县人民政府关于法治政府建设工作情况的报告';
    expect(lines(title)).toEqual(['某某县人民政府关于', '法治政府建设工作情况的报告']);
  });

  it('keeps the breaks the user set, and breaks a set line further only when it is too long', () => {
    expect(lines('某某县司法局\n关于2025年度法治政府建设情况的报告')).toEqual(['某某县司法局', '关于2025年度法治政府建设情况的报告']);
    expect(lines('关于\r\n法治政府建设情况的报告')).toEqual(['关于', '法治政府建设情况的报告']);
    const long = lines('中共某某县委全面依法治县委员会办公室\n关于2024年度党政主要负责人履行推进法治建设第一责任人职责情况的报告');
    expect(long[0]).toBe('中共某某县委全面依法治县委员会办公室');
    expect(long.length).toBeGreaterThanOrEqual(3);
    expect(long.slice(1).join('')).toBe('关于2024年度党政主要负责人履行推进法治建设第一责任人职责情况的报告');
    expect(lines('\n标题\n\n')).toEqual(['标题']);
  });

  it('falls back to filling lines when a title has no word boundary to break at', () => {
    const latin = 'A'.repeat(60);
    const out = lines(latin);
    expect(out.join('')).toBe(latin);
    for (const l of out) expect(textWidth(l, 44)).toBeLessThanOrEqual(TEXT_WIDTH);
  });
});

describe('trapezoid or diamond', () => {
  it('accepts lines getting shorter, longer, or longest in the middle; refuses an hourglass', () => {
    expect(isTrapezoidOrDiamond([18, 14])).toBe(true);
    expect(isTrapezoidOrDiamond([12, 18])).toBe(true);
    expect(isTrapezoidOrDiamond([14, 19, 16])).toBe(true);
    expect(isTrapezoidOrDiamond([19, 17, 12])).toBe(true);
    expect(isTrapezoidOrDiamond([18, 18.3, 17.9])).toBe(true);
    expect(isTrapezoidOrDiamond([18, 10, 18])).toBe(false);
    expect(isTrapezoidOrDiamond([16, 19, 12, 17])).toBe(false);
  });
});

describe('a paragraph pasted into the title', () => {
  it('is still broken into lines that fit, keeping every character (and export never stalls on it)', () => {
    const pasted = '某某县司法局关于进一步加强和改进全县行政执法工作推进法治政府建设的实施意见'.repeat(4);
    const out = lines(pasted);
    expect(out.join('')).toBe(pasted);
    expect(out.length).toBeGreaterThan(4);
    for (const line of out) expect(textWidth(line, 44)).toBeLessThanOrEqual(TEXT_WIDTH);
  });

  it('still balances a title of three lines', () => {
    const title = '某某县自然资源局关于2023年度推进法治政府建设暨党政主要负责人履行推进法治建设第一责任人职责情况的报告';
    const out = lines(title);
    expect(out.join('')).toBe(title);
    expect(out.length).toBeLessThanOrEqual(4);
    expect(isTrapezoidOrDiamond(out.map((l) => textWidth(l, 44)))).toBe(true);
  });
});
