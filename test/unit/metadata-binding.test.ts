import { describe, expect, it } from 'vitest';
import { metadataChanges } from '../../shared/metadata-binding';
import { blockText, type DraftMetadata, type ReportContent } from '../../shared/model';
import { nextYearDraft } from '../../shared/next-year';
import { defaultMetadata, instantiateTemplate } from '../../shared/template';
import { findTemplate } from '../../electron/templates';

const META: DraftMetadata = defaultMetadata(new Date(2025, 0, 10), {
  unit: '某某乡人民政府',
  year: 2024,
  addressee: '某某县司法局',
  date: '2025-01-10',
});

function apply(content: ReportContent, before: DraftMetadata, after: DraftMetadata): ReportContent {
  const copy: ReportContent = structuredClone(content);
  for (const { index, text } of metadataChanges(content, before, after)) copy[index]!.children = [{ text }];
  return copy;
}

describe('metadata fills the title, addressee, years, signature and date', () => {
  const content = instantiateTemplate(findTemplate('rule-of-law-annual'), META);

  it('follows a change of unit, year, addressee, signature and date', () => {
    const after = { ...META, unit: '某某镇人民政府', year: 2025, addressee: '某某县人民政府', signature: '某某镇人民政府', date: '2026-02-03' };
    const next = apply(content, META, after);
    const text = (type: string) => next.filter((b) => b.type === type).map(blockText);
    expect(text('title')).toEqual(['某某镇人民政府关于2025年度法治政府建设情况的报告']);
    expect(text('addressee')).toEqual(['某某县人民政府：']);
    expect(text('heading')).toContain('2025年度推进法治政府建设的主要举措和成效');
    expect(text('heading')).toContain('2026年度推进法治政府建设的主要安排');
    expect(text('signature')).toEqual(['某某镇人民政府']);
    expect(text('date')).toEqual(['2026年2月3日']);
  });

  it('leaves text the clerk rewrote by hand', () => {
    const edited: ReportContent = structuredClone(content);
    edited[0]!.children = [{ text: '某某乡2024年法治政府建设工作总结' }];
    const changes = metadataChanges(edited, META, { ...META, year: 2025 });
    expect(changes.map((c) => c.index)).not.toContain(0);
    expect(changes.length).toBeGreaterThan(0);
  });

  it('changes nothing when nothing bound changed', () => {
    expect(metadataChanges(content, META, { ...META, unitShort: '我乡' })).toEqual([]);
  });

  it('empties the addressee line when the addressee is removed, and fills it again', () => {
    const none = apply(content, META, { ...META, addressee: '' });
    expect(blockText(none.find((b) => b.type === 'addressee')!)).toBe('');
    const back = apply(none, { ...META, addressee: '' }, META);
    expect(blockText(back.find((b) => b.type === 'addressee')!)).toBe('某某县司法局：');
  });
});

describe('从往年报告新建', () => {
  const content = instantiateTemplate(findTemplate('rule-of-law-annual'), META);
  const body: ReportContent = structuredClone(content);
  body[2]!.children = [{ text: '2024年，我乡对照2023年工作要点推进法治建设。' }];
  body[5]!.children = [{ text: '全年召开专题会议3次。' }];
  const meta = { ...META, deadlines: [{ label: '报送', date: '2025-03-01' }] };

  it('moves the year on by one in metadata, title and headings, and keeps the body', () => {
    const next = nextYearDraft(meta, body, new Date(2026, 0, 5));
    expect(next.metadata.year).toBe(2025);
    expect(next.metadata.date).toBe('2026-01-05');
    expect(next.metadata.deadlines).toEqual([{ label: '报送', date: '2026-03-01' }]);
    expect(blockText(next.content[0]!)).toBe('某某乡人民政府关于2025年度法治政府建设情况的报告');
    const headings = next.content.filter((b) => b.type === 'heading').map(blockText);
    expect(headings[0]).toBe('2025年度推进法治政府建设的主要举措和成效');
    expect(headings).toContain('2026年度推进法治政府建设的主要安排');
    expect(blockText(next.content[2]!)).toBe('2024年，我乡对照2023年工作要点推进法治建设。');
    expect(blockText(next.content[5]!)).toBe('全年召开专题会议3次。');
    expect(blockText(next.content.find((b) => b.type === 'date')!)).toBe('2026年1月5日');
  });

  it('shifts a hand-written title too, and leaves the original draft untouched', () => {
    const handTitle: ReportContent = structuredClone(body);
    handTitle[0]!.children = [{ text: '某某乡2024年法治政府建设工作总结' }];
    const before = JSON.stringify(handTitle);
    const next = nextYearDraft(meta, handTitle, new Date(2026, 0, 5));
    expect(blockText(next.content[0]!)).toBe('某某乡2025年法治政府建设工作总结');
    expect(JSON.stringify(handTitle)).toBe(before);
  });
});
