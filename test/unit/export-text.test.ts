// Text handling of the export: XML-illegal characters, widths and the
// signature/date placement.
import { describe, expect, it } from 'vitest';
import { attachmentName } from '../../shared/layout/attachments';
import { bodyWidth, closingIndents } from '../../shared/layout/closing';
import { stripIllegalXml, textPieces } from '../../electron/export/sanitize';

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

describe('signature and date', () => {
  const starts = (sig: string, date: string) => {
    const { signatureRight, dateRight } = closingIndents(sig, date);
    const sigStart = -signatureRight - bodyWidth(sig);
    const dateStart = -dateRight - bodyWidth(date);
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

describe('attachment names', () => {
  it('lose their end punctuation, keep closing brackets and quotes', () => {
    expect(attachmentName('统计表。')).toBe('统计表');
    expect(attachmentName(' 名单；\n')).toBe('名单');
    expect(attachmentName('情况说明.')).toBe('情况说明');
    expect(attachmentName('《实施方案》')).toBe('《实施方案》');
    expect(attachmentName('“三项制度”落实情况')).toBe('“三项制度”落实情况');
  });
});
