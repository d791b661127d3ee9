// The library in the store: 回收站, rename, duplicate, search through the
// FTS5 trigram index, settings, versions (named, automatic, restore) and
// moving drafts as one file.
import Sqlite from 'better-sqlite3';
import { gramQuery } from '../../electron/store/drafts/grams';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/store/database';
import { openDraftStore } from '../../electron/store/draft-store';
import { parseLibraryFile, serializeLibraryFile } from '../../electron/store/library-files/library-file';
import { AUTO_VERSION_INTERVAL_MS } from '../../electron/store/drafts/versions';
import { blockText, contentTitle, type TextBlock } from '../../shared/model';
import { manualClock, newDraft, report, tempDirs } from '../support/library-fixtures';

const temp = tempDirs('store-library-');
afterEach(() => temp.cleanup());

describe('回收站', () => {
  it('moves a draft out of the list into 回收站, restores it, and purges it only from there', () => {
    const store = openDraftStore(temp.make());
    const a = store.drafts.create(newDraft('甲报告'));
    const b = store.drafts.create(newDraft('乙报告'));
    store.library.trash(a.id);
    expect(store.drafts.list().map((d) => d.id)).toEqual([b.id]);
    expect(store.library.entries({ trash: false }).map((e) => e.id)).toEqual([b.id]);
    expect(store.library.entries({ trash: true }).map((e) => [e.id, typeof e.deletedAt])).toEqual([[a.id, 'string']]);
    expect(store.drafts.get(a.id).title).toBe('甲报告');
    expect(() => store.library.purge(b.id)).toThrow(expect.objectContaining({ code: 'not-in-trash' }));
    store.library.restore(a.id);
    expect(store.library.entries({ trash: true })).toEqual([]);
    store.versions.keep(a.id, 'named');
    store.library.trash(a.id);
    store.library.purge(a.id);
    expect(() => store.drafts.get(a.id)).toThrow(expect.objectContaining({ code: 'draft-not-found' }));
    expect(store.library.search('甲报告')).toEqual([]);
    const raw = new Sqlite(path.join(store.dataDir, DATABASE_FILE), { readonly: true });
    expect(raw.prepare('SELECT COUNT(*) AS n FROM versions').get()).toEqual({ n: 0 });
    expect(raw.prepare('SELECT COUNT(*) AS n FROM draft_blocks WHERE draft_id = ?').get(a.id)).toEqual({ n: 0 });
    expect(raw.prepare('SELECT COUNT(*) AS n FROM draft_search WHERE draft_search MATCH ?').get(gramQuery('甲报告'))).toEqual({ n: 0 });
    raw.close();
    store.close();
  });

  it('lists year and the draft’s own deadlines from its metadata', () => {
    const store = openDraftStore(temp.make());
    const d = newDraft('报告');
    store.drafts.create({ ...d, metadata: { ...d.metadata, year: 2024, deadlines: [{ label: '报送', date: '2025-03-01' }] } });
    expect(store.library.entries({ trash: false })[0]).toMatchObject({ year: 2024, deadlines: [{ label: '报送', date: '2025-03-01' }] });
    store.close();
  });
});

describe('rename and duplicate', () => {
  it('renames the library entry only: the printed title stays, and later saves keep the name', () => {
    const store = openDraftStore(temp.make());
    const { id, content } = store.drafts.create(newDraft('旧标题'));
    store.library.rename(id, '  新的  标题 ');
    const draft = store.drafts.get(id);
    expect(draft.title).toBe('新的 标题');
    expect(draft.content).toEqual(content);
    store.drafts.saveContent(id, [{ ...(content[0] as TextBlock), children: [{ text: '改过的标题' }] }, ...content.slice(1)]);
    expect(store.drafts.get(id).title).toBe('新的 标题');
    expect(contentTitle(store.drafts.get(id).content)).toBe('改过的标题');
    expect(() => store.library.rename(id, '   ')).toThrow(expect.objectContaining({ code: 'bad-title' }));
    expect(store.library.search('新的 标题').map((h) => h.id)).toEqual([id]);
    store.close();
  });

  it('names a draft after its printed title while it was never renamed', () => {
    const store = openDraftStore(temp.make());
    const { id, content } = store.drafts.create(newDraft('旧标题'));
    store.drafts.saveContent(id, [{ ...(content[0] as TextBlock), children: [{ text: '新标题' }] }, ...content.slice(1)]);
    expect(store.drafts.get(id).title).toBe('新标题');
    store.close();
  });

  it('duplicates text and metadata as a new draft named （副本）, its printed title unchanged, without the versions', () => {
    const store = openDraftStore(temp.make());
    const source = store.drafts.create(newDraft('原稿', '独一无二的正文内容'));
    store.versions.keep(source.id, 'named', '定稿');
    const copy = store.library.duplicate(source.id);
    expect(copy.id).not.toBe(source.id);
    expect(copy.title).toBe('原稿（副本）');
    expect(copy.content).toEqual(source.content);
    expect(store.versions.list(copy.id)).toEqual([]);
    expect(store.library.search('独一无二').map((h) => h.id).sort()).toEqual([source.id, copy.id].sort());
    store.close();
  });
});

describe('search', () => {
  it('finds Chinese words of three or more characters through the trigram index, with ranges', () => {
    const store = openDraftStore(temp.make());
    const a = store.drafts.create(newDraft('某某县司法局法治政府建设报告', '我局深入推进严格规范公正文明执法。', '完善行政复议工作机制。'));
    store.drafts.create(newDraft('年度工作总结', '全年完成招商引资任务。'));
    const [hit, ...rest] = store.library.search('行政复议');
    expect(rest).toEqual([]);
    expect(hit!.id).toBe(a.id);
    expect(hit!.titleRanges).toEqual([]);
    expect(hit!.snippets).toEqual([{ text: '完善行政复议工作机制。', ranges: [[2, 6]] }]);
    expect(store.library.search('法治政府')[0]!.titleRanges).toEqual([[6, 10]]);
    store.close();
  });

  it('finds two-character words too, and needs every word of the query', () => {
    const store = openDraftStore(temp.make());
    const a = store.drafts.create(newDraft('甲', '普法宣传进社区。'));
    const b = store.drafts.create(newDraft('乙', '普法讲师团下乡。'));
    expect(store.library.search('普法').map((h) => h.id).sort()).toEqual([a.id, b.id].sort());
    expect(store.library.search('普法 社区').map((h) => h.id)).toEqual([a.id]);
    expect(store.library.search('普法 不存在的词')).toEqual([]);
    expect(store.library.search('   ')).toEqual([]);
    store.close();
  });

  it('follows saves: old text is no longer found, new text is', () => {
    const store = openDraftStore(temp.make());
    const { id } = store.drafts.create(newDraft('报告', '原来的句子在这里。'));
    store.drafts.saveContent(id, report('报告', '改写后的句子在这里。', '新增一段关于矛盾纠纷化解的内容。'));
    expect(store.library.search('原来的句子')).toEqual([]);
    expect(store.library.search('改写后').map((h) => h.id)).toEqual([id]);
    expect(store.library.search('矛盾纠纷').map((h) => h.id)).toEqual([id]);
    store.drafts.saveContent(id, report('报告'));
    expect(store.library.search('矛盾纠纷')).toEqual([]);
    store.close();
  });

  it('leaves drafts in 回收站 out, and treats FTS syntax in the query as text', () => {
    const store = openDraftStore(temp.make());
    const { id } = store.drafts.create(newDraft('报告', '含有"引号" AND OR NEAR 的句子。'));
    expect(store.library.search('"引号"').map((h) => h.id)).toEqual([id]);
    expect(store.library.search('AND OR').map((h) => h.id)).toEqual([id]);
    store.library.trash(id);
    expect(store.library.search('"引号"')).toEqual([]);
    store.close();
  });
});

describe('settings', () => {
  it('defaults, stores and validates the default font profile', () => {
    const dir = temp.make();
    const store = openDraftStore(dir);
    expect(store.settings.get()).toEqual({ defaultFontProfile: 'standard' });
    expect(store.settings.update({ defaultFontProfile: 'linux' })).toEqual({ defaultFontProfile: 'linux' });
    expect(() => store.settings.update({ defaultFontProfile: 'nope' as never })).toThrow(expect.objectContaining({ code: 'bad-settings' }));
    store.close();
    const again = openDraftStore(dir);
    expect(again.settings.get().defaultFontProfile).toBe('linux');
    again.close();
  });
});

describe('versions', () => {
  it('keeps a named version on request and an automatic one every ten minutes of saves', () => {
    const clock = manualClock('2026-02-01T08:00:00.000Z');
    const store = openDraftStore(temp.make(), clock.now);
    const { id } = store.drafts.create(newDraft('报告', '第一稿'));
    const named = store.versions.keep(id, 'named', '  送审稿 ');
    expect(named).toMatchObject({ kind: 'named', name: '送审稿', title: '报告', draftId: id });
    for (let minute = 1; minute <= 25; minute++) {
      clock.advance(60_000);
      store.drafts.saveContent(id, report('报告', `第${minute}分钟的稿子`));
    }
    const autos = store.versions.list(id).filter((v) => v.kind === 'auto');
    expect(autos).toHaveLength(2);
    expect(autos.map((v) => blockText(store.versions.get(v.id).content[2]!))).toEqual(['第20分钟的稿子', '第10分钟的稿子']);
    expect(Date.parse(autos[0]!.created) - Date.parse(autos[1]!.created)).toBe(AUTO_VERSION_INTERVAL_MS);
    store.close();
  });

  it('does not repeat an automatic version of unchanged text, but always keeps a named one', () => {
    const store = openDraftStore(temp.make());
    const { id } = store.drafts.create(newDraft('报告'));
    const first = store.versions.keep(id, 'before-export');
    expect(store.versions.keep(id, 'before-export').id).toBe(first.id);
    expect(store.versions.keep(id, 'named').id).not.toBe(first.id);
    expect(store.versions.list(id)).toHaveLength(2);
    store.close();
  });

  it('restores a version and keeps what it replaced', () => {
    const store = openDraftStore(temp.make());
    const { id } = store.drafts.create(newDraft('报告', '旧的正文'));
    const old = store.versions.keep(id, 'named');
    store.drafts.saveContent(id, report('报告', '新的正文'));
    const restored = store.versions.restore(old.id);
    expect(blockText(restored.content[2]!)).toBe('旧的正文');
    expect(blockText(store.drafts.get(id).content[2]!)).toBe('旧的正文');
    const before = store.versions.list(id).find((v) => v.kind === 'before-restore')!;
    expect(blockText(store.versions.get(before.id).content[2]!)).toBe('新的正文');
    expect(store.library.search('旧的正文').map((h) => h.id)).toEqual([id]);
    expect(() => store.versions.restore(9999)).toThrow(expect.objectContaining({ code: 'version-not-found' }));
    store.close();
  });
});

describe('moving drafts as one file', () => {
  it('exports the whole library with versions and 回收站, and imports it into an empty library as it was', () => {
    const from = openDraftStore(temp.make());
    const a = from.drafts.create(newDraft('甲', '甲的正文'));
    const b = from.drafts.create(newDraft('乙', '乙的正文'));
    from.versions.keep(a.id, 'named', '初稿');
    from.library.trash(b.id);
    const text = serializeLibraryFile(from.files.export().file);
    from.close();

    const to = openDraftStore(temp.make());
    const report1 = to.files.import(parseLibraryFile(text, new Date()), 'before-import');
    expect(report1).toEqual({ added: 2, replaced: 0, unchanged: 0, versionsAdded: 1 });
    expect(to.drafts.get(a.id).content).toEqual(a.content);
    expect(to.library.entries({ trash: true }).map((e) => e.id)).toEqual([b.id]);
    expect(to.versions.list(a.id)).toMatchObject([{ kind: 'named', name: '初稿' }]);
    expect(to.library.search('甲的正文').map((h) => h.id)).toEqual([a.id]);
    // The same file again changes nothing.
    expect(to.files.import(parseLibraryFile(text, new Date()), 'before-import')).toEqual({ added: 0, replaced: 0, unchanged: 2, versionsAdded: 0 });
    to.close();
  });

  it('takes the incoming text of a draft that changed elsewhere, keeping the local text as a version', () => {
    const home = openDraftStore(temp.make());
    const { id } = home.drafts.create(newDraft('报告', '办公室写的'));
    const office = serializeLibraryFile(home.files.export([id]).file);
    home.drafts.saveContent(id, report('报告', '在家改的'));
    const homeFile = serializeLibraryFile(home.files.export([id]).file);
    home.close();

    const work = openDraftStore(temp.make());
    work.files.import(parseLibraryFile(office, new Date()), 'before-import');
    expect(work.files.import(parseLibraryFile(homeFile, new Date()), 'before-import')).toMatchObject({ replaced: 1 });
    expect(blockText(work.drafts.get(id).content[2]!)).toBe('在家改的');
    const kept = work.versions.list(id).find((v) => v.kind === 'before-import')!;
    expect(blockText(work.versions.get(kept.id).content[2]!)).toBe('办公室写的');
    work.close();
  });

  it('imports a plain draft file as a new draft, and refuses other files untouched', () => {
    const store = openDraftStore(temp.make());
    const draftFile = JSON.stringify({ format: 'gongwen-report-draft', version: 1, ...newDraft('单份文稿') });
    expect(store.files.import(parseLibraryFile(draftFile, new Date()), 'before-import')).toMatchObject({ added: 1 });
    expect(store.drafts.list().map((d) => d.title)).toEqual(['单份文稿']);
    expect(() => parseLibraryFile('{"format":"something-else"}', new Date())).toThrow(expect.objectContaining({ code: 'library-file-invalid' }));
    expect(() => parseLibraryFile('not json', new Date())).toThrow(/未导入任何文稿/);
    expect(() => parseLibraryFile(JSON.stringify({ format: 'gongwen-report-library', version: 99, drafts: [] }), new Date())).toThrow(
      expect.objectContaining({ code: 'library-file-too-new' }),
    );
    const bad = { format: 'gongwen-report-library', version: 1, drafts: [{ id: 'x', title: 't', template: 't', metadata: {}, content: [], created: 'x', updated: 'x', deletedAt: null, versions: [] }] };
    expect(() => parseLibraryFile(JSON.stringify(bad), new Date())).toThrow(/第 1 份文稿/);
    expect(store.drafts.list()).toHaveLength(1);
    store.close();
  });
});
