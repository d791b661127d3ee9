// format (一键排版): report files and folders in, one official .docx per input
// with the same name out; a file that fails is reported and skipped, exit 1.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { bodyXmlParagraphs, readDocxParts } from '../support/docx-zip';
import { styleSheet } from '../support/docx-styles';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/import');
let dir: string;
let out: string;
let err: string;
const cli = (...argv: string[]) =>
  runCli(argv, { stdout: (t) => void (out += t), stderr: (t) => void (err += t), cwd: dir, today: new Date(2024, 2, 1) });

const paragraphs = (docx: string) => bodyXmlParagraphs(readDocxParts(join(dir, docx)));
/** The East Asian font the first paragraph (the title) prints in, through its style. */
const titleFont = (docx: string) => {
  const parts = readDocxParts(join(dir, docx));
  return styleSheet(parts).firstRun(bodyXmlParagraphs(parts)[0]!.xml).eastAsia;
};
const plain = (xml: string) => xml.replace(/<[^>]+>/gu, '');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cli-format-'));
  out = '';
  err = '';
  mkdirSync(join(dir, 'in/乡镇'), { recursive: true });
  copyFileSync(join(FIXTURES, 'county-bureau-annual-2023.docx'), join(dir, 'in/县司法局.docx'));
  copyFileSync(join(FIXTURES, 'township-annual-2023.txt'), join(dir, 'in/乡镇/某镇.txt'));
  copyFileSync(join(FIXTURES, 'clipboard-word.html'), join(dir, 'in/网页.html'));
  writeFileSync(join(dir, 'in/说明.md'), '不是报告');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('cli format', () => {
  it('turns a folder of .docx, .txt and .html into official .docx files of the same names, with a line per file', async () => {
    expect(await cli('format', 'in', '-o', 'out')).toBe(0);
    expect(err).toBe('');
    for (const name of ['县司法局.docx', '乡镇/某镇.docx', '网页.docx']) expect(existsSync(join(dir, 'out', name)), name).toBe(true);
    expect(existsSync(join(dir, 'out/说明.docx'))).toBe(false);
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines.slice(0, 3).map((l) => l.replace(/^\[\d\/3\] /u, '')).sort()).toEqual(
      ['乡镇/某镇.txt → out/乡镇/某镇.docx（27 段，其中标题 12 个）', '县司法局.docx → out/县司法局.docx（28 段，其中标题 8 个）', '网页.html → out/网页.docx（16 段，其中标题 6 个）'].sort(),
    );
    expect(lines[3]).toBe(`共 3 个文件：已排版 3 个，失败 0 个。输出文件夹：${join(dir, 'out')}`);

    const county = paragraphs('out/县司法局.docx');
    expect(plain(county[0]!.xml)).toBe('关于2023年度法治政府建设情况的报告');
    expect(titleFont('out/县司法局.docx')).toBe('方正小标宋简体');
    const document = readDocxParts(join(dir, 'out/县司法局.docx')).get('word/document.xml')!;
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/u);
    // The mis-typed (5) among (一)…(四) is numbered as the export numbers headings.
    expect(county.map((p) => plain(p.xml))).toContain('（五）强化应急演练，坚持未雨绸缪');
  });

  it('reports a file that fails and skips it; the others are done; exit code 1', async () => {
    writeFileSync(join(dir, 'in/坏文件.docx'), 'not a zip at all');
    writeFileSync(join(dir, 'in/空.txt'), '');
    expect(await cli('format', 'in', '-o', 'out')).toBe(1);
    expect(err).toMatch(/^\[\d\/5\] 坏文件\.docx 失败：.*已跳过。$/mu);
    expect(err).toMatch(/^\[\d\/5\] 空\.txt 失败：文件“空\.txt”是空的/mu);
    expect(err).toContain('未能排版的文件：');
    expect(out).toContain('共 5 个文件：已排版 3 个，失败 2 个。');
    expect(existsSync(join(dir, 'out/县司法局.docx'))).toBe(true);
    expect(existsSync(join(dir, 'out/坏文件.docx'))).toBe(false);
  });

  it('takes single files too, the font profile, and writes a PDF beside each .docx', async () => {
    expect(await cli('format', 'in/县司法局.docx', 'in/乡镇/某镇.txt', '-o', 'out', '--font-profile', 'windows', '--pdf')).toBe(0);
    expect(err).toBe('');
    expect(titleFont('out/县司法局.docx')).toBe('宋体');
    expect(readFileSync(join(dir, 'out/某镇.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(out).toContain('另有 某镇.pdf');
  });

  it('gives two inputs of one name two outputs, and never overwrites an input', async () => {
    copyFileSync(join(FIXTURES, 'county-bureau-annual-2023.txt'), join(dir, 'in/县司法局.txt'));
    expect(await cli('format', 'in', '-o', 'out')).toBe(0);
    expect(existsSync(join(dir, 'out/县司法局.docx'))).toBe(true);
    expect(existsSync(join(dir, 'out/县司法局（2）.docx'))).toBe(true);
    out = '';
    const before = readFileSync(join(dir, 'in/县司法局.docx'));
    expect(await cli('format', 'in/县司法局.docx', '-o', 'in')).toBe(1);
    expect(err).toContain('为免覆盖原文件');
    expect(readFileSync(join(dir, 'in/县司法局.docx')).equals(before)).toBe(true);
  });

  it('refuses a wrong command line (2) and a path that does not exist (1)', async () => {
    expect(await cli('format', 'in')).toBe(2);
    expect(err).toContain('缺少输出文件夹');
    err = '';
    expect(await cli('format', '-o', 'out')).toBe(2);
    expect(err).toContain('缺少要排版的文件或文件夹');
    err = '';
    expect(await cli('format', 'in', '-o', 'out', '--font-profile', 'mac')).toBe(2);
    expect(err).toContain('字体方案“mac”不存在');
    err = '';
    expect(await cli('format', 'nowhere', '-o', 'out')).toBe(1);
    expect(err).toContain('找不到“nowhere”');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});
