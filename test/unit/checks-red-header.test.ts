// 版头 rules (规范检查): the 发文字号's form, its year against the 成文日期,
// and a 报告 or 请示 without its 签发人.
import { describe, expect, it } from 'vitest';
import { docNumberField } from '../../shared/checks/docnum';
import { nextYearDraft } from '../../shared/next-year';
import type { DraftMetadata, RedHeader } from '../../shared/model';
import { check, META, para, title } from '../support/check-content';

const content = [title('某某县司法局关于2023年度法治政府建设情况的报告'), para('正文。')];
const withHeader = (redHeader: RedHeader, meta: Partial<DraftMetadata> = META) => check(content, { ...meta, redHeader });
const rules = (redHeader: RedHeader, meta?: Partial<DraftMetadata>) => withHeader(redHeader, meta).map((f) => f.rule).filter((r) => r.startsWith('red-header'));

describe('发文字号 as a field', () => {
  it('reads 机关代字〔年份〕序号号 and gives the right form of one written another way', () => {
    expect(docNumberField('某司报〔2024〕3号')).toBe('ok');
    expect(docNumberField(' 川府发〔2023〕12号 ')).toBe('ok');
    expect(docNumberField('某司报[2024]3号')).toEqual({ right: '某司报〔2024〕3号', brackets: true });
    expect(docNumberField('某司报（2024年）3号')).toEqual({ right: '某司报〔2024〕3号', brackets: true });
    expect(docNumberField('某司报〔2024〕第03号')).toEqual({ right: '某司报〔2024〕3号', brackets: false });
    for (const bad of ['', '〔2024〕3号', '某司报2024年3号', '某司报〔2024〕3', '见某司报〔2024〕3号文件']) expect(docNumberField(bad), bad).toBe('unreadable');
  });
});

describe('版头 rules', () => {
  it('nothing to say about a right 版头 of a 报告 with its 签发人, nor about a draft without a 版头', () => {
    expect(rules({ mark: '某某县司法局文件', number: '某司报〔2024〕3号', signer: '王某某' })).toEqual([]);
    expect(check(content).filter((f) => f.rule.startsWith('red-header'))).toEqual([]);
  });

  it('a 文号 in the wrong form: an error saying the right one and where to change it', () => {
    const [f] = withHeader({ mark: '某某县司法局文件', number: '某司报（2024）第03号', signer: '王某某' }).filter((x) => x.rule === 'red-header-number');
    expect(f).toMatchObject({ severity: 'error', kind: 'frame', block: 0, excerpt: '某司报（2024）第03号' });
    expect(f!.message).toContain('某司报〔2024〕3号');
    expect(f!.message).toContain('文稿信息');
    expect(f!.evidence?.basis).toContain('GB/T 9704');
    expect(rules({ mark: '某某县司法局文件', number: '三号文', signer: '王某某' })).toEqual(['red-header-number']);
  });

  it('a 文号 of another year than the 成文日期: a warning', () => {
    expect(rules({ mark: '某某县司法局文件', number: '某司报〔2023〕3号', signer: '王某某' })).toEqual(['red-header-year']);
  });

  it('a 报告 or 请示 without 签发人: a warning; another kind of document needs none', () => {
    expect(rules({ mark: '某某县司法局文件', number: '某司报〔2024〕3号' })).toEqual(['red-header-signer']);
    expect(rules({ mark: '某某县司法局文件', number: '某司报〔2024〕3号', signer: '  ' })).toEqual(['red-header-signer']);
    const notice = check([title('某某县司法局关于开展法治宣传的通知'), para('正文。')], { ...META, redHeader: { mark: '某某县司法局文件', number: '某司发〔2024〕3号' } });
    expect(notice.filter((f) => f.rule.startsWith('red-header'))).toEqual([]);
  });
});

describe('从往年报告新建 with a 版头 and 版记', () => {
  it('keeps the mark and 签发人, gives the 文号 this year and a serial to fill in (pointed out), prints the 版记 today', () => {
    const metadata = { ...META, redHeader: { mark: '某某县司法局文件', number: '某司报〔2024〕3号', signer: '王某某' }, colophon: { printer: '某某县司法局办公室', printed: '2024-03-01' } };
    const next = nextYearDraft(metadata, content, new Date(2025, 1, 20)).metadata;
    expect(next.redHeader).toEqual({ mark: '某某县司法局文件', number: '某司报〔2025〕X号', signer: '王某某' });
    expect(next.colophon).toEqual({ printer: '某某县司法局办公室', printed: '2025-02-20' });
    const found = check(content, next).filter((f) => f.rule.startsWith('red-header'));
    expect(found.map((f) => f.rule)).toEqual(['red-header-serial']);
    expect(found[0]!.message).toContain('序号尚未填写');
  });
});
