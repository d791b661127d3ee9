// Small builders for the format-check tests: blocks, a check run, and the
// text after applying every safe fix.
import { WORD_LIST } from '../../electron/word-list';
import { combinedEdits, runChecks, type CheckEnv, type Finding, type TemplateRef } from '../../shared/checks';
import { applyEdits } from './apply-edits';
import { block, blockText, type DraftMetadata, type HeadingBlock, type HeadingLevel, type ReportBlock, type ReportContent } from '../../shared/model';

export const META: DraftMetadata = { unit: '某某县司法局', unitShort: '我局', year: 2023, addressee: '某某县人民政府', signature: '某某县司法局', date: '2024-03-01' };

export const para = (text: string): ReportBlock => block('paragraph', text, {});
export const heading = (level: HeadingLevel, text: string, extra: Partial<Omit<HeadingBlock, 'type' | 'children' | 'level'>> = {}): ReportBlock =>
  block('heading', text, { level, ...extra });
export const title = (text: string): ReportBlock => block('title', text, {});

/** What the product checks with: the bundled list of misused words. */
export const ENV: CheckEnv = { words: WORD_LIST };

export function check(content: ReportContent, meta: Partial<DraftMetadata> = META, template?: TemplateRef): Finding[] {
  return runChecks(content, meta, template, ENV);
}

/** The findings of one rule. */
export const ofRule = (findings: readonly Finding[], rule: string) => findings.filter((f) => f.rule === rule);

/** Rule ids of the findings on a single paragraph. */
export const rulesOn = (text: string, meta: Partial<DraftMetadata> = META) => check([para(text)], meta).map((f) => f.rule);

/** The texts after one round of every safe fix. */
export function fixedTexts(content: ReportContent, meta: Partial<DraftMetadata> = META): string[] {
  return applyEdits(content, combinedEdits(check(content, meta))).map(blockText);
}

/** The paragraph after one round of every safe fix. */
export const fixedPara = (text: string, meta: Partial<DraftMetadata> = META) => fixedTexts([para(text)], meta)[0];
