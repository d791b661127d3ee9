// The checks on real reports: the county report's known slips are found (its
// mis-typed （5）, 顿号 between quoted items, the missing 第一责任人 part) and
// nothing else; the township report is clean; slips planted into the
// township report are each found, with nothing on the paragraphs left clean.
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChecks, type Finding } from '../../shared/checks';
import { parseDraftFile } from '../../shared/draft-file';
import { blockText, type ReportContent } from '../../shared/model';
import { guessMetadata } from '../../shared/recognize';
import { readForCheck } from '../../electron/cli/commands/check';
import { docxContent, txtContent } from '../../electron/import/import-file';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const read = (f: string) => readFileSync(path.join(FIXTURES, f));

function checkImported(content: ReportContent): Finding[] {
  return runChecks(content, guessMetadata(content));
}

const blocksWith = (findings: readonly Finding[]) => [...new Set(findings.map((f) => f.block))];

describe('the county report', () => {
  const sources: [string, () => ReportContent][] = [
    ['.txt', () => txtContent(read('import/county-bureau-annual-2023.txt'))],
    ['.docx', () => docxContent(read('import/county-bureau-annual-2023.docx'), 'county.docx')],
  ];
  for (const [kind, load] of sources) {
    it(`finds the known slips of the ${kind} and nothing else`, () => {
      const content = load();
      const findings = checkImported(content);
      const five = findings.find((f) => f.excerpt === '（5）');
      expect(five).toMatchObject({ rule: 'numbering-arabic', severity: 'error' });
      expect(blockText(content[five!.block]!)).toBe('强化应急演练，坚持未雨绸缪');
      expect(five!.message).toContain('（五）');

      const dunhao = findings.filter((f) => f.rule === 'punct-dunhao-quoted');
      expect(dunhao.map((f) => f.excerpt).join('')).toBe('”、'.repeat(6) + '》、'.repeat(3) + '”、');
      const missing = findings.filter((f) => f.rule === 'part-missing');
      expect(missing).toHaveLength(1);
      expect(missing[0]!.message).toContain('第一责任人');

      expect(findings.filter((f) => !['numbering-arabic', 'punct-dunhao-quoted', 'part-missing'].includes(f.rule))).toEqual([]);
      // Every other block is clean: 28 blocks, of which three carry these slips.
      expect(blocksWith(findings.filter((f) => f.rule !== 'part-missing')).map((i) => blockText(content[i]!).slice(0, 6))).toEqual(['一是突出重点', '一是加强行业', '强化应急演练', '一是抓早抓小']);
    });
  }

  it('reads the report files as check does: the spaces the importer cleans away are reported', async () => {
    for (const name of ['county-bureau-annual-2023.txt', 'county-bureau-annual-2023.docx']) {
      const { content, metadata, template } = await readForCheck(path.join(FIXTURES, 'import', name), new Date(2024, 2, 1));
      const findings = runChecks(content, metadata, template);
      expect(findings.filter((f) => f.rule === 'numbering-space').map((f) => blockText(content[f.block]!)), name).toEqual([' 强化应急演练，坚持未雨绸缪']);
      expect(findings.filter((f) => f.rule === 'space-between-cjk').map((f) => f.context), name).toEqual([expect.stringContaining('工具， 深入')]);
    }
  });

  it('finds the same in the draft file, and the space left after a comma there', () => {
    const draft = parseDraftFile(read('export/county-bureau-annual-2023.json').toString('utf8'));
    const findings = runChecks(draft.content, draft.metadata, { id: draft.template });
    const space = findings.filter((f) => f.rule === 'space-between-cjk');
    expect(space.map((f) => f.context)).toEqual([expect.stringContaining('工具， 深入')]);
    expect(findings.filter((f) => f.rule === 'part-missing').map((f) => f.severity)).toEqual(['error']);
  });
});

describe('the township report', () => {
  it('is clean as text, as .docx and as Word-numbered .docx', () => {
    expect(checkImported(txtContent(read('import/township-annual-2023.txt')))).toEqual([]);
    expect(checkImported(docxContent(read('import/township-annual-2023.docx'), 't.docx'))).toEqual([]);
    expect(checkImported(docxContent(read('import/township-annual-2023.word-numbering.docx'), 't.docx'))).toEqual([]);
  });

  it('is clean as a draft file', () => {
    const draft = parseDraftFile(read('export/township-annual-2023.json').toString('utf8'));
    expect(runChecks(draft.content, draft.metadata, { id: draft.template })).toEqual([]);
  });

  it('has every planted slip found in the .txt check reads, and nothing on the paragraphs left as they were', async () => {
    const original = read('import/township-annual-2023.txt').toString('utf8');
    const plants: [string, string, string][] = [
      // [what is replaced, by what, the rule that must find it]
      ['（三）加强宣传教育', '（5）加强宣传教育', 'numbering-arabic'],
      ['（四）深化行政执法', '（四） 深化行政执法', 'numbering-space'],
      ['一、2023年法治政府建设情况', '一、2022年法治政府建设情况', 'year-mismatch'],
      ['进一步明确领导小组工作职责，', '进一步明确领导小组工作职责,', 'punct-halfwidth'],
      ['对《民法典》《国家安全法》', '对《民法典》、《国家安全法》', 'punct-dunhao-quoted'],
      ['开展了普法宣传活动，', '开展了普法宣传活动，，', 'punct-doubled'],
      ['撰写学法笔记，学法心得。', '撰写学法笔记，学法心得。1、组织考试。', 'numbering-punct'],
      ['依法行政，建设法治政府', '依法行政，建设法治 政府', 'space-between-cjk'],
      ['开展法律咨询服务21次', '开展法律咨询服务（21次', 'punct-unpaired'],
      ['利用视频号、抖音等新媒体', '利用视频号、抖音……等新媒体', 'punct-ellipsis'],
      ['2023年吉尔格勒特乡坚持', '2023年03月吉尔格勒特乡坚持', 'date-leading-zero'],
    ];
    let text = original;
    for (const [from, to] of plants) {
      expect(text.includes(from), from).toBe(true);
      text = text.replace(from, to);
    }
    const dir = mkdtempSync(path.join(tmpdir(), 'checks-'));
    try {
      writeFileSync(path.join(dir, 'planted.txt'), text);
      writeFileSync(path.join(dir, 'clean.txt'), original);
      const planted = await readForCheck(path.join(dir, 'planted.txt'), new Date(2024, 2, 1));
      const clean = await readForCheck(path.join(dir, 'clean.txt'), new Date(2024, 2, 1));
      expect(runChecks(clean.content, clean.metadata, clean.template)).toEqual([]);
      const findings = runChecks(planted.content, planted.metadata, planted.template);
      const changed = new Set(planted.content.flatMap((b, i) => (JSON.stringify(b) !== JSON.stringify(clean.content[i]) ? [i] : [])));
      expect(changed.size).toBe(plants.length);
      for (const [, , rule] of plants) expect(findings.some((f) => f.rule === rule && changed.has(f.block)), rule).toBe(true);
      // The blocks left as they were raise nothing.
      expect(findings.filter((f) => !changed.has(f.block))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
