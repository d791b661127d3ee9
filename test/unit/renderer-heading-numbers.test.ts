import { describe, expect, it } from 'vitest';
import type { Descendant } from 'slate';
import { numbersStillDrawn } from '../../renderer/editor/hooks/use-heading-numbers';

const heading = (text: string): Descendant => ({ type: 'heading', level: 2, children: [{ text }] }) as Descendant;
const para = (text: string): Descendant => ({ type: 'paragraph', children: [{ text }] }) as Descendant;

describe('numbersStillDrawn', () => {
  const a = heading('甲');
  const b = heading('乙');
  const p = para('正文');
  const numbers = ['（一）', null, '（二）'];
  const prev = { blocks: [a, p, b], numbers };

  it('keeps the numbers while a block is edited in place', () => {
    expect(numbersStillDrawn(prev, [heading('甲改'), p, b], ['（一）', null, '（二）'])).toBe(true);
    expect(numbersStillDrawn(prev, [a, para('正文改'), b], ['（一）', null, '（二）'])).toBe(true);
  });

  it('redraws when two headings swap though the numbers by index are the same', () => {
    expect(numbersStillDrawn(prev, [b, p, a], ['（一）', null, '（二）'])).toBe(false);
  });

  it('redraws when a number changes', () => {
    expect(numbersStillDrawn(prev, [a, p, heading('丙')], ['（一）', null, '1.'])).toBe(false);
    expect(numbersStillDrawn(prev, [a, p], ['（一）', null])).toBe(false);
  });
});
