// The CLI: `import <file> -o draft.json` and `outline <file>` printing the
// outline exactly in the form of the fixtures' .outline.json.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { parseDraftFile } from '../../shared/draft-file';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');
let dir: string;
let out: string;
let err: string;
const cli = (...argv: string[]) =>
  runCli(argv, { stdout: (t) => void (out += t), stderr: (t) => void (err += t), cwd: dir, today: new Date(2024, 2, 1) });

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'import-cli-'));
  out = '';
  err = '';
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('outline', () => {
  it.each([
    ['county-bureau-annual-2023.txt', 'county-bureau-annual-2023'],
    ['county-bureau-annual-2023.docx', 'county-bureau-annual-2023'],
    ['township-annual-2023.txt', 'township-annual-2023'],
    ['township-annual-2023.docx', 'township-annual-2023'],
    ['township-annual-2023.word-numbering.docx', 'township-annual-2023'],
  ])('prints the outline of %s exactly as its .outline.json', async (file, name) => {
    expect(await cli('outline', path.join(FIXTURES, file))).toBe(0);
    expect(err).toBe('');
    expect(out).toBe(`${await readFile(path.join(FIXTURES, `${name}.outline.json`), 'utf8')}\n`);
  });

  it('prints the outline of a draft file', async () => {
    expect(await cli('import', path.join(FIXTURES, 'township-annual-2023.txt'), '-o', 'draft.json')).toBe(0);
    out = '';
    expect(await cli('outline', 'draft.json')).toBe(0);
    expect(JSON.parse(out)).toEqual(JSON.parse(await readFile(path.join(FIXTURES, 'township-annual-2023.outline.json'), 'utf8')));
  });

  it('says in Chinese what is wrong with a bad file (exit 1) or a missing argument (exit 2)', async () => {
    await writeFile(path.join(dir, '旧.doc'), 'x');
    expect(await cli('outline', '旧.doc')).toBe(1);
    expect(err).toMatch(/旧版 Word 文档/u);
    err = '';
    expect(await cli('outline')).toBe(2);
    expect(err).toContain('缺少报告或文稿文件');
  });
});

describe('import', () => {
  it('writes a draft file with the recognised structure and guessed metadata', async () => {
    expect(await cli('import', path.join(FIXTURES, 'county-bureau-annual-2023.docx'), '-o', 'draft.json')).toBe(0);
    expect(out).toMatch(/^已导入：.*draft\.json（28 段，其中标题 8 个）/u);
    const draft = parseDraftFile(await readFile(path.join(dir, 'draft.json'), 'utf8'));
    expect(draft.template).toBe('imported');
    expect(draft.title).toBe('关于2023年度法治政府建设情况的报告');
    expect(draft.metadata).toMatchObject({ year: 2023, addressee: '井研县法治政府建设工作领导小组办公室', unitShort: '我局' });
    expect(draft.content.find((b) => b.type === 'heading' && b.typedNumber)).toMatchObject({ level: 2, typedNumber: '（5）' });
  });

  it('needs an output file', async () => {
    expect(await cli('import', path.join(FIXTURES, 'township-annual-2023.txt'))).toBe(2);
    expect(err).toContain('缺少输出文件');
  });

  it('is listed in the help', async () => {
    expect(await cli('--help')).toBe(0);
    expect(out).toContain('npm run cli -- import');
    expect(out).toContain('npm run cli -- outline');
  });
});
