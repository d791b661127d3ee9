// 序号: heading numbers as typed (imported or pasted text keeps them in
// `typedNumber` where they differ from the computed ones), numbers typed into
// heading text on top of the computed number, and numbers typed at the start
// of paragraphs and sentences (1、 for 1., a space after the number, gaps).
import type { HeadingLevel, ReportBlock } from '../model';
import { formatHeadingNumber } from '../numbering';
import { asciiDigits, parseChineseNumeral } from '../recognize/numbers';
import { finding, isHan, replaceFix, SPACE } from './text';
import type { BlockContext, CheckInput, Finding, Fix } from './types';

const LEVEL_NAME: Record<HeadingLevel, string> = { 1: '一级', 2: '二级', 3: '三级', 4: '四级' };

interface ParsedNumber {
  /** Chinese numeral (一) or Arabic (1). */
  chinese: boolean;
  bracketed: boolean;
  value: number;
}


/** A number as typed before a heading (（5）, 1、, (一), 一.), or null. */
export function parseNumber(typed: string): ParsedNumber | null {
  const t = typed.trim();
  const bracket = /^[（(]\s*([^）)]+?)\s*[）)]$/u.exec(t);
  const body = bracket ? bracket[1]! : /^(.+?)\s*[、.．，,]$/u.exec(t)?.[1];
  if (!body) return null;
  if (/^[0-9０-９]{1,2}$/u.test(body)) return { chinese: false, bracketed: Boolean(bracket), value: Number(asciiDigits(body)) };
  const value = parseChineseNumeral(body);
  return value === null ? null : { chinese: true, bracketed: Boolean(bracket), value };
}

const isChineseLevel = (level: HeadingLevel) => level <= 2;
const isBracketedLevel = (level: HeadingLevel) => level === 2 || level === 4;

function typedNumberFinding(input: CheckInput, index: number, level: HeadingLevel, typed: string, value: number): Finding {
  const text = input.texts[index]!;
  const expected = formatHeadingNumber(level, value);
  const name = LEVEL_NAME[level];
  const fix: Fix = { label: `改为“${expected}”`, edits: [{ kind: 'typed-number', block: index }] };
  const base = { kind: 'numbering' as const, severity: 'error' as const, block: index, start: 0, end: 0, excerpt: typed, fix };
  const n = parseNumber(typed);
  let rule: string;
  let message: string;
  if (n && isChineseLevel(level) && !n.chinese) {
    rule = 'numbering-arabic';
    message = `${name}标题的序号用汉字数字：“${typed}”应为“${expected}”。`;
  } else if (n && (n.chinese !== isChineseLevel(level) || n.bracketed !== isBracketedLevel(level))) {
    rule = 'numbering-level-form';
    message = `“${typed}”是其他层级的序号形式，这里是${name}标题，应为“${expected}”。`;
  } else if (n && n.value > value) {
    rule = 'numbering-gap';
    message = `序号跳号：前面缺少“${expected}”，“${typed}”应为“${expected}”。`;
  } else if (n && n.value < value) {
    rule = 'numbering-repeat';
    message = `序号重复或颠倒：“${typed}”前面已经用过，应为“${expected}”。`;
  } else if (n) {
    // Only the punctuation differs: the page and the export already print the right form. A note, not an error.
    return finding(text, { ...base, severity: 'info', rule: 'numbering-corrected', message: `原文写作“${typed}”，已按规范改为“${expected}”。` });
  } else {
    rule = 'numbering-typed';
    message = `原文序号“${typed}”与结构不符，应为“${expected}”。`;
  }
  return finding(text, { ...base, rule, message });
}

/** The number typed at the start of a text: 一、 （一） 1. 1、 （1） and half-width or mixed forms. */
const LEADING_NUMBER = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(]\s*(?:[一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})\s*[）)]|[0-9０-９]{1,2}[.．、](?![0-9０-９]))/u;

function headingFindings(input: CheckInput): Finding[] {
  const out: Finding[] = [];
  const counters = [0, 0, 0, 0];
  input.content.forEach((b, i) => {
    if (b.type !== 'heading') return;
    const li = b.level - 1;
    counters[li] = counters[li]! + 1;
    for (let d = li + 1; d < 4; d++) counters[d] = 0;
    const text = input.texts[i]!;
    if (b.typedNumber) out.push(typedNumberFinding(input, i, b.level, b.typedNumber, counters[li]!));
    const lead = /^[\s\u00a0\u3000]+/u.exec(text);
    if (lead) {
      out.push(
        finding(text, {
          rule: 'numbering-space', kind: 'numbering', severity: 'warning', block: i, start: 0, end: lead[0].length,
          message: '标题序号后不加空格，直接接标题文字。',
          fix: replaceFix('删除空格', i, 0, lead[0].length, ''),
        }),
      );
    }
    const from = lead ? lead[0].length : 0;
    const doubled = LEADING_NUMBER.exec(text.slice(from));
    if (doubled && isHan(text.slice(from + doubled[0].length).replace(/^\s+/u, '')[0])) {
      let end = from + doubled[0].length;
      while (SPACE.test(text[end] ?? '')) end++;
      out.push(
        finding(text, {
          rule: 'numbering-doubled', kind: 'numbering', severity: 'error', block: i, start: from, end,
          message: `标题序号由软件按层级自动生成（此处为“${input.numbers[i]}”），文字中又输入了“${doubled[0].trim()}”，会重复，应删去。`,
          fix: replaceFix('删去多余序号', i, from, end, ''),
        }),
      );
    }
  });
  return out;
}

/** Where a sentence starts: the text's start, or after 。；：！？ and any spaces. */
export function atSentenceStart(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && SPACE.test(text[j]!)) j--;
  return j < 0 || /[。；：！？]/u.test(text[j]!);
}

type InlineForm = 'dot' | 'paren';
interface InlineNumber {
  form: InlineForm;
  value: number;
  start: number;
  end: number;
}

/** Numbers typed in running text at sentence starts: 1. 1、 1． （1） (1), and 一. for 一、. */
const INLINE = /([0-9０-９]{1,2})([.．、])(?![0-9０-９])|([（(])\s*([0-9０-９]{1,2})\s*([）)])|([一二三四五六七八九十]{1,3})([.．])(?![0-9０-９])/gu;

function inlineFindings(index: number, text: string, bodyFrom: number): Finding[] {
  const out: Finding[] = [];
  const seen: InlineNumber[] = [];
  const push = (spec: Parameters<typeof finding>[1]) => out.push(finding(text, spec));
  for (const m of text.slice(bodyFrom).matchAll(INLINE)) {
    const start = bodyFrom + m.index;
    if (!atSentenceStart(text, start)) continue;
    let end = start + m[0].length;
    let after = end;
    while (SPACE.test(text[after] ?? '')) after++;
    if (!isHan(text[after])) continue;
    const at = { kind: 'numbering' as const, block: index, start, end };
    if (m[1] !== undefined) {
      const digits = asciiDigits(m[1]);
      seen.push({ form: 'dot', value: Number(digits), start, end });
      if (m[2] !== '.') {
        push({
          ...at, rule: 'numbering-punct', severity: 'error',
          message: `序号“${m[0]}”应写作“${digits}.”（阿拉伯数字后用半角点号）。`,
          fix: replaceFix(`改为“${digits}.”`, index, start, end, `${digits}.`),
        });
      }
    } else if (m[4] !== undefined) {
      const digits = asciiDigits(m[4]);
      seen.push({ form: 'paren', value: Number(digits), start, end });
      if (m[3] !== '（' || m[5] !== '）' || m[0].length !== digits.length + 2) {
        push({
          ...at, rule: 'numbering-punct', severity: 'error',
          message: `序号“${m[0]}”应写作“（${digits}）”（全角括号）。`,
          fix: replaceFix(`改为“（${digits}）”`, index, start, end, `（${digits}）`),
        });
      }
    } else {
      push({
        ...at, rule: 'numbering-punct', severity: 'error',
        message: `序号“${m[0]}”应写作“${m[6]}、”（汉字数字后用顿号）。`,
        fix: replaceFix(`改为“${m[6]}、”`, index, start, end, `${m[6]}、`),
      });
    }
    if (after > end) {
      end = after;
      push({
        rule: 'numbering-space', kind: 'numbering', severity: 'warning', block: index, start: start + m[0].length, end,
        message: `序号“${m[0]}”后不加空格。`,
        fix: replaceFix('删除空格', index, start + m[0].length, end, ''),
      });
    }
  }
  for (const form of ['dot', 'paren'] as const) {
    const list = seen.filter((n) => n.form === form);
    list.forEach((n, k) => {
      const prev = list[k - 1];
      if (!prev || n.value === 1 || n.value === prev.value + 1) return;
      const expected = form === 'dot' ? `${prev.value + 1}.` : `（${prev.value + 1}）`;
      const gap = n.value > prev.value + 1;
      push({
        rule: gap ? 'numbering-gap' : 'numbering-repeat', kind: 'numbering', severity: 'error', block: index, start: n.start, end: n.end,
        message: gap
          ? `序号跳号：“${text.slice(n.start, n.end)}”前面缺少“${expected}”。`
          : `序号重复或颠倒：“${text.slice(n.start, n.end)}”前面已经用过，这里应为“${expected}”。`,
      });
    });
  }
  return out;
}

/** Heading numbers: typed numbers against the computed ones, spaces and numbers typed into the text. */
export function headingNumberRules(input: CheckInput): Finding[] {
  return headingFindings(input);
}

/** Numbers typed at sentence starts in a paragraph or a run-in heading's body. */
export function inlineNumberRules(i: number, b: ReportBlock, text: string, _ctx: BlockContext): Finding[] {
  if (b.type !== 'paragraph' && !(b.type === 'heading' && b.runIn)) return [];
  // In a run-in heading only the body after its first sentence is running text.
  const bodyFrom = b.type === 'heading' ? (/[。！？]/u.exec(text)?.index ?? text.length) + 1 : 0;
  return inlineFindings(i, text, Math.min(bodyFrom, text.length));
}
