// 结构: the parts the report must have, missing or left empty: the parts of
// its kind (by template or title), the closing a 报告 needs (closing.ts),
// the opening paragraph and every section's content.
import { contentTitle, type DraftMetadata, type ReportContent } from '../model';
import { fillPlaceholders, type TemplateBlock } from '../template';
import { closingParts } from './closing';
import { guessTemplateId, REQUIRED_PARTS, type RequiredPart } from './parts';
import { finding } from './text';
import type { CheckInput, Finding, Severity, TemplateRef } from './types';

const compact = (s: string) => s.replace(/[\s\u3000。，；：、！？.,;:!?]/gu, '');

function isFullMetadata(m: Partial<DraftMetadata>): m is DraftMetadata {
  return ['unit', 'unitShort', 'addressee', 'signature', 'date'].every((k) => typeof m[k as keyof DraftMetadata] === 'string') && typeof m.year === 'number';
}

/** Every hint the draft's blocks and its template carry, as the clerk would see them. */
export function hintsOf(content: ReportContent, metadata: Partial<DraftMetadata>, template?: TemplateRef): string[] {
  const raw = [...content.map((b) => b.hint ?? ''), ...(template?.blocks ?? []).map((b) => b.hint ?? '')];
  const filled = raw.map((h) => (isFullMetadata(metadata) ? fillPlaceholders(h, metadata) : h).trim());
  return [...new Set(filled.filter((h) => h.length >= 6))];
}

/** Is the block body text with something written in it (not empty, not a hint)? */
function written(text: string, hints: readonly string[]): boolean {
  const t = text.trim();
  return t.length > 0 && !hints.includes(t);
}

/** Headings with nothing under them: no text and no subheadings. */
function emptySections(input: CheckInput): Finding[] {
  const hints = input.hints;
  const out: Finding[] = [];
  const { content, texts } = input;
  content.forEach((b, i) => {
    if (b.type !== 'heading') return;
    if (b.runIn && written(texts[i]!.replace(/^[^。！？]*[。！？]/u, ''), hints)) return;
    // A 1. or （1） item that is a sentence of its own (1.成立领导小组。) is content, not an empty heading.
    if (b.level > 2 && /[。；！？]\s*$/u.test(texts[i]!)) return;
    let filled = false;
    for (let j = i + 1; j < content.length; j++) {
      const n = content[j]!;
      if (n.type === 'heading' ? n.level <= b.level : n.type !== 'paragraph') break;
      if (n.type === 'heading' || written(texts[j]!, hints)) {
        filled = true;
        break;
      }
    }
    if (filled) return;
    const text = texts[i]!;
    out.push(
      finding(text, {
        rule: 'part-empty', kind: 'structure', severity: 'warning', block: i, start: 0, end: text.length,
        message: `“${input.numbers[i] ?? ''}${text.trim()}”下面还没有内容：请补写，或删去这一部分。`,
      }),
    );
  });
  return out;
}

/** The opening paragraph a template asks for (before the first heading), left empty. */
function emptyOpening(input: CheckInput, blocks: readonly TemplateBlock[]): Finding[] {
  const firstHeading = blocks.findIndex((b) => b.type === 'heading');
  if (!blocks.slice(0, firstHeading < 0 ? blocks.length : firstHeading).some((b) => b.type === 'paragraph')) return [];
  const hints = input.hints;
  const { content, texts } = input;
  const end = content.findIndex((b) => b.type === 'heading');
  const body = content.slice(0, end < 0 ? content.length : end).flatMap((b, i) => (b.type === 'paragraph' ? [i] : []));
  if (body.length === 0 || body.some((i) => written(texts[i]!, hints))) return [];
  return [
    finding(texts[body[0]!]!, {
      rule: 'part-empty', kind: 'structure', severity: 'warning', block: body[0]!, start: 0, end: 0,
      message: '开头段还没有内容：请简述总体情况，以“现将有关情况报告如下。”之类的话结尾。',
    }),
  ];
}

/** A template's own required parts: its level-1 headings, unless its hint says the part is optional. */
function partsFromTemplate(blocks: readonly TemplateBlock[], meta: Partial<DraftMetadata>): RequiredPart[] {
  return blocks.flatMap((b, k) => {
    if (b.type !== 'heading' || (b.level ?? 1) !== 1 || !b.text) return [];
    const next = blocks[k + 1];
    if (next && next.type === 'paragraph' && /可选|可删除/u.test(next.hint ?? '')) return [];
    const text = isFullMetadata(meta) ? fillPlaceholders(b.text, meta) : b.text;
    const word = compact(text).replace(/[\\^$.*+?()[\]{}|]/gu, '\\$&');
    return [{ name: text, heading: new RegExp(`^${word}$`, 'u') }];
  });
}

function headingsMatch(content: ReportContent, texts: readonly string[], part: RequiredPart): boolean {
  const level1 = content.some((b) => b.type === 'heading' && b.level === 1);
  return content.some((b, i) => b.type === 'heading' && (!level1 || b.level === 1) && part.heading.test(compact(texts[i]!)));
}

/** A required part of the report's kind and whether the report has it. */
export interface PartStatus {
  part: RequiredPart;
  present: boolean;
}

type PartsInput = Pick<CheckInput, 'content' | 'texts' | 'template' | 'metadata'>;

/**
 * The parts the report's kind requires (by its template, else by its title)
 * and which of them it has; severity is how a missing one is reported. No
 * parts when the kind is not known or the report has no headings at all.
 */
export function requiredParts(input: PartsInput): { parts: PartStatus[]; severity: Severity } {
  const { content, texts, template } = input;
  let parts: readonly RequiredPart[] | undefined = template ? REQUIRED_PARTS[template.id] : undefined;
  let severity: Severity = 'error';
  if (!parts && template?.blocks) parts = partsFromTemplate(template.blocks, input.metadata);
  if (!parts) {
    const guess = guessTemplateId(contentTitle(content));
    parts = guess ? REQUIRED_PARTS[guess] : undefined;
    severity = 'warning';
  }
  if (!parts || !content.some((b) => b.type === 'heading')) return { parts: [], severity };
  const all = texts.join('\n');
  const present = (p: RequiredPart) => headingsMatch(content, texts, p) || Boolean(p.anywhere && p.anywhere.test(all));
  return { parts: parts.map((part) => ({ part, present: present(part) })), severity };
}

function missingParts(input: CheckInput): Finding[] {
  const { content, texts } = input;
  const { parts, severity } = requiredParts(input);
  const tail = content.findIndex((b) => b.type === 'signature' || b.type === 'date' || b.type === 'attachment');
  const at = Math.max(0, (tail < 0 ? content.length : tail) - 1);
  return parts
    .filter((s) => !s.present)
    .map(({ part: p }) =>
      finding('', {
        rule: 'part-missing', kind: 'structure', severity, block: at, start: (texts[at] ?? '').length, end: (texts[at] ?? '').length, excerpt: '', context: '',
        message: `缺少“${p.name}”部分${p.basis ? `（${p.basis}）` : ''}：请增加这一部分的标题和内容。`,
      }),
    );
}

export function structureRules(input: CheckInput): Finding[] {
  const blocks = input.template?.blocks;
  return [...missingParts(input), ...closingParts(input), ...(blocks ? emptyOpening(input, blocks) : []), ...emptySections(input)];
}
