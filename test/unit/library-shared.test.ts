import { describe, expect, it } from 'vitest';
import { daysToNextDeadline, entryDeadlines } from '../../shared/deadlines';
import { nameAfterSave, sortEntries, validateSettings, type LibraryEntry } from '../../shared/library';
import { matchRanges, searchTerms, snippetsOf, splitByRanges } from '../../shared/search-hits';

describe('deadlines in the library', () => {
  const today = new Date(2026, 1, 20); // 20 February 2026, local
  it('defaults to 报送 1 March and 公开 1 April of the following year, with days from today', () => {
    expect(entryDeadlines(null, 2025, null, today)).toEqual([
      { label: '报送', date: '2026-03-01', days: 9 },
      { label: '公开', date: '2026-04-01', days: 40 },
    ]);
  });
  it('prefers the draft’s own deadlines, then the template’s', () => {
    expect(entryDeadlines([{ label: '报送', date: '2026-02-25' }], 2025, null, today)).toEqual([{ label: '报送', date: '2026-02-25', days: 5 }]);
    expect(entryDeadlines(null, 2025, [{ label: '报送', month: 1, day: 31 }], today)).toEqual([{ label: '报送', date: '2026-01-31', days: -20 }]);
  });
  it('counts days to the next deadline not yet past', () => {
    expect(daysToNextDeadline(entryDeadlines(null, 2025, null, new Date(2026, 2, 10)))).toBe(22);
    expect(daysToNextDeadline(entryDeadlines(null, 2024, null, today))).toBe(Number.POSITIVE_INFINITY);
    expect(entryDeadlines(null, null, null, today)).toEqual([]);
  });
});

describe('sorting the library', () => {
  const entry = (id: string, title: string, updated: string, year: number, days: number[]): LibraryEntry => ({
    id,
    title,
    template: 't',
    templateName: '模板',
    year,
    created: updated,
    updated,
    deletedAt: null,
    deadlines: days.map((d) => ({ label: '报送', date: '2026-03-01', days: d })),
  });
  const list = [
    entry('a', '乙报告', '2026-01-02T00:00:00.000Z', 2024, [-3]),
    entry('b', '甲报告', '2026-01-03T00:00:00.000Z', 2025, [30]),
    entry('c', '阿报告', '2026-01-01T00:00:00.000Z', 2025, [5, 36]),
  ];
  it('by last change, newest first', () => expect(sortEntries(list, 'updated').map((e) => e.id)).toEqual(['b', 'a', 'c']));
  it('by title in pinyin order', () => expect(sortEntries(list, 'title').map((e) => e.title)).toEqual(['阿报告', '甲报告', '乙报告']));
  it('by the soonest coming deadline, past ones last', () => expect(sortEntries(list, 'deadline').map((e) => e.id)).toEqual(['c', 'b', 'a']));
  it('by year, newest first', () => expect(sortEntries(list, 'year').map((e) => e.id)).toEqual(['b', 'c', 'a']));
  it('leaves the input alone', () => {
    sortEntries(list, 'title');
    expect(list.map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('search hits', () => {
  it('splits a query into distinct words', () => expect(searchTerms('  法治  政府 法治 ')).toEqual(['法治', '政府']));
  it('finds every occurrence, case-insensitively, merging overlaps', () => {
    expect(matchRanges('法治政府建设法治', ['法治'])).toEqual([[0, 2], [6, 8]]);
    expect(matchRanges('ABC abc', ['bc'])).toEqual([[1, 3], [5, 7]]);
    expect(matchRanges('法治政府', ['法治', '治政'])).toEqual([[0, 3]]);
    expect(matchRanges('无关', ['法治'])).toEqual([]);
  });
  it('cuts snippets around the first hit with ellipses, ranges shifted to the snippet', () => {
    const text = '甲'.repeat(40) + '法治政府' + '乙'.repeat(100);
    const [s] = snippetsOf([text], ['法治政府'], { before: 4, length: 12 });
    expect(s!.text).toBe('…甲甲甲甲法治政府乙乙乙乙…');
    expect(s!.ranges).toEqual([[5, 9]]);
    expect(splitByRanges(s!.text, s!.ranges).filter((p) => p.match).map((p) => p.text)).toEqual(['法治政府']);
  });
  it('gives at most max snippets, one per matching paragraph', () => {
    expect(snippetsOf(['无', '法治一', '法治二', '法治三', '法治四'], ['法治'], { max: 3 }).map((s) => s.text)).toEqual(['法治一', '法治二', '法治三']);
  });
  it('splits text by ranges into plain and matched parts covering it all', () => {
    expect(splitByRanges('abcdef', [[1, 2], [4, 6]])).toEqual([
      { text: 'a', match: false },
      { text: 'b', match: true },
      { text: 'cd', match: false },
      { text: 'ef', match: true },
    ]);
  });
});

describe('rename and settings', () => {
  it('names a saved draft after its title until the clerk renames it', () => {
    expect(nameAfterSave('旧标题', '旧标题', '新标题')).toBe('新标题');
    expect(nameAfterSave('', null, '新标题')).toBe('新标题');
    expect(nameAfterSave('2025初稿', '旧标题', '新标题')).toBe('2025初稿');
    expect(nameAfterSave('旧标题（副本）', '旧标题', '新标题')).toBe('旧标题（副本）');
  });
  it('accepts known settings only', () => {
    expect(validateSettings({ defaultFontProfile: 'windows' })).toBeNull();
    expect(validateSettings({ defaultFontProfile: 'comic' })).toMatch(/unknown/);
    expect(validateSettings({ colour: 'red' })).toMatch(/unexpected field colour/);
    expect(validateSettings(null)).not.toBeNull();
  });
});
