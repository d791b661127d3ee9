// The fixture reports (.txt): their outlines match the careful reader's, and
// every character of their body text survives recognition.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockText, type TextBlock } from '../../shared/model';
import { formatOutline, readerOutline, recognizeText } from '../../shared/recognize';
import { contentChars, sourceBodyChars } from '../fixtures/import/body-chars';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');
const read = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

describe.each(['county-bureau-annual-2023', 'township-annual-2023'])('%s.txt', (name) => {
  const text = read(`${name}.txt`);
  const content = recognizeText(text);

  it('has exactly the outline of its .outline.json', () => {
    expect(formatOutline(readerOutline(content))).toBe(read(`${name}.outline.json`).trim());
    expect(readerOutline(content)).toEqual(JSON.parse(read(`${name}.outline.json`)));
  });

  it('keeps every character of the body text, in order', () => {
    const expected = sourceBodyChars(text);
    expect(expected.length).toBeGreaterThan(2000);
    expect(contentChars(content)).toBe(expected);
  });

  it('leaves no leftovers, no typed numbers and no indentation in the text', () => {
    for (const b of content) {
      const t = blockText(b);
      expect(t).not.toMatch(/\[bookmark|##|^[\s\u3000]|[\s\u3000]$/u);
      if (b.type === 'heading') expect(t).not.toMatch(/^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[.、．])/u);
    }
  });
});

describe('the fixtures in detail', () => {
  it('marks the 一是 leads of the township report and its two run-in headings', () => {
    const content = recognizeText(read('township-annual-2023.txt'));
    const leads = content.flatMap((b) => (b as TextBlock).children.filter((c) => c.lead).map((c) => c.text));
    // Every 一是 … 四是 of the text starts a paragraph or a sentence: all 24 are leads.
    expect(leads).toHaveLength(read('township-annual-2023.txt').match(/[一二三四]是/gu)!.length);
    expect(leads).toHaveLength(24);
    expect(new Set(leads)).toEqual(new Set(['一是', '二是', '三是', '四是']));
    const runIn = content.filter((b) => b.type === 'heading' && b.runIn);
    expect(runIn.map((b) => blockText(b).slice(0, 5))).toEqual(['主要做法。', '存在问题。']);
    expect(runIn[0]!.children[1]).toEqual({ text: '一是', lead: true });
  });

  it('keeps the county report’s mis-typed （5） for the checker, at level 2', () => {
    const content = recognizeText(read('county-bureau-annual-2023.txt'));
    const typed = content.filter((b) => b.type === 'heading' && b.typedNumber);
    expect(typed).toHaveLength(1);
    expect(typed[0]).toMatchObject({ level: 2, typedNumber: '（5）' });
  });
});
