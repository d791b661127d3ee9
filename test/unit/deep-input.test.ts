// Large and deeply nested input ends in a result or a Chinese refusal, never
// in "Maximum call stack size exceeded": 200k lines, 5,000 nested inline or
// block elements in a .docx, a 20k-deep library or draft file.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFile } from '../../electron/import/import-file';
import { MAX_XML_DEPTH, parseXml, textOf, XmlError } from '../../electron/import/xml';
import { parseLibraryFile } from '../../electron/store/library-files/library-file';
import { DraftFileError, parseDraftFile } from '../../shared/draft-file';
import { nestsDeeperThan } from '../../shared/json-depth';
import { recognizeText } from '../../shared/recognize';
import { UserFacingError } from '../../shared/result';
import { docxWithBody } from '../fixtures/import/build-zip';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'deep-input-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const today = new Date(2024, 2, 1);
const run = (text: string) => `<w:r><w:t>${text}</w:t></w:r>`;
const nested = (open: string, close: string, depth: number, inner: string) => open.repeat(depth) + inner + close.repeat(depth);

async function importDocx(body: string): Promise<{ text?: string; error?: UserFacingError }> {
  const p = path.join(dir, '报告.docx');
  await writeFile(p, docxWithBody(body));
  try {
    const draft = await importFile(p, today);
    return { text: draft.content.map((b) => b.children.map((c) => c.text).join('')).join('\n') };
  } catch (error) {
    if (error instanceof UserFacingError) return { error };
    throw error;
  }
}

describe('many lines', () => {
  it('recognises 200,000 lines (no argument spread of the blocks)', () => {
    const content = recognizeText('我局坚持依法行政。\n'.repeat(200_000));
    expect(content.length).toBe(200_000);
  });
});

describe('a .docx nesting 5,000 elements', () => {
  const inline: [string, string, string][] = [
    ['w:hyperlink', '<w:hyperlink>', '</w:hyperlink>'],
    ['w:customXml', '<w:customXml>', '</w:customXml>'],
    ['w:sdt', '<w:sdt><w:sdtContent>', '</w:sdtContent></w:sdt>'],
    ['w:smartTag', '<w:smartTag>', '</w:smartTag>'],
  ];
  it.each(inline)('inside a paragraph: %s is refused as too deep, in Chinese', async (_name, open, close) => {
    const { error } = await importDocx(`<w:p>${nested(open, close, 5000, run('正文'))}</w:p>`);
    expect(error?.code).toBe('import-suspicious');
    expect(error?.message).toMatch(/嵌套层数异常.*停止导入/u);
  });

  it.each(inline)('a few hundred levels of %s still import their text', async (_name, open, close) => {
    const { text } = await importDocx(`<w:p>${nested(open, close, 300, run('深处的正文'))}</w:p>`);
    expect(text).toContain('深处的正文');
  });

  it.each([
    ['w:sdt', '<w:sdt><w:sdtContent>', '</w:sdtContent></w:sdt>'],
    ['w:customXml', '<w:customXml>', '</w:customXml>'],
  ])('at block level: %s', async (_name, open, close) => {
    const { error } = await importDocx(nested(open, close, 5000, `<w:p>${run('正文')}</w:p>`));
    expect(error?.message).toMatch(/嵌套层数异常/u);
    const { text } = await importDocx(nested(open, close, 300, `<w:p>${run('块中的正文')}</w:p>`));
    expect(text).toContain('块中的正文');
  });

  it('the XML reader stops at its depth limit and reads text at any depth it allows', () => {
    const deep = (n: number) => `${'<a>'.repeat(n)}文字${'</a>'.repeat(n)}`;
    expect(() => parseXml(deep(MAX_XML_DEPTH + 1), 'x')).toThrow(XmlError);
    expect(textOf(parseXml(deep(MAX_XML_DEPTH - 1), 'x'))).toBe('文字');
  });
});

describe('library and draft files nesting 20,000 levels', () => {
  const deep = (n: number) => `${'{"a":'.repeat(n)}0${'}'.repeat(n)}`;
  const library = (inner: string) =>
    `{"format":"gongwen-report-library","version":1,"exported":"","drafts":[{"zz":${inner},"id":null,"title":"t","template":"x","deletedAt":null,"versions":[]}]}`;
  const draft = (inner: string) => `{"format":"gongwen-report-draft","version":1,"title":"t","template":"x","metadata":{"zz":${inner}},"content":[]}`;

  it.each([20_000, 1_000_000])('a library file %i deep is refused, naming the nesting', (n) => {
    expect(() => parseLibraryFile(library(deep(n)), today)).toThrow(UserFacingError);
    expect(() => parseLibraryFile(library(deep(n)), today)).toThrow(/嵌套层数异常.*未导入任何文稿/u);
  });

  it.each([20_000, 1_000_000])('a draft file %i deep is refused, naming the nesting', (n) => {
    expect(() => parseDraftFile(draft(deep(n)))).toThrow(DraftFileError);
    expect(() => parseDraftFile(draft(deep(n)))).toThrow(/嵌套层数异常/u);
  });

  it('counts nesting outside strings only', () => {
    expect(nestsDeeperThan(`{"a":"${'{['.repeat(500)}\\"${'['.repeat(500)}"}`, 3)).toBe(false);
    expect(nestsDeeperThan('[[[[]]]]', 3)).toBe(true);
    expect(nestsDeeperThan('[[[]]]', 3)).toBe(false);
  });
});
