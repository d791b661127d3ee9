// 附件说明 and attachments (GB/T 9704-2012 7.3.5, 8): when the draft carries
// its attachments after the main text, the 附件说明 names each of them, in
// their order, as their titles read. A name that differs is corrected in
// place; a 附件说明 with too few or too many names is rewritten from the
// attachments. An attachment without a title is reported.
import { annexParts, mainTextEnd, noteChange, noteItems, noteNameOf } from '../annexes';
import { finding, replaceFix } from './text';
import type { CheckInput, Finding } from './types';

const rewrite = (block: number) => ({ label: '按附件重写附件说明', edits: [{ kind: 'attachment-note' as const, block }] });

export function annexRules(input: CheckInput): Finding[] {
  const { content, texts } = input;
  const parts = annexParts(content);
  if (parts.length === 0) return [];
  const out: Finding[] = [];
  for (const p of parts) {
    if (texts[p.index]!.trim()) continue;
    out.push(finding('', { rule: 'annex-title-missing', kind: 'structure', severity: 'error', block: p.index, start: 0, end: 0, excerpt: p.label, message: `${p.label}没有标题：请在“${p.label}”下写出附件标题（居中，与附件说明中的名称一致）。` }));
  }
  const change = noteChange(content);
  if (!change) return out;
  const names = parts.map((p) => noteNameOf(p.title));
  const items = noteItems(content);
  const together = items.every((i, k) => i === items[0]! + k);
  if (items.length === names.length && together) {
    items.forEach((i, k) => {
      const text = texts[i]!;
      if (text === names[k]) return;
      out.push(
        finding(text, {
          rule: 'attachment-note-name', kind: 'structure', severity: 'error', block: i, start: 0, end: text.length,
          message: `附件说明中的第${k + 1}个附件名称应与${parts[k]!.label}的标题一致：“${names[k]}”。`,
          fix: replaceFix(`改为“${names[k]}”`, i, 0, text.length, names[k]!),
        }),
      );
    });
    return out;
  }
  const block = items[0] ?? Math.min(change.start, mainTextEnd(content) - 1);
  const text = texts[block] ?? '';
  const message = items.length === 0
    ? `正文后附有${names.length}个附件，正文下应有附件说明（附件：${names.length > 1 ? '1.' : ''}${names[0]}……）。`
    : items.length !== names.length
      ? `附件说明列出${items.length}个附件，正文后附有${names.length}个附件：附件说明应逐一列出附件名称，顺序与附件一致。`
      : '附件说明应集中写在正文之后、署名之前，逐一列出附件名称。';
  out.push(finding(text, { rule: 'attachment-note-count', kind: 'structure', severity: 'error', block, start: 0, end: items.length ? text.length : 0, message, fix: rewrite(block) }));
  return out;
}
