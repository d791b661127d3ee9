// 用词: the words reviewers circle, from the list in resources/checks
// (布署→部署, 截止目前→截至目前, 习近平法制思想→习近平法治思想), each found
// only where its context rule says it is a slip.
import type { ReportBlock } from '../model';
import { finding, replaceFix } from './text';
import type { BlockContext, Finding, Severity } from './types';
import { compileWordList, slipsIn, type CompiledWords, type WordKind, type WordList } from './word-list';

const compiled = new WeakMap<WordList, CompiledWords>();

/** The list compiled once per list object. */
export function compiledWords(list: WordList): CompiledWords {
  let c = compiled.get(list);
  if (!c) compiled.set(list, (c = compileWordList(list)));
  return c;
}

const RULE: Record<WordKind, { rule: string; severity: Severity; label: string }> = {
  typo: { rule: 'word-typo', severity: 'error', label: '错别字' },
  usage: { rule: 'word-usage', severity: 'warning', label: '用词不当' },
  term: { rule: 'word-term', severity: 'error', label: '固定表述有误' },
};

export const WORD_LIST_BASIS = '公文常见误用词表（resources/checks/misused-words.json）';

export function wordRules(index: number, block: ReportBlock, text: string, ctx: BlockContext): Finding[] {
  const words = ctx.words;
  if (!words || block.type === 'signature' || block.type === 'date' || !text) return [];
  const out: Finding[] = [];
  for (const { start, end, hit } of slipsIn(words, text)) {
    const { entry } = hit;
    const kind = RULE[entry.kind];
    out.push(
      finding(text, {
        rule: kind.rule, kind: 'words', severity: kind.severity, block: index, start, end,
        message: `${kind.label}：“${entry.wrong}”应为“${entry.right}”${entry.note ? `（${entry.note}）` : '。'}`,
        ...(entry.fix === false ? {} : { fix: replaceFix(`改为“${entry.right}”`, index, start, end, entry.right) }),
        evidence: { basis: WORD_LIST_BASIS, details: [`${entry.wrong}→${entry.right}`, ...(entry.note ? [entry.note] : [])] },
      }),
    );
  }
  return out;
}
