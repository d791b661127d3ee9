// 结构与提示 rules: required parts missing or empty, template hints and
// placeholders left in the text; and 段落长度.
import { describe, expect, it } from 'vitest';
import { MAX_PARAGRAPH_CHARACTERS, REQUIRED_PARTS } from '../../shared/checks';
import { block, type ReportContent, type TextBlock } from '../../shared/model';
import { fillPlaceholders, instantiateTemplate } from '../../shared/template';
import { TEMPLATES } from '../../electron/templates';
import { check, fixedTexts, heading, META, ofRule, para, title } from '../support/check-content';

const annual = TEMPLATES.find((t) => t.id === 'rule-of-law-annual')!;

/** A template draft with every section written. */
function written(id: string): ReportContent {
  const t = TEMPLATES.find((x) => x.id === id)!;
  return instantiateTemplate(t, META).map((b) => (b.type === 'paragraph' ? { ...b, children: [{ text: '我局认真落实各项工作要求，取得明显成效。' }] } : b));
}

describe('the data of required parts', () => {
  it('recognises every required level-1 heading of its template', () => {
    for (const [id, parts] of Object.entries(REQUIRED_PARTS)) {
      const t = TEMPLATES.find((x) => x.id === id)!;
      const headings = t.blocks.filter((b) => b.type === 'heading' && (b.level ?? 1) === 1).map((b) => fillPlaceholders(b.text ?? '', META));
      for (const part of parts) expect(headings.some((h) => part.heading.test(h) || part.anywhere?.test(h)), `${id}: ${part.name}`).toBe(true);
    }
  });
});

describe('required parts', () => {
  it('finds nothing in a template draft with every part written', () => {
    for (const id of Object.keys(REQUIRED_PARTS)) expect(check(written(id), META, { id }), id).toEqual([]);
  });

  it('finds a deleted part', () => {
    const content = written('rule-of-law-annual').filter((b, i, all) => !(b.type === 'heading' && (b as TextBlock).children[0]!.text.includes('第一责任人')) && !(i > 0 && (all[i - 1] as TextBlock).children[0]!.text.includes('第一责任人')));
    const f = ofRule(check(content, META, { id: 'rule-of-law-annual' }), 'part-missing');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', excerpt: '' });
    expect(f[0]!.message).toContain('第一责任人');
  });

  it('accepts a part worded differently from the template', () => {
    const content = [title('关于2023年度法治政府建设情况的报告'), heading(1, '2023年法治政府建设情况'), para('正文。'), heading(1, '主要做法和存在问题'), para('党政主要负责人切实履行第一责任人职责。'), heading(1, '2024年重点工作'), para('正文。'), block('signature', '某某县司法局', {}), block('date', '2024年3月1日', {})];
    expect(check(content, META, { id: 'rule-of-law-annual' })).toEqual([]);
  });

  it('guesses the kind of an imported report from its title, as a warning', () => {
    const content = [title('关于2023年度法治政府建设情况的报告'), heading(1, '主要举措和成效'), para('正文。')];
    const f = ofRule(check(content, META, { id: 'imported' }), 'part-missing');
    expect(f.map((x) => x.severity)).toEqual(['warning', 'warning', 'warning']);
    expect(check([title('会议纪要'), heading(1, '会议内容'), para('正文。')], META, { id: 'imported' })).toEqual([]);
  });

  it('requires the level-1 headings of a template it has no data for, word for word', () => {
    const custom = { id: 'custom', blocks: [{ type: 'heading' as const, level: 1 as const, text: '{年度}年工作情况' }, { type: 'paragraph' as const }, { type: 'heading' as const, level: 1 as const, text: '其他' }, { type: 'paragraph' as const, hint: '（可选）' }] };
    expect(ofRule(check([heading(1, '2023年工作情况'), para('正文。')], META, custom), 'part-missing')).toEqual([]);
    expect(ofRule(check([heading(1, '工作情况'), para('正文。')], META, custom), 'part-missing')).toHaveLength(1);
  });
});

describe('empty parts', () => {
  it('finds every empty section of a new draft and its empty opening', () => {
    const content = instantiateTemplate(annual, META);
    const f = check(content, META, { id: annual.id, blocks: annual.blocks });
    const empty = ofRule(f, 'part-empty');
    const sections = content.filter((b, i) => b.type === 'heading' && !(content[i + 1]?.type === 'heading' && content[i + 1]!.type === 'heading' && (content[i + 1] as { level: number }).level > b.level));
    expect(empty).toHaveLength(sections.length + 1);
    expect(empty[0]!.message).toContain('开头段');
  });

  it('finds a heading with nothing under it, and accepts one with subheadings or a run-in body', () => {
    expect(ofRule(check([heading(1, '主要举措'), heading(1, '存在问题'), para('正文。')]), 'part-empty').map((f) => f.block)).toEqual([0]);
    expect(check([heading(1, '主要举措'), heading(2, '加强领导。我局高度重视。', { runIn: true })])).toEqual([]);
  });
});

describe('hints and placeholders left in the text', () => {
  it('finds a paragraph that is its hint, and removes it', () => {
    const hint = '写明下一年度的工作思路、重点任务和具体措施。';
    const content = [heading(1, '主要安排'), { ...para(hint), hint }];
    expect(ofRule(check(content), 'template-hint')).toHaveLength(1);
    expect(fixedTexts(content)[1]).toBe('');
  });

  it('finds the template’s hints even where the block lost its own', () => {
    const hint = annual.blocks.find((b) => b.hint?.startsWith('写明“谁执法'))!.hint!;
    expect(ofRule(check([heading(1, '普法'), para(`${hint}我局开展了宣传。`)], META, { id: annual.id, blocks: annual.blocks }), 'template-hint')).toHaveLength(1);
  });

  it('finds placeholders never filled in', () => {
    expect(ofRule(check([para('根据××县文件（×〔2024〕×号）和{单位}要求。')]), 'placeholder-left').map((f) => f.excerpt)).toEqual(['××', '×', '×', '{单位}']);
    expect(check([para('面积为3×4米，XXL型号。')])).toEqual([]);
  });
});

describe('paragraph length', () => {
  it('finds a paragraph longer than a page and a half', () => {
    const long = '我局认真落实各项工作要求。'.repeat(Math.ceil((MAX_PARAGRAPH_CHARACTERS + 1) / 13));
    expect(check([para(long)]).map((f) => [f.rule, f.severity])).toEqual([['paragraph-too-long', 'info']]);
  });

  it('accepts a paragraph of a page', () => {
    expect(check([para('我局认真落实各项工作要求。'.repeat(47))])).toEqual([]);
    expect(check([block('paragraph', '', {})])).toEqual([]);
  });
});

describe('the closing a 报告 needs', () => {
  const body = [heading(1, '主要举措'), para('正文。')];
  const signature = block('signature', '某某县司法局', {});
  const date = block('date', '2024年3月1日', {});

  it('finds a 报告 without 署名 or 成文日期', () => {
    const content = [title('某某县司法局关于2023年度依法行政工作情况的报告'), ...body];
    expect(check(content).map((f) => [f.rule, f.severity])).toEqual([['closing-signature', 'error'], ['closing-date', 'error']]);
    expect(ofRule(check([...content, date]), 'closing-signature')).toHaveLength(1);
    expect(ofRule(check([...content, block('signature', '', {}), date]), 'closing-signature')).toHaveLength(1);
    expect(check([...content, signature, date])).toEqual([]);
  });

  it('holds a draft of a report template to it when the title names no 文种', () => {
    expect(ofRule(check([title('法治政府建设'), ...body], META, { id: 'rule-of-law-annual' }), 'closing-date')).toHaveLength(1);
    expect(ofRule(check([title('法治政府建设'), ...body], META, { id: 'blank' }), 'closing-date')).toEqual([]);
  });

  it('does not hold a 工作总结 or 汇报 to it', () => {
    for (const t of ['2023年度某某乡法治政府建设工作总结', '某某县司法局工作情况汇报']) {
      expect(check([title(t), ...body], META, { id: 'rule-of-law-annual' }).filter((f) => f.rule.startsWith('closing-')), t).toEqual([]);
    }
  });
});

describe('the end of a heading', () => {
  it('finds a heading on its own line ending in a mark, and deletes it', () => {
    const content = [heading(2, '扩宽法律服务面，完善治理体系。'), para('正文。'), heading(1, '主要做法；'), para('正文。')];
    expect(ofRule(check(content), 'heading-end-punct').map((f) => [f.block, f.excerpt, f.severity])).toEqual([[0, '。', 'warning'], [2, '；', 'warning']]);
    expect(fixedTexts(content)[0]).toBe('扩宽法律服务面，完善治理体系');
  });

  it('accepts a run-in heading ending its sentence in 。, a question, a heading without a mark, and items numbered 1.', () => {
    const content = [heading(2, '主要做法。一是加强统筹。', { runIn: true }), heading(2, '为什么要依法行政？'), para('正文。'), heading(2, '强化组织领导'), heading(3, '成立领导小组。'), heading(3, '制定实施方案；'), para('正文。')];
    expect(check(content)).toEqual([]);
  });
});
