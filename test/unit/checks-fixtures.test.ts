// The checks on the real reports, as they were sent: every finding is one of
// the report's real slips, listed here one by one, and nothing else — no word,
// lead, year or date finding on their clean text. The county report has its
// mis-typed （5）, 顿号 between quoted items, three ranges with a hyphen
// (2021-2025年, 2021-2023年, 1-10月), no 第一责任人 part and, as a 报告, no
// signature or date; the township report has one ％ among its %, and three
// headings on their own line ending in 。.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDraft, type Finding } from '../../shared/checks';
import { parseDraftFile } from '../../shared/draft-file';
import { blockText, type ReportContent } from '../../shared/model';
import { guessMetadata } from '../../shared/recognize';
import { readForCheck } from '../../electron/cli/commands/check';
import { docxContent, txtContent } from '../../electron/import/import-file';
import { ENV } from '../support/check-content';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const read = (f: string) => readFileSync(path.join(FIXTURES, f));

const checkImported = (content: ReportContent) => checkDraft(content, guessMetadata(content), undefined, ENV);
const summary = (findings: readonly Finding[]) => findings.map((f) => `${f.rule} ${f.excerpt}`);

const COUNTY_TEXT_SLIPS = [
  'number-range 2021-2025',
  ...Array(6).fill('punct-dunhao-quoted ”、'),
  ...Array(3).fill('punct-dunhao-quoted 》、'),
  'number-range 2021-2023',
  'number-range 1-10',
  'numbering-arabic （5）',
  'punct-dunhao-quoted ”、',
  'closing-signature ',
  'closing-date ',
  'part-missing ',
];

const TOWNSHIP_PERCENT = 'number-percent-mixed ％';
const TOWNSHIP_HEADINGS = Array(3).fill('heading-end-punct 。');

describe('the county report', () => {
  const sources: [string, () => ReportContent][] = [
    ['.txt', () => txtContent(read('import/county-bureau-annual-2023.txt'))],
    ['.docx', () => docxContent(read('import/county-bureau-annual-2023.docx'), 'county.docx')],
  ];
  for (const [kind, load] of sources) {
    it(`finds the real slips of the ${kind} and nothing else`, () => {
      const content = load();
      const { findings, year } = checkImported(content);
      expect(summary(findings)).toEqual(COUNTY_TEXT_SLIPS);
      const five = findings.find((f) => f.excerpt === '（5）')!;
      expect(blockText(content[five.block]!)).toBe('强化应急演练，坚持未雨绸缪');
      expect(five.message).toContain('（五）');
      expect(findings.find((f) => f.rule === 'part-missing')!.message).toContain('第一责任人');
      expect(findings.find((f) => f.excerpt === '1-10')!.fix!.edits).toEqual([expect.objectContaining({ text: '—' })]);
      expect(year).toMatchObject({ year: 2023, source: 'text', explanation: '按标题、开头段和一级标题判断为2023年度报告' });
    });
  }

  it('reads the report files as check does: the spaces the importer cleans away are reported', async () => {
    for (const name of ['county-bureau-annual-2023.txt', 'county-bureau-annual-2023.docx']) {
      const { content, metadata, template } = await readForCheck(path.join(FIXTURES, 'import', name), new Date(2024, 2, 1));
      const { findings } = checkDraft(content, metadata, template, ENV);
      expect(findings.filter((f) => f.rule === 'numbering-space').map((f) => blockText(content[f.block]!)), name).toEqual([' 强化应急演练，坚持未雨绸缪']);
      expect(findings.filter((f) => f.rule === 'space-between-cjk').map((f) => f.context), name).toEqual([expect.stringContaining('工具， 深入')]);
    }
  });

  it('finds the same in the draft file, which has its signature and date, and the space left after a comma there', () => {
    const draft = parseDraftFile(read('export/county-bureau-annual-2023.json').toString('utf8'));
    const { findings, year } = checkDraft(draft.content, draft.metadata, { id: draft.template }, ENV);
    const expected = COUNTY_TEXT_SLIPS.filter((s) => !s.startsWith('closing-') && s !== 'numbering-arabic （5）');
    expected.splice(expected.indexOf('punct-dunhao-quoted ”、', 10), 0, 'space-between-cjk  ');
    expect(summary(findings)).toEqual(expected);
    expect(findings.filter((f) => f.rule === 'part-missing').map((f) => f.severity)).toEqual(['error']);
    expect(year).toMatchObject({ year: 2023, source: 'metadata' });
  });
});

describe('the township report', () => {
  it('has only its real slips as text, as .docx and as Word-numbered .docx', () => {
    for (const [name, content] of [
      ['.txt', txtContent(read('import/township-annual-2023.txt'))],
      ['.docx', docxContent(read('import/township-annual-2023.docx'), 't.docx')],
      ['word-numbering.docx', docxContent(read('import/township-annual-2023.word-numbering.docx'), 't.docx')],
    ] as const) {
      const { findings, year } = checkImported(content);
      expect(summary(findings), name).toEqual([TOWNSHIP_PERCENT, ...TOWNSHIP_HEADINGS]);
      expect(findings.filter((f) => f.rule === 'heading-end-punct').map((f) => blockText(content[f.block]!)), name).toEqual([
        '扩宽法律服务面，完善治理体系。',
        '2024年主要目标任务。',
        '完成目标任务的主要措施。',
      ]);
      expect(year, name).toMatchObject({ year: 2023, source: 'text', explanation: '按标题、开头段和一级标题判断为2023年度报告' });
    }
  });

  it('has only the ％ among its % as a draft file (its headings were written without end marks)', () => {
    const draft = parseDraftFile(read('export/township-annual-2023.json').toString('utf8'));
    const { findings } = checkDraft(draft.content, draft.metadata, { id: draft.template }, ENV);
    expect(summary(findings)).toEqual([TOWNSHIP_PERCENT]);
    expect(findings[0]!.evidence).toEqual({ basis: '同一文稿中百分号的写法应前后一致', details: ['全文“%”2处，“％”1处'] });
  });
});

describe('every clean real report', () => {
  it('has no finding of a wrong year, date, 文号, word or lead', () => {
    const reports = [
      txtContent(read('import/county-bureau-annual-2023.txt')),
      txtContent(read('import/township-annual-2023.txt')),
      docxContent(read('import/township-annual-2023.word-numbering.docx'), 't.docx'),
    ];
    for (const content of reports) {
      const { findings } = checkImported(content);
      expect(findings.filter((f) => ['years', 'dates', 'words', 'leads'].includes(f.kind))).toEqual([]);
    }
  });
});
