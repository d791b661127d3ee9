// The CLI export command's --font-profile option: it chooses the faces in
// place of the draft's own choice; an unknown profile is a usage error.
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { fixturePath } from '../fixtures/export/reports';
import { bodyXmlParagraphs, readDocxParts } from '../support/docx-zip';
import { styleSheet } from '../support/docx-styles';

let dir: string;
let out: string;
let err: string;
const cli = (...argv: string[]) =>
  runCli(argv, { stdout: (t) => void (out += t), stderr: (t) => void (err += t), cwd: dir, today: new Date(2026, 2, 1) });
const titleFace = (docx: string) => {
  const parts = readDocxParts(join(dir, docx));
  return styleSheet(parts).firstRun(bodyXmlParagraphs(parts)[0]!.xml).eastAsia;
};

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'export-cli-'));
  out = '';
  err = '';
  await copyFile(fixturePath('county-bureau-annual-2023'), join(dir, 'draft.json'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('export --font-profile', () => {
  it('exports with the draft’s profile (标准 when it names none) without the option', async () => {
    expect(await cli('export', 'draft.json', '-o', 'a.docx')).toBe(0);
    expect(titleFace('a.docx')).toBe('方正小标宋简体');
  });

  it('uses the profile given, in place of the draft’s own', async () => {
    const draft = JSON.parse(await readFile(join(dir, 'draft.json'), 'utf8'));
    draft.metadata.format = { fontProfile: 'linux' };
    await writeFile(join(dir, 'draft.json'), JSON.stringify(draft));
    expect(await cli('export', 'draft.json', '-o', 'linux.docx')).toBe(0);
    expect(titleFace('linux.docx')).toBe('方正小标宋_GBK');
    expect(await cli('export', 'draft.json', '-o', 'win.docx', '--font-profile', 'windows')).toBe(0);
    expect(err).toBe('');
    expect(titleFace('win.docx')).toBe('宋体');
    expect(await cli('export', 'draft.json', '-o', 'std.docx', '--font-profile=standard')).toBe(0);
    expect(titleFace('std.docx')).toBe('方正小标宋简体');
  });

  it('refuses an unknown profile with the choices, exit code 2, and writes nothing', async () => {
    expect(await cli('export', 'draft.json', '-o', 'x.docx', '--font-profile', 'mac')).toBe(2);
    expect(err).toContain('字体方案“mac”不存在，可选：standard（标准字体）、windows（Windows 自带字体）、linux（国产 Linux 桌面字体）。');
    await expect(readFile(join(dir, 'x.docx'))).rejects.toThrow();
  });

  it('lists the option in the help text', async () => {
    expect(await cli('--help')).toBe(0);
    expect(out).toContain('--font-profile <字体方案>');
  });
});
