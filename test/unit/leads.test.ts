import { describe, expect, it } from 'vitest';
import { leadWord, nextLeadFix, type LeadFix } from '../../shared/leads';
import { block, type ReportBlock, type ReportContent, type ReportText, type TextBlock } from '../../shared/model';

const para = (...children: ReportText[]): ReportBlock => ({ type: 'paragraph', children });
const lead = (text: string): ReportText => ({ text, lead: true });

/** Applies fixes the way the editor does, until none is left. */
function settle(content: ReportContent): ReportContent {
  const c: ReportContent = structuredClone(content);
  for (let guard = 0; guard < 100; guard++) {
    const fix: LeadFix | null = nextLeadFix(c);
    if (!fix) return c;
    const children = (c[fix.block] as TextBlock).children;
    const leaf = children[fix.child]!;
    if (fix.kind === 'renumber') {
      leaf.text = fix.text;
      leaf.lead = fix.count;
    }
    else if (fix.kind === 'unmark') delete leaf.lead;
    else {
      const parts: ReportText[] = [];
      if (fix.prefix) parts.push({ text: leaf.text.slice(0, fix.prefix) });
      parts.push({ text: leaf.text.slice(fix.prefix, fix.prefix + fix.word), lead: leaf.lead! });
      if (leaf.text.length > fix.prefix + fix.word) parts.push({ text: leaf.text.slice(fix.prefix + fix.word) });
      children.splice(fix.child, 1, ...parts);
    }
  }
  throw new Error('lead fixes did not settle');
}

const leads = (c: ReportContent) => c.flatMap((b) => (b as TextBlock).children.filter((t) => t.lead).map((t) => t.text));

describe('一是……二是…… leads', () => {
  it('writes lead words', () => {
    expect([1, 2, 10, 11].map(leadWord)).toEqual(['一是', '二是', '十是', '十一是']);
  });

  it('counts within a section and restarts after every heading', () => {
    const doc: ReportContent = [
      para(lead('三是'), { text: '加强领导；' }, lead('一是'), { text: '完善制度。' }),
      para(lead('五是'), { text: '强化考核。' }),
      block('heading', '下一节', { level: 2 }),
      para(lead('二是'), { text: '开展普法。' }),
    ];
    expect(leads(settle(doc))).toEqual(['一是', '二是', '三是', '一是']);
  });

  it('is right already: no fix', () => {
    const counted = [para({ text: '一是', lead: 1 }, { text: '甲；' }, { text: '二是', lead: 2 }, { text: '乙。' })];
    expect(nextLeadFix(counted)).toBeNull();
    // An imported lead (true) is counted the first time.
    expect(nextLeadFix([para(lead('一是'), { text: '甲。' })])).toEqual({ kind: 'renumber', block: 0, child: 0, text: '一是', count: 1 });
  });

  it('renumbers when a lead is removed or moved', () => {
    const removed = [para(lead('一是'), { text: '甲；' }), para(lead('三是'), { text: '丙。' })];
    expect(leads(settle(removed))).toEqual(['一是', '二是']);
  });

  it('keeps text typed into a lead leaf as plain text, never deleting it', () => {
    const typed = [para({ text: '我们' }, lead('一是要加强'), { text: '学习。' })];
    const settled = settle(typed);
    expect((settled[0] as TextBlock).children.map((t) => t.text).join('')).toBe('我们一是要加强学习。');
    expect(leads(settled)).toEqual(['一是']);
    const before = settle([para(lead('首先一是'))]);
    expect(before[0]!.children).toEqual([{ text: '首先' }, { text: '一是', lead: 1 }]);
  });

  it('unmarks a lead whose word was deleted', () => {
    expect((settle([para(lead('一'), { text: '加强' })])[0] as TextBlock).children.every((t) => !t.lead)).toBe(true);
  });
});
