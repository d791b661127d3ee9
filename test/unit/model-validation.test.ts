// Content and metadata from files (draft.json, .gwlib) are checked field by
// field, so nothing malformed reaches the store, the checks or the editor.
import { describe, expect, it } from 'vitest';
import { isIsoDate, validateContent, validateMetadata } from '../../shared/model';
import { formatHeadingNumber, headingNumbers } from '../../shared/numbering';
import { defaultMetadata, fillPlaceholders } from '../../shared/template';

const META = defaultMetadata(new Date(2026, 0, 5), { unit: '某某县司法局', year: 2025, date: '2026-03-01' });

describe('validateContent field types', () => {
  it('refuses hint, source and typedNumber that are not text, and leads that are not true or a count', () => {
    expect(validateContent([{ type: 'paragraph', hint: 5, children: [{ text: 'x' }] }])).toMatch(/hint/);
    expect(validateContent([{ type: 'paragraph', source: 7, children: [{ text: 'x' }] }])).toMatch(/source/);
    expect(validateContent([{ type: 'heading', level: 2, typedNumber: 5, children: [{ text: 'x' }] }])).toMatch(/typedNumber/);
    expect(validateContent([{ type: 'paragraph', children: [{ text: '一是', lead: 'y' }] }])).toMatch(/lead/);
    expect(validateContent([{ type: 'paragraph', children: [{ text: '一是', lead: 1.5 }] }])).toMatch(/lead/);
  });

  it('accepts them well formed', () => {
    expect(
      validateContent([
        { type: 'heading', level: 2, typedNumber: '（5）', hint: '提示', source: '{年度}', children: [{ text: 'x' }] },
        { type: 'paragraph', children: [{ text: '一是', lead: true }, { text: '二是', lead: 2 }, { text: '。' }] },
      ]),
    ).toBeNull();
  });
});

describe('dates', () => {
  it('knows an ISO calendar date that exists', () => {
    expect(['2026-03-01', '2024-02-29'].every(isIsoDate)).toBe(true);
    expect(['2026/3/1', '2026-3-1', '2025-02-29', '2026-13-01', '', 20260301].some(isIsoDate)).toBe(false);
  });

  it('refuses metadata whose date of writing is not ISO', () => {
    expect(validateMetadata(META)).toBeNull();
    expect(validateMetadata({ ...META, date: '2026/3/1' })).toMatch(/date/);
    expect(validateMetadata({ ...META, deadlines: [{ label: '报送', date: '2026-02-30' }] })).toMatch(/deadlines/);
  });

  it('leaves a non-ISO date as written when filling a template, instead of failing', () => {
    expect(fillPlaceholders('{成文日期}', { ...META, date: '2026年3月1日' })).toBe('2026年3月1日');
    expect(fillPlaceholders('{单位}', { ...META, date: 'bad' })).toBe('某某县司法局');
  });
});

describe('very many headings', () => {
  it('numbers past 999 in Arabic figures instead of failing', () => {
    expect(formatHeadingNumber(1, 1000)).toBe('1000、');
    expect(formatHeadingNumber(2, 1001)).toBe('（1001）');
    const content = Array.from({ length: 1001 }, () => ({ type: 'heading' as const, level: 1 as const, children: [{ text: 'x' }] }));
    expect(headingNumbers(content).at(-1)).toBe('1001、');
  });
});
