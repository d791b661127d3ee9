// 字数统计 as Word's dialog counts: 字数 is Chinese characters plus words of
// other scripts; characters with and without spaces; and, for a Chinese
// report, characters without punctuation and the punctuation itself.
import { blockText, type ReportContent } from './model';

export interface WordCount {
  /** Word's 字数: each Chinese character, and each run of Latin letters or digits, counts one. */
  words: number;
  /** 中文字符（含中文标点）, as Word's 中文字符和朝鲜语单词. */
  chineseChars: number;
  /** 非中文单词. */
  otherWords: number;
  /** 字符数（不计空格）. */
  charsNoSpaces: number;
  /** 字符数（计空格）. */
  charsWithSpaces: number;
  /** 标点符号 (Chinese and Western). */
  punctuation: number;
  /** 字符数（不计空格和标点）. */
  charsNoPunctuation: number;
  /** 段落数: blocks holding any text. */
  paragraphs: number;
}

const HAN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2014\u2026\u2018\u2019\u201c\u201d]/u;
const PUNCT = /[\p{P}\p{S}]/u;
const SPACE = /\s/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

export function wordCount(content: ReportContent): WordCount {
  const c: WordCount = { words: 0, chineseChars: 0, otherWords: 0, charsNoSpaces: 0, charsWithSpaces: 0, punctuation: 0, charsNoPunctuation: 0, paragraphs: 0 };
  for (const block of content) {
    const text = blockText(block).replace(/\n/gu, '');
    if (text.trim()) c.paragraphs++;
    let inWord = false;
    for (const ch of text) {
      c.charsWithSpaces++;
      if (SPACE.test(ch)) {
        inWord = false;
        continue;
      }
      c.charsNoSpaces++;
      const punct = PUNCT.test(ch);
      if (punct) c.punctuation++;
      else c.charsNoPunctuation++;
      if (HAN.test(ch)) {
        c.chineseChars++;
        inWord = false;
      } else if (WORD_CHAR.test(ch)) {
        if (!inWord) c.otherWords++;
        inWord = true;
      } else {
        inWord = false;
      }
    }
  }
  c.words = c.chineseChars + c.otherWords;
  return c;
}
