// check over files and folders with --summary: one row per file (title, report
// year, required parts, findings by kind and severity) as CSV or as an offline
// HTML table whose rows link to each file's findings.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { KINDS } from '../../shared/checks';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/import');
let dir: string;
let out: string;
let err: string;
const cli = (...argv: string[]) =>
  runCli(argv, { stdout: (t) => void (out += t), stderr: (t) => void (err += t), cwd: dir, today: new Date(2024, 2, 1) });

/** A CSV text as rows of fields (quoted fields with commas, quotes and line ends). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted || (c !== ',' && c !== '\r')) {
      field += c;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    }
  }
  return rows;
}

type Items = { file: string; findings?: { kind: string; severity: string }[]; error?: string }[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cli-check-summary-'));
  out = '';
  err = '';
  mkdirSync(join(dir, 'reports/乡镇'), { recursive: true });
  copyFileSync(join(FIXTURES, 'county-bureau-annual-2023.docx'), join(dir, 'reports/county.docx'));
  copyFileSync(join(FIXTURES, 'township-annual-2023.txt'), join(dir, 'reports/乡镇/township.txt'));
  copyFileSync(join(FIXTURES, 'clipboard-word.html'), join(dir, 'reports/page.html'));
  writeFileSync(join(dir, 'reports/broken.docx'), 'not a zip');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('cli check --summary', () => {
  it('writes a CSV with one row per file, its counts by kind those of the findings', async () => {
    expect(await cli('check', 'reports', '--json', '--summary', 'summary.csv')).toBe(1);
    const items = JSON.parse(out) as Items;
    expect(items.map((i) => i.file).sort()).toEqual(['broken.docx', 'county.docx', 'page.html', join('乡镇', 'township.txt')].sort());
    const text = readFileSync(join(dir, 'summary.csv'), 'utf8');
    expect(text.startsWith('\ufeff')).toBe(true);
    const [head, ...rows] = parseCsv(text.slice(1));
    expect(rows).toHaveLength(4);
    expect(head!.slice(0, 9)).toEqual(['文件', '标题', '报告年度', '必备部分', '已有部分', '缺少部分', '错误', '警告', '提示']);
    const col = (name: string) => head!.indexOf(name);
    const county = rows.find((r) => r[0] === 'county.docx')!;
    expect(county[col('标题')]).toBe('关于2023年度法治政府建设情况的报告');
    expect(county[col('报告年度')]).toBe('2023年度');
    const findings = items.find((i) => i.file === 'county.docx')!.findings!;
    expect(Number(county[col('错误')])).toBe(findings.filter((f) => f.severity === 'error').length);
    for (const { kind, label } of KINDS) {
      for (const [severity, word] of [['error', '错误'], ['warning', '警告'], ['info', '提示']] as const) {
        expect(Number(county[col(`${label}${word}`)]), `${label}${word}`).toBe(findings.filter((f) => f.kind === kind && f.severity === severity).length);
      }
    }
    // The county report says nothing of the 第一责任人 part: missing, the others present.
    expect(county[col('缺少部分')]).toContain('第一责任人');
    expect(county[col('必备部分')]).toMatch(/^缺 \d 项$/u);
    expect(county[col('已有部分')]).toContain('主要举措和成效');
    const page = rows.find((r) => r[0] === 'page.html')!;
    expect(items.find((i) => i.file === 'page.html')).toMatchObject({ findings: expect.any(Array) });
    expect(page.at(-1)).not.toMatch(/无法检查/u);
    const broken = rows.find((r) => r[0] === 'broken.docx')!;
    expect(broken.at(-1)).toMatch(/^无法检查：/u);
    expect(err).toContain('已写入汇总表（4 个文件）');
  });

  it('writes an HTML table a reviewer opens offline, each file linked to its findings', async () => {
    expect(await cli('check', 'reports/county.docx', 'reports/乡镇', '--summary', 'summary.html')).toBe(1);
    const html = readFileSync(join(dir, 'summary.html'), 'utf8');
    expect(html).not.toMatch(/<script|https?:\/\/|<link/iu);
    const rows = html.match(/<tr(?: class="failed")?><td>\d+<\/td>/gu) ?? [];
    expect(rows).toHaveLength(2);
    for (const n of [1, 2]) {
      expect(html).toContain(`<a href="#f${n}">`);
      expect(html).toContain(`<h2 id="f${n}">`);
    }
    expect(html).toContain('<a href="reports/county.docx">county.docx</a>');
    expect(html).toContain('二级标题的序号用汉字数字：“（5）”应为“（五）”。');
    expect(html).toContain('报告年度：2023年度');
    expect(out).toContain('检查“county.docx”');
    expect(out).toContain('检查“township.txt”');
  });

  it('checks one file as before: its findings as a JSON array', async () => {
    expect(await cli('check', 'reports/county.docx', '--json')).toBe(1);
    const items = JSON.parse(out) as { rule: string }[];
    expect(items.length).toBeGreaterThan(3);
    expect(items[0]!.rule).toBeTypeOf('string');
  });

  it('refuses a summary that is neither .csv nor .html (2)', async () => {
    expect(await cli('check', 'reports', '--summary', 'summary.xlsx')).toBe(2);
    expect(err).toContain('.csv 或 .html');
  });
});
