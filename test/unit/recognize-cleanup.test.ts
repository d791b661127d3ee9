// Cleaning lines from other tools: conversion leftovers, invisible characters,
// spaces used as indentation or left between Chinese characters.
import { describe, expect, it } from 'vitest';
import { cleanLine } from '../../shared/recognize';
import { toLines, wrapWidth } from '../../shared/recognize/lines';

describe('cleanLine', () => {
  it('removes [bookmark: …] and ##…## markers', () => {
    expect(cleanLine('[bookmark: _GoBack]（一）主要做法。')).toBe('（一）主要做法。');
    expect(cleanLine('##paidbegin##通过学习提升水平。##paidend##')).toBe('通过学习提升水平。');
    expect(cleanLine('[BOOKMARK:_Toc123]一、总体情况')).toBe('一、总体情况');
  });

  it('keeps text that only looks like a marker', () => {
    expect(cleanLine('编号##为空')).toBe('编号##为空');
    expect(cleanLine('见[附件1]')).toBe('见[附件1]');
  });

  it('removes zero-width and formatting characters', () => {
    expect(cleanLine('法\u200b治\u200d政\ufeff府\u2060建设\u00ad')).toBe('法治政府建设');
  });

  it('removes indentation and trailing spaces of every kind', () => {
    expect(cleanLine('\u3000\u3000我局坚持依法行政。   ')).toBe('我局坚持依法行政。');
    expect(cleanLine('\u00a0\u00a0\t我局坚持依法行政。\u00a0\u3000')).toBe('我局坚持依法行政。');
  });

  it('removes spaces between Chinese characters and after Chinese punctuation, keeps one between Latin words', () => {
    expect(cleanLine('我局  坚持\u3000依法\u00a0行政。 下一步')).toBe('我局坚持依法行政。下一步');
    expect(cleanLine('参照 ISO  9001   标准')).toBe('参照 ISO 9001 标准');
    expect(cleanLine('Times  New\u00a0Roman')).toBe('Times New Roman');
  });

  it('turns line breaks inside a line into a joining space rule', () => {
    expect(cleanLine('现将有关情况报告如\n下。')).toBe('现将有关情况报告如下。');
  });
});

describe('line breaks inside a paragraph', () => {
  it('joins the pieces of a paragraph broken by soft line breaks', () => {
    const lines = toLines([{ text: '我局坚持以习近平法治思想为指导，\n深入推进法治政府建设，\n取得良好成效。' }]);
    expect(lines.map((l) => l.text)).toEqual(['我局坚持以习近平法治思想为指导，深入推进法治政府建设，取得良好成效。']);
  });

  it('splits where a break ends a sentence or a heading, or a number starts a new part', () => {
    const lines = toLines([{ text: '（一）加强组织领导\n以习近平法治思想为指导。\n一是健全制度。\n二是强化考核。' }]);
    expect(lines.map((l) => l.text)).toEqual(['（一）加强组织领导', '以习近平法治思想为指导。', '一是健全制度。', '二是强化考核。']);
  });

  it('unwraps hard-wrapped text (a PDF copy) at its line width, and keeps short lines as they are', () => {
    const wrapped = [
      '一、主要工作',
      '我局坚持以习近平新时代中国特色社会主义思想为指导深入学习贯',
      '彻习近平法治思想认真落实党中央国务院关于法治政府建设的决策',
      '部署全面推进依法行政各项工作取得新成效。',
      '二、存在问题',
      '执法人员力量不足专业人才缺乏法治宣传形式比较单一群众参与度',
      '不高行政执法规范化水平有待进一步提高基层执法能力有待加强。',
      '— 2 —',
      '下一步将继续加强执法队伍建设。',
    ].map((text) => ({ text }));
    expect(wrapWidth(toLines(wrapped))).toBe(29);
    expect(toLines(wrapped, { wrapped: true }).map((l) => l.text)).toEqual([
      '一、主要工作',
      '我局坚持以习近平新时代中国特色社会主义思想为指导深入学习贯彻习近平法治思想认真落实党中央国务院关于法治政府建设的决策部署全面推进依法行政各项工作取得新成效。',
      '二、存在问题',
      '执法人员力量不足专业人才缺乏法治宣传形式比较单一群众参与度不高行政执法规范化水平有待进一步提高基层执法能力有待加强。',
      '下一步将继续加强执法队伍建设。',
    ]);
  });

  it('does not take a run of equally long headings for a wrap width', () => {
    const lines = ['（一）加强组织领导，强化基础保障', '正文一。', '（二）坚持法治宣传，营造浓郁氛围', '正文二。', '（三）履行部门职能，推行依法行政', '正文三。'];
    expect(toLines(lines.map((text) => ({ text })), { wrapped: true }).map((l) => l.text)).toEqual(lines);
  });

  it('joins a line that ends in a comma with the next, but never into a numbered line', () => {
    const lines = toLines(['我局坚持依法行政，', '取得良好成效。', '主要做法有：', '1.健全制度，', '2.强化考核。'].map((text) => ({ text })), { wrapped: true });
    expect(lines.map((l) => l.text)).toEqual(['我局坚持依法行政，取得良好成效。', '主要做法有：', '1.健全制度，', '2.强化考核。']);
  });
});
