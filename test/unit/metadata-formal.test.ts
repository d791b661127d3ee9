// 版头 and 版记 in the draft's metadata: what a draft file may hold, and what
// a clerk is told when it holds something else.
import { describe, expect, it } from 'vitest';
import { parseDraftFile, serializeDraftFile } from '../../shared/draft-file';
import { colophonProblem, docNumberSuggestion, redHeaderProblem, savedColophon, savedRedHeader } from '../../shared/formal';
import { validateMetadata } from '../../shared/model';
import { loadFixtureReport } from '../fixtures/export/reports';
import { COLOPHON, RED_HEADER } from '../support/formal';
import { METADATA } from '../support/library-fixtures';

const draftFile = (metadata: unknown) => {
  const { title, content } = loadFixtureReport('township-annual-2023');
  return JSON.stringify({ ...JSON.parse(serializeDraftFile({ title, template: 'rule-of-law-annual', metadata: METADATA, content })), metadata });
};

describe('redHeader and colophon', () => {
  it('are optional, and kept as given', () => {
    expect(validateMetadata(METADATA)).toBeNull();
    expect(validateMetadata({ ...METADATA, redHeader: RED_HEADER, colophon: COLOPHON })).toBeNull();
    expect(validateMetadata({ ...METADATA, redHeader: { mark: '某某县司法局文件', number: '某司发〔2026〕1号' }, colophon: { printer: '某某县司法局办公室', printed: '2026-03-01' } })).toBeNull();
    const parsed = parseDraftFile(draftFile({ ...METADATA, redHeader: RED_HEADER, colophon: COLOPHON }));
    expect(parsed.metadata.redHeader).toEqual(RED_HEADER);
    expect(parsed.metadata.colophon).toEqual(COLOPHON);
  });

  it('refuse an empty mark or 文号, an unknown key, a 印发日期 that is no date', () => {
    expect(validateMetadata({ ...METADATA, redHeader: { ...RED_HEADER, mark: ' ' } })).toMatch(/redHeader\.mark is empty/u);
    expect(validateMetadata({ ...METADATA, redHeader: { mark: '某某县司法局文件' } })).toMatch(/redHeader\.number/u);
    expect(validateMetadata({ ...METADATA, redHeader: { ...RED_HEADER, colour: 'red' } })).toMatch(/redHeader/u);
    expect(validateMetadata({ ...METADATA, colophon: { ...COLOPHON, printed: '2026-02-30' } })).toMatch(/colophon\.printed/u);
  });

  it('a draft file with a bad field names it as the clerk knows it', () => {
    expect(() => parseDraftFile(draftFile({ ...METADATA, colophon: { ...COLOPHON, printed: '3月1日' } }))).toThrow(/“印发日期”有误/u);
    expect(() => parseDraftFile(draftFile({ ...METADATA, redHeader: { ...RED_HEADER, number: '' } }))).toThrow(/“发文字号”有误/u);
  });
});

describe('文稿信息 before saving (shared/formal.ts)', () => {
  it('says what is missing or malformed, and offers the 文号 in its right form', () => {
    expect(redHeaderProblem(RED_HEADER)).toBeNull();
    expect(redHeaderProblem({ ...RED_HEADER, mark: '' })).toContain('发文机关标志');
    expect(redHeaderProblem({ ...RED_HEADER, number: '  ' })).toContain('请填写发文字号');
    expect(redHeaderProblem({ ...RED_HEADER, number: '某司报2026年3号' })).toContain('机关代字〔年份〕序号号');
    expect(redHeaderProblem({ ...RED_HEADER, number: '某司报(2026)3号' })).toBeNull();
    expect(docNumberSuggestion('某司报(2026)3号')).toBe('某司报〔2026〕3号');
    expect(docNumberSuggestion('某司报〔2026〕3号')).toBeNull();
    expect(colophonProblem(COLOPHON)).toBeNull();
    expect(colophonProblem({ ...COLOPHON, printer: ' ' })).toContain('印发机关');
    expect(colophonProblem({ ...COLOPHON, printed: '' })).toContain('印发日期');
    expect(savedRedHeader({ mark: ' 甲 ', number: ' 某司报〔2026〕3号 ', signer: ' ' })).toEqual({ mark: '甲', number: '某司报〔2026〕3号' });
    expect(savedColophon({ cc: ' ', printer: ' 乙 ', printed: '2026-03-01' })).toEqual({ printer: '乙', printed: '2026-03-01' });
  });
});
