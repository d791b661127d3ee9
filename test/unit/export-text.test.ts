// Text handling of the export: XML-illegal characters, title lines, widths and
// the signature/date placement.
import { describe, expect, it } from 'vitest';
import { closingIndents } from '../../electron/export/closing';
import { stripIllegalXml, textPieces } from '../../electron/export/sanitize';
import { textWidth } from '../../electron/export/text-width';
import { titleLines } from '../../electron/export/title-lines';

describe('sanitize', () => {
  it('drops XML-illegal characters and lone surrogates, keeps pairs', () => {
    expect(stripIllegalXml('a\u0000b\u0008c\u000Cd\u000Ee\u001Ff\uFFFEg\uFFFFh')).toBe('abcdefgh');
    expect(stripIllegalXml('x\uD800y\uDC00z')).toBe('xyz');
    expect(stripIllegalXml('\u{20000}😀')).toBe('\u{20000}😀');
  });

  it('turns tabs into tabs and \\n, \\r\\n and vertical tabs into line breaks', () => {
    expect(textPieces('a\tb\r\nc\u000Bd\ne')).toEqual([
      { kind: 'text', text: 'a' },
      { kind: 'tab' },
      { kind: 'text', text: 'b' },
      { kind: 'break' },
      { kind: 'text', text: 'c' },
      { kind: 'break' },
      { kind: 'text', text: 'd' },
      { kind: 'break' },
      { kind: 'text', text: 'e' },
    ]);
  });
});

describe('title lines', () => {
  const width = 11906 - 1587 - 1474;

  it('keeps a short title on one line', () => {
    expect(titleLines('关于法治政府建设情况的报告', 44, width)).toEqual(['关于法治政府建设情况的报告']);
  });

  it('breaks a long title into balanced lines, never inside a number', () => {
    expect(titleLines('某某县司法局关于2025年度法治政府建设情况的报告', 44, width)).toEqual([
      '某某县司法局关于2025年度',
      '法治政府建设情况的报告',
    ]);
    const lines = titleLines('某某自治州某某县人民政府办公室关于2025年度推进法治政府建设工作情况和2026年度工作安排的报告', 44, width);
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const l of lines) expect(textWidth(l, 44)).toBeLessThanOrEqual(width);
    expect(lines.join('')).not.toMatch(/\d\n\d/u);
  });
});

describe('signature and date', () => {
  const starts = (sig: string, date: string) => {
    const { signatureRight, dateRight } = closingIndents(sig, date);
    const sigStart = -signatureRight - textWidth(sig, 32, -5);
    const dateStart = -dateRight - textWidth(date, 32, -5);
    return { signatureRight, dateRight, offset: dateStart - sigStart };
  };

  it('puts the date first character two characters right of the signature first character', () => {
    const long = starts('某某自治州某某县人民政府办公室', '2026年3月1日');
    expect(long.signatureRight).toBe(640);
    expect(long.offset).toBeCloseTo(640, 0);
    const short = starts('某某县司法局', '2026年12月31日');
    expect(short.dateRight).toBe(640);
    expect(short.signatureRight).toBeGreaterThan(640);
    expect(short.offset).toBeCloseTo(640, 0);
  });
});
