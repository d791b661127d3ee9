// npm run cli -- check: findings in Chinese or as JSON, exit code 1 on errors.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { parseDraftFile, serializeDraftFile } from '../../shared/draft-file';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
let dir: string;
let out: string;
let err: string;
const cli = (...argv: string[]) =>
  runCli(argv, { stdout: (t) => void (out += t), stderr: (t) => void (err += t), cwd: dir, today: new Date(2024, 2, 1) });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cli-check-'));
  out = '';
  err = '';
  copyFileSync(join(FIXTURES, 'import/county-bureau-annual-2023.docx'), join(dir, 'county.docx'));
  copyFileSync(join(FIXTURES, 'import/township-annual-2023.txt'), join(dir, 'township.txt'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('cli check', () => {
  it('prints the findings of a .docx in Chinese, grouped, and exits 1 on errors', async () => {
    expect(await cli('check', 'county.docx')).toBe(1);
    expect(err).toBe('');
    expect(out).toContain('检查“county.docx”：错误 3 项');
    expect(out).toContain('报告年度：2023年（按标题、开头段和一级标题判断为2023年度报告）。');
    expect(out).toContain('报告缺少发文机关署名');
    expect(out).toContain('【序号】');
    expect(out).toContain('二级标题的序号用汉字数字：“（5）”应为“（五）”。');
    expect(out).toContain('并列的书名号之间通常不用顿号');
  });

  it('prints a JSON array with rule, severity, message, excerpt and the evidence of each finding', async () => {
    expect(await cli('check', 'county.docx', '--json')).toBe(1);
    const items = JSON.parse(out) as { rule: string; severity: string; message: string; excerpt: string; fixable: boolean; evidence: { basis: string; details?: string[] } }[];
    expect(Array.isArray(items)).toBe(true);
    for (const item of items) {
      expect(typeof item.rule).toBe('string');
      expect(['error', 'warning', 'info']).toContain(item.severity);
      expect(item.message).toMatch(/[\u4e00-\u9fff]/u);
      expect(typeof item.excerpt).toBe('string');
      expect(item.evidence.basis, item.rule).toMatch(/[\u4e00-\u9fff]/u);
    }
    expect(items.find((i) => i.rule === 'number-range')!.evidence.basis).toContain('GB/T 15834—2011');
    expect(items.find((i) => i.excerpt === '（5）')).toMatchObject({ rule: 'numbering-arabic', severity: 'error', fixable: true });
    expect(items.filter((i) => i.excerpt === '》、')).toHaveLength(3);
  });

  it('exits 0 on a report with warnings only, and says a clean report is clean', async () => {
    expect(await cli('check', 'township.txt')).toBe(0);
    expect(out).toContain('错误 0 项，警告 4 项');
    out = '';
    expect(await cli('check', 'township.txt', '--json')).toBe(0);
    expect((JSON.parse(out) as { severity: string }[]).every((f) => f.severity === 'warning')).toBe(true);
    const text = readFileSync(join(dir, 'township.txt'), 'utf8').replace('参考率100％', '参考率100%').replace(/(体系|任务|措施)。\n/gu, '$1\n');
    writeFileSync(join(dir, 'clean.txt'), text);
    out = '';
    expect(await cli('check', 'clean.txt')).toBe(0);
    expect(out).toContain('未发现格式问题');
  });

  it('gives a year finding the evidence the year was read from', async () => {
    const text = readFileSync(join(dir, 'township.txt'), 'utf8').replace('一、2023年法治政府建设情况', '一、2022年法治政府建设情况');
    writeFileSync(join(dir, 'reused.txt'), text);
    expect(await cli('check', 'reused.txt', '--json')).toBe(0);
    const year = (JSON.parse(out) as { rule: string; excerpt: string; evidence: { basis: string; details: string[] } }[]).filter((f) => f.rule === 'year-mismatch');
    expect(year).toHaveLength(1);
    expect(year[0]).toMatchObject({ excerpt: '2022', evidence: { basis: '按标题、开头段和一级标题判断为2023年度报告' } });
    expect(year[0]!.evidence.details).toEqual(expect.arrayContaining(['标题“2023年度”：2023年度', '一级标题“2022年法治政府建设情况”：2022年度']));
  });

  it('checks a draft file against its template: empty parts warn, a slip planted in it is an error', async () => {
    expect(await cli('new', '--template', 'rule-of-law-annual', '-o', 'draft.json', '--unit', '某某县司法局', '--year', '2023', '--date', '2024-03-01')).toBe(0);
    out = '';
    expect(await cli('check', 'draft.json', '--json')).toBe(0);
    const fresh = JSON.parse(out) as { rule: string; severity: string }[];
    expect(fresh.length).toBeGreaterThan(0);
    expect(new Set(fresh.map((f) => f.rule))).toEqual(new Set(['part-empty']));

    const draft = parseDraftFile(readFileSync(join(dir, 'draft.json'), 'utf8'));
    const heading = draft.content.find((b) => b.type === 'heading')!;
    heading.children = [{ text: '2022年度推进法治政府建设的主要举措和成效' }];
    draft.content.find((b) => b.type === 'paragraph')!.children = [{ text: '我局高度重视,现将有关情况报告如下。' }];
    writeFileSync(join(dir, 'draft.json'), serializeDraftFile(draft));
    out = '';
    expect(await cli('check', 'draft.json', '--json')).toBe(1);
    const rules = (JSON.parse(out) as { rule: string; excerpt: string }[]).map((f) => `${f.rule}:${f.excerpt}`);
    expect(rules).toEqual(expect.arrayContaining(['punct-halfwidth:,', 'year-mismatch:2022']));
  });

  it('explains a missing file in Chinese (1) and a missing argument as a usage error (2)', async () => {
    expect(await cli('check', 'nothing.docx')).toBe(1);
    expect(err).toContain('找不到');
    err = '';
    expect(await cli('check')).toBe(2);
    expect(err).toContain('缺少要检查的文件');
  });
});
