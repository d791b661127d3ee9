// Attachments' text is the draft's text everywhere: 字数统计, the store's
// search, the 历史版本 diff (an attachment's title shown with its label), a
// library file (.gwlib) round trip, the CLI's check (a 附件说明 that does not
// match) and format (each attachment on a page of its own in the .docx).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { openDraftStore } from '../../electron/store/draft-store';
import { parseLibraryFile, serializeLibraryFile } from '../../electron/store/library-files/library-file';
import { syncAttachmentNote } from '../../shared/annexes';
import { LIBRARY_FILE_FORMAT, LIBRARY_FILE_VERSION, type LibraryFile } from '../../shared/schema/library-file';
import { diffBlocks } from '../../shared/diff';
import { block, type ReportContent } from '../../shared/model';
import { wordCount } from '../../shared/word-count';
import { readDocxParts } from '../support/docx-zip';
import { newDraft, tempDirs } from '../support/library-fixtures';

const temp = tempDirs('annexes-everywhere-');
afterEach(() => temp.cleanup());

const withAnnexes = (base: ReportContent): ReportContent =>
  syncAttachmentNote([...base, block('annex', '重点工作任务清单', {}), block('paragraph', '完成行政复议规范化建设。', {}), block('annex', '普法责任清单', {})]);

describe('the attachments’ text in the draft’s tools', () => {
  it('counts it, finds it, diffs it and carries it in a library file', () => {
    const draft = newDraft('某某县司法局2025年度法治政府建设情况报告');
    const content = withAnnexes(draft.content);
    expect(wordCount(content).chineseChars - wordCount(draft.content).chineseChars).toBe(2 * '重点工作任务清单普法责任清单'.length + '完成行政复议规范化建设。'.length);
    const store = openDraftStore(temp.make());
    const { id } = store.drafts.create({ ...draft, content });
    expect(store.library.search('规范化建设').map((h) => h.id)).toEqual([id]);
    expect(store.library.search('普法责任清单').map((h) => h.id)).toEqual([id]);
    const renamed = content.map((b) => (b.type === 'annex' && b.children[0]!.text === '普法责任清单' ? block('annex', '普法责任清单（修订）', {}) : b));
    const changed = diffBlocks(content, renamed).filter((l) => l.op !== 'same');
    expect(changed).toEqual([expect.objectContaining({ op: 'changed', type: 'annex', number: '附件2' })]);
    const stamp = '2026-03-01T08:00:00.000Z';
    const library: LibraryFile = { format: LIBRARY_FILE_FORMAT, version: LIBRARY_FILE_VERSION, exported: stamp, drafts: [{ id: null, ...draft, content, created: stamp, updated: stamp, deletedAt: null, versions: [] }] };
    expect(parseLibraryFile(serializeLibraryFile(library), new Date(stamp)).drafts[0]!.content).toEqual(content);
  });
});

const TEXT = [
  '某某县司法局关于2025年度法治政府建设情况的报告',
  '县人民政府：',
  '2025年，我局认真贯彻落实上级部署，扎实推进法治政府建设。',
  '附件：1．重点任务清单',
  '      2．行政执法案件统计表',
  '某某县司法局',
  '2026年3月1日',
  '附件1',
  '重点工作任务清单',
  '开展普法活动12场。',
  '附件2',
  '行政执法案件统计表',
  '全年办理行政执法案件35件。',
].join('\n');

describe('the CLI with attachments', () => {
  let dir = '';
  const out: string[] = [];
  const cli = (...argv: string[]) => runCli(argv, { stdout: (t) => void out.push(t), stderr: (t) => void out.push(t), cwd: dir, today: new Date(2026, 2, 1) });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    out.length = 0;
  });

  it('check reports a 附件说明 name that does not match its attachment', async () => {
    dir = mkdtempSync(join(tmpdir(), 'annex-cli-'));
    writeFileSync(join(dir, 'report.txt'), TEXT);
    expect(await cli('check', 'report.txt', '--json')).toBe(1);
    const items = JSON.parse(out.join('')) as { rule: string; message: string; fixable: boolean }[];
    expect(items.filter((f) => f.rule.startsWith('attachment-note'))).toEqual([
      expect.objectContaining({ rule: 'attachment-note-name', message: '附件说明中的第1个附件名称应与附件1的标题一致：“重点工作任务清单”。', fixable: true }),
    ]);
  });

  it('format writes each attachment on a page of its own, 附件N in its style', async () => {
    dir = mkdtempSync(join(tmpdir(), 'annex-cli-'));
    writeFileSync(join(dir, 'report.txt'), TEXT);
    expect(await cli('format', 'report.txt', '-o', 'out')).toBe(0);
    const parts = readDocxParts(readFileSync(join(dir, 'out', 'report.docx')));
    const doc = parts.get('word/document.xml')!;
    const labels = [...doc.matchAll(/<w:p><w:pPr><w:pStyle w:val="AnnexLabel"\/>[\s\S]*?<\/w:p>/gu)].map((m) => [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/gu)].map((t) => t[1]).join(''));
    expect(labels).toEqual(['附件1', '附件2']);
    expect(parts.get('word/styles.xml')).toMatch(/w:styleId="AnnexLabel"[\s\S]*?<w:pageBreakBefore\/>/u);
  });
});
