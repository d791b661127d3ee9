// 用词: the list of misused words is data (resources/checks), bundled like the
// templates. It is validated here, and every entry is tested both ways from
// its own examples: its slip is found (and fixed to the right word), the
// corrected sentence and the sentence where the characters are right as
// written stay quiet. The real reports' text raises nothing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORD_LIST } from '../../electron/word-list';
import { runChecks } from '../../shared/checks';
import { validateWordList, type WordEntry } from '../../shared/checks/word-list';
import { recognizeText } from '../../shared/recognize';
import { check, fixedPara, META, para } from '../support/check-content';

const words = (text: string) => check([para(text)]).filter((f) => f.kind === 'words');
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');

describe('the word list data', () => {
  it('is valid, with at least 150 pairs of each kind of slip', () => {
    expect(validateWordList(WORD_LIST)).toBeNull();
    expect(WORD_LIST.entries.length).toBeGreaterThanOrEqual(150);
    for (const kind of ['typo', 'usage', 'term'] as const) expect(WORD_LIST.entries.filter((e) => e.kind === kind).length, kind).toBeGreaterThan(20);
    const keys = WORD_LIST.entries.map((e) => `${e.wrong}|${e.after ?? ''}|${e.before ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('refuses malformed data with a reason', () => {
    const entry: WordEntry = { wrong: '布署', right: '部署', kind: 'typo', slip: '工作布署。' };
    expect(validateWordList({ version: 1, entries: [entry] })).toBeNull();
    expect(validateWordList({ version: 2, entries: [] })).toMatch(/version/u);
    expect(validateWordList({ version: 1, entries: [{ ...entry, right: '布署' }] })).toMatch(/same/u);
    expect(validateWordList({ version: 1, entries: [{ ...entry, kind: 'slang' }] })).toMatch(/kind/u);
    expect(validateWordList({ version: 1, entries: [{ ...entry, slip: '工作部署。' }] })).toMatch(/slip example/u);
    expect(validateWordList({ version: 1, entries: [{ ...entry, after: '(' }] })).toMatch(/compile/u);
    expect(validateWordList({ version: 1, entries: [{ ...entry, after: '^了' }] })).toMatch(/ok example/u);
  });
});

describe('every entry, both ways', () => {
  for (const e of WORD_LIST.entries) {
    it(`${e.wrong} → ${e.right}`, () => {
      const found = words(e.slip);
      expect(found.map((f) => f.excerpt), e.slip).toContain(e.wrong);
      const f = found.find((x) => x.excerpt === e.wrong)!;
      expect(f.rule).toBe(`word-${e.kind}`);
      expect(f.message).toContain(`“${e.right}”`);
      expect(f.evidence!.details![0]).toBe(`${e.wrong}→${e.right}`);
      if (e.fix !== false) expect(fixedPara(e.slip)).toContain(e.slip.replace(e.wrong, e.right).slice(0, 6));
      expect(words(e.slip.split(e.wrong).join(e.right)).filter((x) => x.excerpt === e.wrong), 'corrected').toEqual([]);
      if (e.ok) expect(words(e.ok).filter((x) => x.excerpt === e.wrong), e.ok).toEqual([]);
    });
  }
});

describe('the pairs reviewers circle', () => {
  it('reads 截止/截至 and 渡过/度过 by context', () => {
    expect(fixedPara('截止目前，共受理12件；截止2023年底完成。')).toBe('截至目前，共受理12件；截至2023年底完成。');
    expect(words('报名于5月31日截止，截止日期不再延长，截止到目前共12件；截至目前已完成。')).toEqual([]);
    expect(fixedPara('申报截至日期为5月31日。')).toBe('申报截止日期为5月31日。');
    expect(fixedPara('齐心协力度过难关，渡过了一个祥和的春节。')).toBe('齐心协力渡过难关，度过了一个祥和的春节。');
    expect(words('安全度过汛期，渡过长江，渡过难关。')).toEqual([]);
  });

  it('finds 布署, 既使, 按排, 做为, 必竟, 其它, 发韧 and 暴涨 used for prices, and not their look-alikes', () => {
    expect(fixedPara('统一按排布署，做为重点，必竟既使困难也要推进其它工作，发韧于基层。')).toBe('统一安排部署，作为重点，毕竟即使困难也要推进其他工作，发轫于基层。');
    expect(words('既使用传统媒体又利用新媒体，按排名先后公示，争做为民服务的表率，河水暴涨。')).toEqual([]);
    expect(words('部分蔬菜价格暴涨。').map((f) => [f.rule, f.excerpt])).toEqual([['word-usage', '暴涨']]);
  });

  it('finds misspelt fixed political phrases and names of laws', () => {
    const text = '以习近平新时代中国特色社会主义为指导，学习习近平法制思想，深刻领悟“两个确定”，树牢“四个意思”，做到“两个拥护”，落实《法治政府建设与责任落实督查工作规定》。';
    expect(words(text).map((f) => f.excerpt)).toEqual(['习近平新时代中国特色社会主义', '习近平法制思想', '两个确定', '四个意思', '两个拥护', '责任落实督查工作规定']);
    expect(fixedPara(text)).toBe('以习近平新时代中国特色社会主义思想为指导，学习习近平法治思想，深刻领悟“两个确立”，树牢“四个意识”，做到“两个维护”，落实《法治政府建设与责任落实督察工作规定》。');
    expect(words('坚持以习近平新时代中国特色社会主义思想为指导，深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。')).toEqual([]);
  });

  it('is off without the list, as nothing in shared code reads files', () => {
    expect(runChecks([para('工作布署。')], META).filter((f) => f.kind === 'words')).toEqual([]);
  });

  it('raises nothing on the real reports’ text', () => {
    for (const name of ['township-annual-2023.txt', 'county-bureau-annual-2023.txt']) {
      const content = recognizeText(readFileSync(path.join(FIXTURES, name), 'utf8'));
      expect(check(content).filter((f) => f.kind === 'words'), name).toEqual([]);
    }
  });
});

describe('clean paragraphs of real reports', () => {
  it('raise no finding at all', () => {
    const corpus = readFileSync(path.resolve(import.meta.dirname, '../fixtures/checks/clean-paragraphs.txt'), 'utf8').split('\n').filter(Boolean);
    expect(corpus.length).toBeGreaterThanOrEqual(20);
    for (const text of corpus) expect(check([para(text)]).map((f) => `${f.rule} ${f.excerpt}`), text).toEqual([]);
    // Together as one report's body, the document-wide rules (％, leads, 万) stay quiet too.
    expect(check(corpus.map(para)).map((f) => `${f.rule} ${f.excerpt}`)).toEqual([]);
  });
});
