// The command line: new draft from a template, export to .docx, and errors as
// Chinese messages with exit codes.
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path, { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseArgs } from '../../electron/cli/command';
import { resolveDataDir } from '../../electron/data-dir';
import { COMMANDS } from '../../electron/cli/commands';
import { runCli } from '../../electron/cli/run';
import { parseDraftFile } from '../../shared/draft-file';
import { readDocxParts } from '../support/docx-zip';

let dir: string;
let out: string;
let err: string;
const io = () => ({ stdout: (t: string) => void (out += t), stderr: (t: string) => void (err += t), cwd: dir, today: new Date(2026, 2, 1) });
const cli = (...argv: string[]) => runCli(argv, io());

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cli-'));
  out = '';
  err = '';
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('cli', () => {
  it('creates a draft from a template, then exports it to .docx', async () => {
    const code = await cli('new', '--template', 'rule-of-law-annual', '-o', 'draft.json', '--unit', '某某县司法局', '--year', '2025', '--addressee', '某某县人民政府', '--date', '2026-03-01');
    expect(err).toBe('');
    expect(code).toBe(0);
    const draft = parseDraftFile(await readFile(join(dir, 'draft.json'), 'utf8'));
    expect(draft.title).toBe('某某县司法局关于2025年度法治政府建设情况的报告');
    expect(draft.template).toBe('rule-of-law-annual');
    expect(draft.metadata).toMatchObject({ unit: '某某县司法局', year: 2025, addressee: '某某县人民政府', date: '2026-03-01', signature: '某某县司法局' });

    expect(await cli('export', 'draft.json', '-o', 'report.docx')).toBe(0);
    expect((await stat(join(dir, 'report.docx'))).size).toBeGreaterThan(1000);
    const xml = readDocxParts(join(dir, 'report.docx')).get('word/document.xml')!;
    expect(xml.replace(/<[^>]+>/gu, '')).toContain('某某县司法局关于2025年度法治政府建设情况的报告');
    expect(out).toContain('已导出');
  });

  it('prints a Chinese usage for --help (0) and for no arguments (2)', async () => {
    expect(await cli('--help')).toBe(0);
    expect(out).toContain('用法');
    out = '';
    expect(await cli()).toBe(2);
    expect(out).toContain('用法');
  });

  it('exits 2 on usage errors', async () => {
    expect(await cli('frobnicate')).toBe(2);
    expect(err).toContain('未知的命令');
    err = '';
    expect(await cli('new', '-o', 'x.json')).toBe(2);
    expect(err).toContain('缺少模板名称');
    err = '';
    expect(await cli('new', '--template', 'rule-of-law-annual', '-o', 'x.json', '--date', '2026-02-30')).toBe(2);
    expect(err).toContain('成文日期');
    err = '';
    expect(await cli('export', 'draft.json')).toBe(2);
    expect(err).toContain('缺少输出文件');
  });

  it('exits 1 with a Chinese message, no stack trace, on a missing file, bad JSON or an unknown template', async () => {
    expect(await cli('export', 'missing.json', '-o', 'r.docx')).toBe(1);
    expect(err).toContain('找不到文稿文件');
    err = '';
    await writeFile(join(dir, 'bad.json'), '{ not json');
    expect(await cli('export', 'bad.json', '-o', 'r.docx')).toBe(1);
    expect(err).toContain('JSON 格式有误');
    err = '';
    await writeFile(join(dir, 'other.json'), '{"format":"something-else"}');
    expect(await cli('export', 'other.json', '-o', 'r.docx')).toBe(1);
    expect(err).toContain('不是本软件的文稿文件');
    err = '';
    expect(await cli('new', '--template', 'no-such-template', '-o', 'x.json')).toBe(1);
    expect(err).toContain('没有名为“no-such-template”的模板');
    expect(err).not.toMatch(/\bat .*\(/u);
  });

  it('parses options with values, = forms and positionals', () => {
    expect(parseArgs(['export', 'a.json', '--output=b.docx'], COMMANDS)).toEqual({ command: 'export', positional: ['a.json'], options: { o: 'b.docx' } });
    expect(() => parseArgs(['new', '--colour', 'x'], COMMANDS)).toThrow('未知的选项');
    expect(() => parseArgs(['new', '--unit'], COMMANDS)).toThrow('缺少取值');
  });

  it('reads the command line by the same rules as the app reads --data-dir (util.parseArgs)', () => {
    const argv = ['library', 'list', '--data-dir', '/a', '--data-dir=/b'];
    expect(parseArgs(argv, COMMANDS).options['data-dir']).toBe('/b');
    expect(resolveDataDir(argv, {}, '/default')).toBe(path.resolve('/b'));
    const after = ['import', '--', '-report.txt', '-o', 'x.json'];
    expect(parseArgs(after, COMMANDS)).toEqual({ command: 'import', positional: ['-report.txt', '-o', 'x.json'], options: {} });
    expect(resolveDataDir(['--', '--data-dir', '/x'], {}, '/default')).toBe(path.resolve('/default'));
    expect(parseArgs(['check', 'a.docx', '-h'], COMMANDS).options.help).toBe('true');
    expect(() => parseArgs(['check', 'a.docx', '-o', 'x'], COMMANDS)).toThrow('未知的选项“-o”');
  });
});
