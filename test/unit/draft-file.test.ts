import { describe, expect, it } from 'vitest';
import {
  DRAFT_FILE_FORMAT,
  DRAFT_FILE_VERSION,
  DraftFileError,
  parseDraftFile,
  serializeDraftFile,
  type DraftFile,
} from '../../shared/draft-file';
import { block, type DraftMetadata, type ReportContent } from '../../shared/model';

const metadata: DraftMetadata = {
  unit: '某某县司法局',
  unitShort: '我局',
  year: 2024,
  addressee: '县政府',
  signature: '某某县司法局',
  date: '2025-03-01',
};
const content: ReportContent = [
  block('title', '某某县司法局关于2024年度法治政府建设情况的报告', {}),
  block('addressee', '县政府：', {}),
  block('heading', '2024年度推进法治政府建设的主要举措和成效', { level: 1 }),
  block('paragraph', '', { hint: '写明……' }),
  block('paragraph', '𠀀字与"引号"\\反斜杠\n换行', {}),
  block('signature', '某某县司法局', {}),
  block('date', '2025年3月1日', {}),
];
const draft = { title: '某某县司法局关于2024年度法治政府建设情况的报告', template: 'rule-of-law-annual', metadata, content };

function file(overrides: Record<string, unknown>): string {
  return JSON.stringify({ format: DRAFT_FILE_FORMAT, version: DRAFT_FILE_VERSION, ...draft, ...overrides });
}

function errorOf(text: string): DraftFileError {
  try {
    parseDraftFile(text);
  } catch (error) {
    expect(error).toBeInstanceOf(DraftFileError);
    return error as DraftFileError;
  }
  throw new Error('parseDraftFile accepted the text');
}

describe('draft files', () => {
  it('round-trips a draft', () => {
    const text = serializeDraftFile(draft);
    const parsed: DraftFile = parseDraftFile(text);
    expect(parsed).toEqual({ format: DRAFT_FILE_FORMAT, version: DRAFT_FILE_VERSION, ...draft });
  });

  it('writes readable, versioned JSON ending in a newline', () => {
    const text = serializeDraftFile(draft);
    expect(text.endsWith('\n')).toBe(true);
    expect(text).toContain('\n  "format": "gongwen-report-draft"');
    expect(text).toContain('某某县司法局'); // not \u-escaped
    expect(JSON.parse(text).version).toBe(DRAFT_FILE_VERSION);
  });

  it('tolerates a byte-order mark (files saved by Windows Notepad)', () => {
    expect(parseDraftFile('\uFEFF' + serializeDraftFile(draft)).content).toEqual(content);
  });

  it('refuses text that is not JSON', () => {
    expect(errorOf('{ "format": ').message).toBe('文件不是有效的文稿文件（JSON 格式有误）。');
    expect(errorOf('').message).toMatch(/JSON 格式有误/u);
  });

  it('refuses JSON of another format', () => {
    expect(errorOf(file({ format: 'something-else' })).message).toBe('文件不是本软件的文稿文件。');
    expect(errorOf('null').message).toBe('文件不是本软件的文稿文件。');
    expect(errorOf('[1,2]').message).toBe('文件不是本软件的文稿文件。');
    expect(errorOf('"gongwen-report-draft"').message).toBe('文件不是本软件的文稿文件。');
  });

  it('refuses a file from a newer version, asking to upgrade', () => {
    expect(errorOf(file({ version: DRAFT_FILE_VERSION + 1 })).message).toBe(
      '文稿文件由更新版本的软件生成，请升级本软件后再打开。',
    );
  });

  it('refuses a missing or nonsensical version without claiming it is newer', () => {
    for (const version of [undefined, '1', 0, -1, 0.5]) {
      const message = errorOf(file({ version })).message;
      expect(message).toMatch(/[\u4e00-\u9fff]/u);
      expect(message).not.toContain('更新版本');
    }
  });

  it('refuses broken content, saying why', () => {
    const missing = errorOf(file({ content: undefined })).message;
    expect(missing).toMatch(/^文稿内容已损坏（.+）。$/u);
    expect(errorOf(file({ content: [{ type: 'heading', children: [{ text: 'x' }] }] })).message).toMatch(
      /^文稿内容已损坏（.*level 1-4.*）。$/u,
    );
    expect(errorOf(file({ content: [{ type: 'paragraph', children: [] }] })).message).toMatch(/文稿内容已损坏/u);
  });

  it('refuses missing or malformed metadata, saying which field is wrong and why', () => {
    expect(errorOf(file({ metadata: undefined })).message).toBe('文稿文件缺少单位、年度等信息（metadata is missing）。');
    expect(errorOf(file({ metadata: 'x' })).message).toBe(
      '文稿文件中的单位、年度等信息有误（metadata is not an object）。请改正该项后再试，或在本软件中重新导出该文稿。',
    );
    expect(errorOf(file({ metadata: { ...metadata, year: '2024' } })).message).toBe(
      '文稿文件中的“年度”有误（metadata.year is not a whole number）。请改正该项后再试，或在本软件中重新导出该文稿。',
    );
    const { unit: _unit, ...noUnit } = metadata;
    expect(errorOf(file({ metadata: noUnit })).message).toBe(
      '文稿文件中的“单位全称”有误（metadata.unit is missing）。请改正该项后再试，或在本软件中重新导出该文稿。',
    );
  });

  it('names an unknown font profile as the reason, not missing information (issue 11)', () => {
    const message = errorOf(file({ metadata: { ...metadata, format: { fontProfile: 'comic' } } })).message;
    expect(message).toBe(
      '文稿文件中的“字体方案”有误（metadata.format.fontProfile is unknown (comic; expected one of standard, windows, linux)）。' +
        '请改正该项后再试，或在本软件中重新导出该文稿。',
    );
    expect(message).not.toContain('缺少');
  });

  it('keeps the reason in every refusal', () => {
    expect(errorOf(file({ version: '1' })).message).toBe('文稿文件的版本信息无效，无法打开（version is not a whole number）。');
    expect(errorOf(file({ title: undefined })).message).toBe('文稿文件缺少标题或模板信息（title is missing）。');
    expect(errorOf(file({ template: 3 })).message).toBe('文稿文件缺少标题或模板信息（template is not text）。');
    expect(errorOf(file({ metadata: { ...metadata, deadlines: [{ label: '报送', date: '2025-02-30' }] } })).message).toContain(
      '“截止日期”有误（metadata.deadlines.0.date is not a date in the form 2026-03-01）',
    );
  });

  it('refuses a file without a title or template', () => {
    expect(errorOf(file({ title: undefined })).message).toMatch(/标题/u);
    expect(errorOf(file({ template: 3 })).message).toMatch(/模板/u);
  });

  it('accepts an older but valid file with extra fields', () => {
    expect(parseDraftFile(file({ note: 'extra' })).title).toBe(draft.title);
  });
});

describe('attachments in the draft file (version 3)', () => {
  const annexed: ReportContent = [...content.slice(0, 5), block('attachment', '名单', {}), ...content.slice(5), block('annex', '名单', {}), block('paragraph', '甲、乙。', {})];

  it('writes version 3 and reads its attachments back', () => {
    const text = serializeDraftFile({ ...draft, content: annexed });
    expect(JSON.parse(text).version).toBe(3);
    expect(parseDraftFile(text).content).toEqual(annexed);
  });

  it('upgrades an attachment a version 2 file carried after the date as paragraphs', () => {
    const old = [...content, block('paragraph', '附件1', {}), block('paragraph', '名单', {}), block('paragraph', '甲、乙。', {}), block('paragraph', '附件 2', {}), block('paragraph', '台账', {})];
    const text = JSON.stringify({ format: DRAFT_FILE_FORMAT, version: 2, ...draft, content: old });
    const read = parseDraftFile(text).content;
    expect(read.slice(content.length)).toEqual([block('annex', '名单', {}), block('paragraph', '甲、乙。', {}), block('annex', '台账', {})]);
    // A current file is read as written: a paragraph 附件1 stays a paragraph.
    expect(parseDraftFile(JSON.stringify({ format: DRAFT_FILE_FORMAT, version: 3, ...draft, content: old })).content).toEqual(old);
  });
});
