// 版头 and 版记 in the draft's metadata: what a draft file may hold, and what
// a clerk is told when it holds something else.
import { describe, expect, it } from 'vitest';
import { parseDraftFile, serializeDraftFile } from '../../shared/draft-file';
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
