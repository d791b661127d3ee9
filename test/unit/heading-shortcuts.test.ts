// The editor's heading shortcut reads the number forms the importer reads
// (shared/recognize/numbers.ts), and only a number typed on its own.
import { describe, expect, it } from 'vitest';
import { FORM_LEVEL, numberFormOf, parseTypedNumber } from '../../shared/recognize/numbers';
import { shortcutLevel } from '../../renderer/editor/plugins/with-heading-shortcuts';

describe('shortcutLevel', () => {
  it('gives the level of each heading number form', () => {
    expect(['一、', '十二、', '（二）', '(三)', '3.', '12．', '1、', '（4）', '(10)'].map(shortcutLevel)).toEqual([1, 1, 2, 2, 3, 3, 3, 4, 4]);
  });

  it('asks for nothing from text that is not a number on its own', () => {
    for (const text of ['一是', '1.5', '一、工作', '2023年', '（）', '0.', '（0）', '100.', '']) expect(shortcutLevel(text), text).toBeNull();
  });

  it('agrees with the importer on every form it reads', () => {
    for (const line of ['一、总体情况', '（二）主要做法', '3. 存在问题', '（4）下一步']) {
      const typed = parseTypedNumber(line)!;
      expect(numberFormOf(typed.typed)).toBe(typed.form);
      expect(shortcutLevel(typed.typed)).toBe(FORM_LEVEL[typed.form]);
    }
  });
});
