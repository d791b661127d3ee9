// Slips a reviewer would circle, planted into the real reports the way a
// clerk makes them (last year's report reused, a word mistyped, a range
// typed with a hyphen), read back the way `check` reads a file: each is
// found where it was planted, and the blocks left as they were raise nothing
// they did not raise before — in particular no correct year is called wrong.
import type { TextBlock } from '../../shared/model';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDraft, type Finding } from '../../shared/checks';
import { readForCheck } from '../../electron/cli/commands/check';
import { ENV } from '../support/check-content';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');
const dir = mkdtempSync(path.join(tmpdir(), 'checks-planted-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** [what is replaced, by what, the rule that must find it there]. */
type Plant = [string, string, string];

function plant(text: string, plants: readonly Plant[]): string {
  let out = text;
  for (const [from, to] of plants) {
    expect(out.includes(from), from).toBe(true);
    out = out.replace(from, to);
  }
  return out;
}

let files = 0;
async function checkText(text: string) {
  const file = path.join(dir, `report-${files++}.txt`);
  writeFileSync(file, text);
  const { content, metadata, template } = await readForCheck(file, new Date(2024, 2, 1));
  return { content, ...checkDraft(content, metadata, template, ENV) };
}

const key = (f: Finding) => `${f.block}|${f.rule}|${f.start}|${f.excerpt}`;

/** Plants the slips; checks each is found in a changed block and that unchanged blocks keep exactly their findings. */
async function expectFound(original: string, plants: readonly Plant[]) {
  const clean = await checkText(original);
  const planted = await checkText(plant(original, plants));
  expect(planted.content).toHaveLength(clean.content.length);
  const changed = new Set(planted.content.flatMap((b, i) => (JSON.stringify(b) !== JSON.stringify(clean.content[i]) ? [i] : [])));
  for (const [, to, rule] of plants) {
    const at = planted.content.findIndex((b) => (b as TextBlock).children.map((c) => c.text).join('').includes(to.trim().slice(0, 12)));
    expect(planted.findings.some((f) => f.rule === rule && (f.block === at || changed.has(f.block))), `${rule}: ${to}`).toBe(true);
  }
  const before = new Set(clean.findings.filter((f) => !changed.has(f.block)).map(key));
  expect(planted.findings.filter((f) => !changed.has(f.block) && !before.has(key(f))).map(key)).toEqual([]);
  return { clean, planted };
}

const township = readFileSync(path.join(FIXTURES, 'township-annual-2023.txt'), 'utf8');
const county = readFileSync(path.join(FIXTURES, 'county-bureau-annual-2023.txt'), 'utf8');

/** The township report as if written two years later: every year moved on by two. */
const township2025 = township.replace(/20(2[0-9])(?=年)/gu, (y) => String(Number(y) + 2)).replace('（2023—2027年）', '（2021—2025年）');

describe('slips planted in the township report', () => {
  it('finds each one, and blames neither the right 2024年 headings nor anything else', async () => {
    const { planted } = await expectFound(township, [
      ['一、2023年法治政府建设情况', '一、2022年法治政府建设情况', 'year-mismatch'],
      ['二是狠抓领导干部法治培训', '一是狠抓领导干部法治培训', 'lead-repeat'],
      ['截至目前，我乡无因决策失误', '截止目前，我乡无因决策失误', 'word-usage'],
      ['《法治政府建设实施纲要（2021—2025年）》', '《法治政府建设实施纲要（2021-2025年）》', 'number-range'],
      ['年初及时召开乡依法行政工作领导小组全体会议', '2023年3月32日召开乡依法行政工作领导小组全体会议', 'date-invalid'],
      ['全力推进法治政府建设，现将', '按照《关于做好2023年度法治政府建设年度报告工作的通知》（乌法办[2024]3号）要求，全力推进法治政府建设，现将', 'docnum-brackets'],
      ['明确领导小组工作职责', '明确领导小组工作职责，统一按排布署', 'word-usage'],
      ['形成学习宪法的浓厚氛围', '形成学习宪法的浓厚氛围，必竟普法工作既使困难也要推进', 'word-typo'],
      ['深入学习习近平法治思想', '深入学习习近平法制思想', 'word-term'],
      ['四是法治宣传工作有待完善', '五是法治宣传工作有待完善', 'lead-gap'],
      ['开展接待咨询50余人次', '开展接待咨询50余人次，发放资料1千份', 'number-magnitude'],
    ]);
    const years = planted.findings.filter((f) => f.rule === 'year-mismatch');
    expect(years.map((f) => f.excerpt)).toEqual(['2022']);
    // The notice planted in the opening is evidence too; the mistyped heading is outvoted.
    expect(years[0]!.message).toContain('本报告是2023年度的报告（按标题、开头段、所依据的通知和一级标题判断）');
    expect(planted.year.details).toContain('一级标题“2022年法治政府建设情况”：2022年度');
  });

  it('finds “2024年度” in the opening sentence of a 2025 report, and a 2024 plan heading there is fine', async () => {
    expect(township2025).toContain('三、2026年重点工作');
    const { clean, planted } = await expectFound(township2025, [['2025年吉尔格勒特乡坚持', '2024年度吉尔格勒特乡坚持', 'year-mismatch']]);
    expect(clean.year).toMatchObject({ year: 2025, source: 'text' });
    expect(clean.findings.filter((f) => f.kind === 'years')).toEqual([]);
    expect(planted.year.year).toBe(2025);
    expect(planted.findings.filter((f) => f.rule === 'year-mismatch').map((f) => [f.excerpt, f.message.includes('开头段')])).toEqual([['2024', true]]);
  });

  it('finds a hand-typed 三是 after inserted leads, and converts it', async () => {
    const { content } = await checkText(township);
    const i = content.findIndex((b) => (b as TextBlock).children.some((c) => c.lead && c.text === '三是'));
    const typed = content.map((b, k) => (k === i ? { ...(b as TextBlock), children: [{ text: (b as TextBlock).children.map((c) => c.text).join('') }] } : b));
    const { findings } = checkDraft(typed, { year: 2023 }, undefined, ENV);
    const f = findings.find((x) => x.rule === 'lead-typed')!;
    expect(f).toMatchObject({ block: i, excerpt: '三是' });
    expect(f.fix!.edits).toEqual([{ kind: 'lead', block: i, start: 0, end: 2 }]);
  });
});

describe('slips planted in the county report', () => {
  it('finds each one, with the report’s own slips left as they were', async () => {
    await expectFound(county, [
      ['对全县法治政府建设工作的安排部署', '对全县法治政府建设工作的安排布署', 'word-typo'],
      ['结合实际印发《井研县自然资源局2023年度会前学法计划》', '结合实际印发《井研县自然资源局2023年度会前学法计划》（井自然资发〔2023〕第05号）', 'docnum-form'],
      ['（四）坚持科学维稳，依法化解矛盾', '（四）2022年坚持科学维稳，依法化解矛盾', 'year-mismatch'],
      ['其二，强化内部培训', '其三，强化内部培训', 'lead-gap'],
      ['累计发放宣传资料2500余份', '累计发放宣传资料2500余份，受益群众五万余人，投入资金2万元', 'number-wan-mixed'],
    ]);
  });

  it('finds nothing missing once signed and dated, and a date that does not exist in the 成文日期', async () => {
    const signed = `${county.trimEnd()}\n井研县自然资源局\n2024年1月15日\n`;
    const { findings, year } = await checkText(signed);
    expect(findings.filter((f) => f.rule.startsWith('closing-'))).toEqual([]);
    expect(year.explanation).toBe('按标题、开头段、成文日期和一级标题判断为2023年度报告');
    const wrong = await checkText(signed.replace('2024年1月15日', '2024年2月30日'));
    expect(wrong.findings.filter((f) => f.kind === 'dates').map((f) => f.rule)).toEqual(['date-invalid']);
    const unsigned = await checkText(county);
    expect(unsigned.findings.filter((f) => f.rule.startsWith('closing-')).map((f) => f.rule)).toEqual(['closing-signature', 'closing-date']);
  });
});
